package org.oubli.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.oubli.demo.messaging.MessagingApplication;
import org.oubli.demo.partners.PartnersApplication;
import org.oubli.demo.payments.PaymentsApplication;
import org.oubli.demo.profiles.ProfilesApplication;
import org.oubli.erasure.ErasureWorkerApplication;
import org.oubli.export.ExportWorkerApplication;
import org.oubli.intake.RequestIntakeApplication;
import org.oubli.kit.app.OubliApplication;
import org.oubli.notification.NotificationServiceApplication;
import org.oubli.testsupport.KafkaBroker;
import org.oubli.testsupport.MailServer;
import org.oubli.testsupport.MongoWireServer;
import org.oubli.verification.IdentityVerificationApplication;

import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole of Oubli on one machine with only a JDK: a KRaft Kafka broker, the MongoDB
 * wire server (file-backed, so a restart keeps every case), GreenMail, the three demo
 * systems and the five services, each its own Spring application in this JVM.
 */
public final class DevStack implements AutoCloseable {

	static final List<ServiceSpec> SERVICES = List.of(
			new ServiceSpec("demo-profiles", ProfilesApplication.class, "demo system: profiles (HTTP connector)"),
			new ServiceSpec("demo-payments", PaymentsApplication.class, "demo system: payments (HTTP connector)"),
			new ServiceSpec("demo-messaging", MessagingApplication.class, "demo system: messaging (Kafka subscriber)"),
			new ServiceSpec("demo-partners", PartnersApplication.class,
					"demo systems: misbehaving partners (not registered by default)"),
			new ServiceSpec("request-intake", RequestIntakeApplication.class, "requests and cases: /api/v1/requests"),
			new ServiceSpec("identity-verification", IdentityVerificationApplication.class,
					"verification: /api/v1/requests/{id}/verification"),
			new ServiceSpec("erasure-worker", ErasureWorkerApplication.class, "erasure fan-out"),
			new ServiceSpec("export-worker", ExportWorkerApplication.class, "export jobs"),
			new ServiceSpec("notification-service", NotificationServiceApplication.class, "emails to subjects"));

	/**
	 * The mailbox request-intake reads requests from (GreenMail, IMAP login and password
	 * = the address).
	 */
	public static final String INTAKE_MAILBOX = "privacy@oubli.localhost";

	private final DevStackSettings settings;

	private final Map<String, Map<String, Object>> overrides;

	private final List<AutoCloseable> infrastructure = new ArrayList<>();

	private final Map<String, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();

	private String kafkaBootstrapServers;

	private String mongoUri;

	private MailServer mail;

	private MailboxPage mailbox;

	private DevStack(DevStackSettings settings, Map<String, Map<String, Object>> overrides) {
		this.settings = settings;
		this.overrides = overrides;
	}

	/**
	 * Starts everything and returns when every service is ready.
	 * @param settings ports and data folder
	 * @return the running stack
	 */
	public static DevStack start(DevStackSettings settings) {
		return start(settings, Map.of());
	}

