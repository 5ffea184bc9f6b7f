package org.oubli.demo.connector.anonymise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IpTruncationTest {

	@ParameterizedTest
	@CsvSource({ "203.0.113.57, 203.0.113.0", "198.51.100.255, 198.51.100.0", "10.0.0.0, 10.0.0.0",
			"255.255.255.255, 255.255.255.0", "' 192.0.2.1 ', 192.0.2.0" })
	void anIpv4AddressKeepsItsSlash24(String address, String network) {
		assertThat(IpTruncation.truncate(address)).isEqualTo(network);
	}

	@ParameterizedTest
	@CsvSource({ "2001:db8:85a3:8d3:1319:8a2e:370:7348, 2001:db8:85a3::",
			"2001:0DB8:85A3:08D3:1319:8A2E:0370:7348, 2001:db8:85a3::", "2001:db8::1, 2001:db8::",
			"2001:db8:ffff:ffff:ffff:ffff:ffff:ffff, 2001:db8:ffff::", "::1, ::", "fe80::1%eth0, fe80::" })
	void anIpv6AddressKeepsItsSlash48InCanonicalForm(String address, String network) {
		assertThat(IpTruncation.truncate(address)).isEqualTo(network);
	}

	@Test
	void anIpv4AddressWrittenAsIpv6IsTruncatedAsIpv4() {
		assertThat(IpTruncation.truncate("::ffff:203.0.113.57")).isEqualTo("203.0.113.0");
	}

	@Test
	void truncatingTwiceChangesNothing() {
		String once = IpTruncation.truncate("2a01:cb00:1234:5678::42");

		assertThat(IpTruncation.truncate(once)).isEqualTo(once).isEqualTo("2a01:cb00:1234::");
	}

	@ParameterizedTest
	@ValueSource(strings = { "example.org", "localhost", "256.1.1.1", "1.2.3", "2001:db8::g", "", " " })
	void refusesWhatIsNotAnIpLiteralWithoutRepeatingItOrLookingItUp(String value) {
		assertThat(IpTruncation.isIpLiteral(value)).isFalse();
		assertThatThrownBy(() -> IpTruncation.truncate(value)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Not an IPv4 or IPv6 address literal");
	}

	@Test
	void refusesNull() {
		assertThat(IpTruncation.isIpLiteral(null)).isFalse();
		assertThatThrownBy(() -> IpTruncation.truncate(null)).isInstanceOf(IllegalArgumentException.class);
	}

}
