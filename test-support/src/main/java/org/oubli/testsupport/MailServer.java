package org.oubli.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** GreenMail: a real SMTP and IMAP server that accepts mail for any address. */
public final class MailServer implements AutoCloseable {

	private final GreenMail greenMail;

	private MailServer(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	/**
	 * Starts SMTP and IMAP.
	 * @param smtpPort SMTP port, 0 for any free one
	 * @param imapPort IMAP port, 0 for any free one
	 * @return the running server
	 */
	public static MailServer start(int smtpPort, int imapPort) {
		ServerSetup smtp = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		ServerSetup imap = new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
		GreenMail greenMail = new GreenMail(new ServerSetup[] { (smtpPort == 0) ? smtp.dynamicPort() : smtp,
				(imapPort == 0) ? imap.dynamicPort() : imap });
		greenMail.start();
		return new MailServer(greenMail);
	}

	public GreenMail greenMail() {
		return this.greenMail;
	}

	public int smtpPort() {
		return this.greenMail.getSmtp().getPort();
	}

	public int imapPort() {
		return this.greenMail.getImap().getPort();
	}

	@Override
	public void close() {
		this.greenMail.stop();
	}

}