	/**
	 * Starts everything with some properties changed, and returns when every service is
	 * ready. Meant for tests that need other timings (the dev stack itself uses the
	 * services' defaults).
	 * @param settings ports and data folder
	 * @param overrides per application name, properties added to (or replacing) the ones
	 * the stack gives it; they outrank every configuration file
	 * @return the running stack
	 */
	public static DevStack start(DevStackSettings settings, Map<String, Map<String, Object>> overrides) {
		// several applications start at once in this JVM: Boot's logging system is not
		// safe for
		// that, so logback reads the stack's logback.xml instead
		System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		DevStack stack = new DevStack(settings, Map.copyOf(overrides));
		try {
			stack.startInfrastructure();
			stack.startServices();
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
		return stack;
	}

	private void startInfrastructure() {
		MongoWireServer mongo = (this.settings.dataDir() != null)
				? MongoWireServer.fileBacked(this.settings.dataDir().resolve("mongo.mv"), this.settings.mongoPort())
				: MongoWireServer.inMemory();
		this.infrastructure.add(mongo);
		this.mongoUri = mongo.connectionString();
		KafkaBroker kafka = (this.settings.dataDir() != null)
				? KafkaBroker.persistent(this.settings.dataDir().resolve("kafka"), this.settings.kafkaPort())
				: KafkaBroker.start();
		this.infrastructure.add(kafka);
		this.kafkaBootstrapServers = kafka.bootstrapServers();
		this.mail = MailServer.start(this.settings.smtpPort(), this.settings.imapPort());
		this.infrastructure.add(this.mail);
		// the intake mailbox exists before the first message, so the poller can log in
		this.mail.greenMail().setUser(INTAKE_MAILBOX, INTAKE_MAILBOX, INTAKE_MAILBOX);
		this.mailbox = MailboxPage.start(this.mail.greenMail(), this.settings.mailboxPort());
		this.infrastructure.add(this.mailbox);
	}

	private void startServices() {
		ExecutorService starter = Executors.newFixedThreadPool(2);
		try {
			Map<String, Future<ConfigurableApplicationContext>> starting = new LinkedHashMap<>();
			for (ServiceSpec service : SERVICES) {
				// as command-line arguments: they outrank every configuration file
				String[] args = propertiesOf(service.name()).entrySet()
					.stream()
					.map((property) -> "--" + property.getKey() + "=" + property.getValue())
					.toArray(String[]::new);
				starting.put(service.name(), starter
					.submit(() -> OubliApplication.builder(service.application(), service.name()).run(args)));
			}
			for (Map.Entry<String, Future<ConfigurableApplicationContext>> entry : starting.entrySet()) {
				this.contexts.put(entry.getKey(), entry.getValue().get());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting the services", ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("A service failed to start", ex.getCause());
		}
		finally {
			starter.shutdown();
		}
	}

	/** The properties that wire one application to the stack. */
	Map<String, Object> propertiesOf(String service) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", this.settings.portOf(service));
		properties.put("spring.kafka.bootstrap-servers", this.kafkaBootstrapServers);
		properties.put("spring.mongodb.uri", this.mongoUri);
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", this.mail.smtpPort());
		properties.put("oubli.erasure.base-urls.profiles", urlOf("demo-profiles"));
		properties.put("oubli.erasure.base-urls.payments", urlOf("demo-payments"));
		// export-worker (issue 4): the records endpoint of every demo system, messaging's
		// too (it takes erasures from Kafka but serves its records over HTTP), and the
		// links; the systems themselves come from the registry erasure-worker publishes
		properties.put("oubli.export.base-urls.profiles", urlOf("demo-profiles"));
		properties.put("oubli.export.base-urls.payments", urlOf("demo-payments"));
		properties.put("oubli.export.base-urls.messaging", urlOf("demo-messaging"));
		properties.put("oubli.export.link.base-url", urlOf("export-worker"));
		properties.put("oubli.notification.verification-base-url", urlOf("identity-verification"));
		properties.put("oubli.notification.intake-base-url", urlOf("request-intake"));
		// identity verification: data points are confirmed by demo profiles; every caller
		// of the dev stack is localhost, so one client's limit is raised
		properties.put("oubli.verification.identity-check.url", urlOf("demo-profiles") + "/dsar/v1/identity-checks");
		properties.put("oubli.verification.client-limit.limit-for-period", 1000);
		properties.put("spring.main.banner-mode", "off");
		// DEVELOPMENT ONLY: staff accounts with public passwords
		properties.put("oubli.staff.dev-accounts", true);
		// generous abuse limits: e2e tests and benchmarks post from one client
		properties.put("oubli.intake.limits.per-client.capacity", 1_000_000);
		properties.put("oubli.intake.limits.per-address.capacity", 10_000);
		if ("request-intake".equals(service)) {
			properties.putAll(intakeMailbox());
		}
		properties.putAll(staffConsole(service));
		properties.putAll(this.overrides.getOrDefault(service, Map.of()));
		return properties;
	}

	/** The console's development service account ({@code oubli-console}, role AGENT). */
	static final String CONSOLE_ACCOUNT = "oubli-console";

	/** Its DEVELOPMENT-ONLY password; the services keep only its bcrypt hash. */
	static final String CONSOLE_PASSWORD = "dev-console-password";

	/**
	 * The console's development ADMIN account on erasure-worker
	 * ({@code oubli-console-admin}): the systems registry page only, on behalf of a
	 * signed-in ADMIN.
	 */
	static final String CONSOLE_ADMIN_ACCOUNT = "oubli-console-admin";

	/** Its DEVELOPMENT-ONLY password; erasure-worker keeps only its bcrypt hash. */
	static final String CONSOLE_ADMIN_PASSWORD = "dev-console-admin-password";

	/**
	 * The staff console (request-intake, /staff/console) calls erasure-worker and
	 * identity-verification as {@code oubli-console} on behalf of the signed-in staff;
	 * those two services have that account (AGENT) and trust it as a console.
	 * erasure-worker also has {@code oubli-console-admin} (ADMIN, trusted), which the
	 * console uses for the systems registry page only, for a signed-in ADMIN.
	 */
	private Map<String, Object> staffConsole(String service) {
		Map<String, Object> properties = new LinkedHashMap<>();
		if ("request-intake".equals(service)) {
			properties.put("oubli.console.erasure-url", urlOf("erasure-worker"));
			properties.put("oubli.console.verification-url", urlOf("identity-verification"));
			properties.put("oubli.console.service-account.username", CONSOLE_ACCOUNT);
			properties.put("oubli.console.service-account.password", CONSOLE_PASSWORD);
			properties.put("oubli.console.admin-account.username", CONSOLE_ADMIN_ACCOUNT);
			properties.put("oubli.console.admin-account.password", CONSOLE_ADMIN_PASSWORD);
		}
		if ("erasure-worker".equals(service) || "identity-verification".equals(service)) {
			properties.put("oubli.staff.accounts[0].username", CONSOLE_ACCOUNT);
			// bcrypt (cost 8) of dev-console-password
			properties.put("oubli.staff.accounts[0].password",
					"{bcrypt}$2a$08$5J5aXrFE6c.XCyYmf/.GxO8YGCTQJJsqzeRG3vw7KK4fQ8/OdrQf2");
			properties.put("oubli.staff.accounts[0].roles[0]", "AGENT");
			properties.put("oubli.staff.trusted-consoles", CONSOLE_ACCOUNT);
		}
		if ("erasure-worker".equals(service)) {
			// the systems registry (ADMIN only there): a second account, used by the
			// console only for a signed-in ADMIN; bcrypt (cost 8) of
			// dev-console-admin-password
			properties.put("oubli.staff.accounts[1].username", CONSOLE_ADMIN_ACCOUNT);
			properties.put("oubli.staff.accounts[1].password",
					"{bcrypt}$2a$08$KgPPRIfafMRSomg3OTm2O.lEc/dHjZ5UOe5kyUPUq3AQshQAFHAnK");
			properties.put("oubli.staff.accounts[1].roles[0]", "ADMIN");
			properties.put("oubli.staff.trusted-consoles", CONSOLE_ACCOUNT + "," + CONSOLE_ADMIN_ACCOUNT);
		}
		return properties;
	}

	/** request-intake reads the dev intake mailbox over IMAP. */
	private Map<String, Object> intakeMailbox() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("oubli.intake.mail.host", "127.0.0.1");
		properties.put("oubli.intake.mail.port", this.mail.imapPort());
		properties.put("oubli.intake.mail.username", INTAKE_MAILBOX);
		properties.put("oubli.intake.mail.password", INTAKE_MAILBOX);
		properties.put("oubli.intake.mail.poll-interval", "2s");
		return properties;
	}

