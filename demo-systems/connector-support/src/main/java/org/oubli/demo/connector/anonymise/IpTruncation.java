package org.oubli.demo.connector.anonymise;

import java.net.Inet4Address;
import java.net.InetAddress;

import com.google.common.net.InetAddresses;

/**
 * The {@code ip-truncation} technique: an IPv4 address keeps its /24 network
 * ({@code 203.0.113.57} becomes {@code 203.0.113.0}), an IPv6 address its /48
 * ({@code 2001:db8:85a3:8d3:1319:8a2e:370:7348} becomes {@code 2001:db8:85a3::}), the
 * usual cut for statistics. An IPv4 address written as IPv6 ({@code ::ffff:203.0.113.57})
 * is treated as IPv4; a zone ({@code %eth0}) is dropped. Literals only: nothing is ever
 * looked up in DNS (Guava's {@link InetAddresses}). A truncated address with a timestamp
 * and a user agent can still single a person out: truncate and aggregate.
 */
public final class IpTruncation {

	/** Bits kept of an IPv4 address. */
	public static final int IPV4_PREFIX = 24;

	/** Bits kept of an IPv6 address. */
	public static final int IPV6_PREFIX = 48;

	private IpTruncation() {
	}

	/**
	 * The network of an address.
	 * @param address an IPv4 or IPv6 literal
	 * @return the truncated address in canonical form (RFC 5952 for IPv6)
	 * @throws IllegalArgumentException if it is not an IP literal (the message does not
	 * repeat it)
	 */
	public static String truncate(String address) {
		InetAddress parsed = parse(address);
		byte[] bytes = parsed.getAddress();
		int prefix = (parsed instanceof Inet4Address) ? IPV4_PREFIX : IPV6_PREFIX;
		for (int bit = prefix; bit < bytes.length * 8; bit++) {
			bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
		}
		try {
			return InetAddresses.toAddrString(InetAddress.getByAddress(bytes));
		}
		catch (java.net.UnknownHostException ex) {
			throw new IllegalStateException("A 4 or 16 byte address is always valid", ex);
		}
	}

	/** Whether a value is an IP literal this class can truncate. */
	public static boolean isIpLiteral(String value) {
		return value != null && InetAddresses.isInetAddress(withoutZone(value.strip()));
	}

	private static InetAddress parse(String address) {
		if (!isIpLiteral(address)) {
			throw new IllegalArgumentException("Not an IPv4 or IPv6 address literal");
		}
		return InetAddresses.forString(withoutZone(address.strip()));
	}

	private static String withoutZone(String address) {
		int zone = address.indexOf('%');
		return (zone >= 0) ? address.substring(0, zone) : address;
	}

}