	public String urlOf(String service) {
		return "http://localhost:" + this.settings.portOf(service);
	}

	public String kafkaBootstrapServers() {
		return this.kafkaBootstrapServers;
	}

	public String mongoUri() {
		return this.mongoUri;
	}

	public MailServer mail() {
		return this.mail;
	}

	public ConfigurableApplicationContext context(String service) {
		return this.contexts.get(service);
	}

	/** The table printed at start. */
	String table(Duration startup) {
		StringBuilder table = new StringBuilder();
		table.append(String.format("%nOubli dev stack is up in %.1f s%n%n", startup.toMillis() / 1000.0));
		String row = "  %-24s %-34s %s%n";
		table.append(String.format(row, "what", "where", "notes"));
		for (ServiceSpec service : SERVICES) {
			table.append(String.format(row, service.name(), urlOf(service.name()), service.role()));
		}
		table.append(String.format(row, "API docs (intake)", urlOf("request-intake") + "/swagger-ui/index.html", ""));
		table.append(String.format(row, "web form (intake)", urlOf("request-intake") + "/request",
				"French or English (?lang=fr|en)"));
		table.append(String.format(row, "staff (/staff/**)", "HTTP Basic, DEV ONLY accounts",
				"staff-agent/dev-agent-password, staff-admin/dev-admin-password, staff-auditor/dev-auditor-password"));
		table.append(String.format(row, "staff console", urlOf("request-intake") + "/staff/console",
				"sign in with a DEV ONLY staff account above (French/English)"));
		table.append(String.format(row, "dev mailbox (web)", "http://localhost:" + this.mailbox.port(),
				"every email sent, newest first"));
		table.append(String.format(row, "SMTP / IMAP",
				"127.0.0.1:" + this.mail.smtpPort() + " / 127.0.0.1:" + this.mail.imapPort(),
				"IMAP login and password: the recipient address"));
		table.append(String.format(row, "requests by email", INTAKE_MAILBOX,
				"send to it over SMTP; request-intake reads it over IMAP every 2 s"));
		table.append(String.format(row, "Kafka", this.kafkaBootstrapServers,
				"KRaft, in this JVM (controller on the next port)"));
		table.append(String.format(row, "MongoDB", this.mongoUri, (this.settings.dataDir() != null)
				? "data in " + this.settings.dataDir().toAbsolutePath() : "in memory"));
		table
			.append(String.format("%nTry it:%n  curl -s -X POST %s/api/v1/requests -H 'Content-Type: application/json' "
					+ "-d '{\"type\":\"erasure\",\"email\":\"camille.martin@example.fr\",\"language\":\"fr\",\"accountId\":\"acc-1001\"}'%n",
					urlOf("request-intake")));
		table.append(String.format(
				"  or by email: printf 'From: lea.dubois@example.fr\\r\\nTo: %s\\r\\nSubject: RGPD\\r\\n\\r\\n"
						+ "Je souhaite supprimer mon compte.\\r\\n' | curl -s smtp://127.0.0.1:%d "
						+ "--mail-from lea.dubois@example.fr --mail-rcpt %s -T -%n",
				INTAKE_MAILBOX, this.mail.smtpPort(), INTAKE_MAILBOX));
		table.append(String.format("  then read the code at http://localhost:%d and confirm:%n", this.mailbox.port()));
		table.append(String
			.format("  curl -s -X POST %s/api/v1/requests/<id>/verification -H 'Content-Type: application/json' "
					+ "-d '{\"code\":\"<code>\"}'%n", urlOf("identity-verification")));
		table.append(String.format("  curl -s %s/api/v1/requests/<id>%n%nCtrl+C stops everything.%n",
				urlOf("request-intake")));
		return table.toString();
	}

	@Override
	public void close() {
		List<String> names = new ArrayList<>(this.contexts.keySet());
		for (int i = names.size() - 1; i >= 0; i--) {
			this.contexts.get(names.get(i)).close();
		}
		this.contexts.clear();
		for (int i = this.infrastructure.size() - 1; i >= 0; i--) {
			try {
				this.infrastructure.get(i).close();
			}
			catch (Exception ex) {
				// keep closing the rest
			}
		}
		this.infrastructure.clear();
	}

	public static void main(String[] args) {
		long start = System.nanoTime();
		Path data = Path.of(System.getProperty("oubli.data", "data"));
		DevStack stack = start(DevStackSettings.standard(data));
		Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "dev-stack-stop"));
		System.out.println(stack.table(Duration.ofNanos(System.nanoTime() - start)));
	}

}
