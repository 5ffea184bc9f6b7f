package org.oubli.export.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.oubli.contracts.RequestType;
import org.oubli.contracts.connector.ErasureAction;
import org.oubli.contracts.connector.RecordsPage;
import org.oubli.contracts.connector.RecordsQuery;
import org.oubli.contracts.registry.CategoryDescriptor;
import org.oubli.contracts.registry.IntegrationMode;
import org.oubli.contracts.registry.LocalizedText;
import org.oubli.contracts.registry.SystemDescriptor;
import org.oubli.contracts.subject.EmailAddress;
import org.oubli.contracts.subject.Language;
import org.oubli.contracts.subject.Subject;
import org.oubli.export.ExportProperties;
import org.oubli.export.archive.ArchiveCipher;
import org.oubli.export.archive.ArchiveRequest;
import org.oubli.export.archive.ArchiveWriter;
import org.oubli.export.archive.ManifestEntry;
import org.oubli.export.archive.SummaryProperties;
import org.oubli.export.archive.SummaryRenderer;
import org.oubli.export.collect.RecordsSource;

import org.springframework.util.unit.DataSize;

/**
 * The export of one subject with a very long message history (2 million messages, about 1
 * GB of JSON, by default), through the real {@link ArchiveWriter} (pages, JSON and CSV
 * entries, encrypted spool, ZIP at deflate level 1, streaming AEAD), into an encrypted
 * file; then {@code zip -1} on the same files, extracted from the archive. Prints
 * figures; run it with {@code -Xmx256m}:
 *
 * <pre>
 * ./mvnw -q -pl export-worker -am install -DskipTests
 * ./mvnw -q -pl export-worker -Pbenchmark exec:exec [-Dbenchmark.messages=2000000]
 * </pre>
 *
 * Not measured: the HTTP hop to the system (the records come from an in-process
 * generator) and GridFS (the ciphertext goes to a local file).
 */
public final class ExportBenchmark {

	private static final PrintStream out = System.out;

	private ExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int messages = (args.length > 0) ? Integer.parseInt(args[0]) : 2_000_000;
		int pageSize = 1000;
		Path work = Files.createTempDirectory("oubli-export-bench-");
		Path encrypted = work.resolve("archive.zip.enc");
		ExportProperties properties = new ExportProperties(pageSize, DataSize.ofMegabytes(16), 1_000_000,
				Duration.ofSeconds(2), Duration.ofSeconds(30), Map.of(), 1, Duration.ofSeconds(30),
				Duration.ofMinutes(10), 1, new ExportProperties.Link("http://localhost", Duration.ofDays(7), 3),
				Duration.ofHours(1), new ExportProperties.Encryption(""), Duration.ofMinutes(1));
		SummaryProperties summary = new SummaryProperties("Oubli Demo SAS", "privacy@oubli.localhost", "EU-FR",
				Map.of("EU-FR",
						new SummaryProperties.Authority(new LocalizedText("CNIL", "CNIL"), "https://www.cnil.fr")),
				new LocalizedText("None", "Aucune"), new LocalizedText("None", "Aucun"));
		ArchiveWriter writer = new ArchiveWriter(new GeneratedMessages(messages), new SummaryRenderer(summary),
				properties);
		ArchiveRequest request = new ArchiveRequest("00000000-0000-4000-8000-000000000001", RequestType.ACCESS,
				new Subject(EmailAddress.of("chloe.laurent@example.fr"), "acc-1005", Language.FR),
				List.of(new ArchiveRequest.CollectedSystem(messaging(), URI.create("http://in-process"))), List.of(),
				Instant.now());
		ArchiveCipher cipher = ArchiveCipher.ephemeral();
		byte[] aad = request.requestId().getBytes(StandardCharsets.UTF_8);

		out.printf("Export benchmark: %,d messages, pages of %,d, max heap %d MB, %d cores%n", messages, pageSize,
				Runtime.getRuntime().maxMemory() / (1 << 20), Runtime.getRuntime().availableProcessors());
		resetPeaks();
		long start = System.nanoTime();
		ArchiveWriter.Written written;
		try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(encrypted), 1 << 16)) {
			written = writer.write(request, cipher.encrypting(file, aad), () -> {
			});
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long peakHeap = peakHeap();
		long content = written.files().stream().mapToLong(ManifestEntry::bytes).sum();
		long json = written.files()
			.stream()
			.filter((file) -> file.path().endsWith(".json"))
			.mapToLong(ManifestEntry::bytes)
			.sum();
		long stored = Files.size(encrypted);
		out.printf("Oubli export   : %,d records, JSON %,.1f MB, all files %,.1f MB -> archive %,.1f MB encrypted%n",
				written.records(), mb(json), mb(content), mb(stored));
		out.printf("                 %.1f s, %.1f MB/s of archive content (%.1f MB/s of JSON)%n", seconds,
				mb(content) / seconds, mb(json) / seconds);
		out.printf("                 peak heap used %.1f MB (sum of heap pool peaks), heap committed max %.1f MB%n",
				mb(peakHeap), mb(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted()));
		gcFigures();

		Path files = work.resolve("files");
		long extracted = extract(cipher, encrypted, aad, files);
		out.printf("Extracted      : %,.1f MB of files to compare with zip -1%n", mb(extracted));
		zipMinusOne(files, work.resolve("plain.zip"), extracted, seconds, content);
		deleteTree(work);
	}

	private static SystemDescriptor messaging() {
		LocalizedText text = new LocalizedText("Letting members talk", "Permettre aux membres d'échanger");
		return new SystemDescriptor("messaging", "Messaging", "Messaging team", IntegrationMode.HTTP,
				"http://in-process", List.of("email"), null, true, List.of(new CategoryDescriptor("messages", text,
						List.of("The member you write to"), text, text, ErasureAction.ERASE, null, null, null)),
				1, Instant.now());
	}

	/** Pages of generated messages, about 520 bytes of JSON each, deterministic. */
	static final class GeneratedMessages implements RecordsSource {

		private static final String[] WORDS = { "bonjour", "merci", "annonce", "rendez-vous", "demain", "mercredi",
				"cours", "vélo", "prix", "disponible", "livraison", "parfait", "question", "réponse", "semaine",
				"message", "photo", "adresse", "quartier", "soirée" };

		private final int total;

		GeneratedMessages(int total) {
			this.total = total;
		}

		@Override
		public RecordsPage page(URI baseUrl, RecordsQuery query) {
			int from = (query.cursor() != null) ? Integer.parseInt(query.cursor()) : 0;
			int to = Math.min(this.total, from + query.limit());
			List<Map<String, Object>> records = new ArrayList<>(to - from);
			for (int i = from; i < to; i++) {
				Map<String, Object> message = new LinkedHashMap<>();
				message.put("_id", String.format("conv-history-acc-1005-%09d", i));
				message.put("conversationId", "conv-history-acc-1005-acc-" + (1001 + i % 4));
				message.put("senderAccountId", "acc-1005");
				message.put("recipientAccountId", "acc-" + (1001 + i % 4));
				message.put("body", body(i));
				message.put("sentAt", Instant.ofEpochSecond(1_736_150_400L + 420L * i).toString());
				records.add(message);
			}
			return new RecordsPage(query.requestId(), query.system(), query.category(), records,
					(to < this.total) ? String.valueOf(to) : null);
		}

		private static String body(int i) {
			StringBuilder body = new StringBuilder(400);
			long seed = i * 2_654_435_761L;
			while (body.length() < 380) {
				seed = seed * 6_364_136_223_846_793_005L + 1_442_695_040_888_963_407L;
				body.append(WORDS[(int) ((seed >>> 33) % WORDS.length)]).append(' ');
			}
			return body.append("n°").append(i).toString();
		}

	}

	private static long extract(ArchiveCipher cipher, Path encrypted, byte[] aad, Path into) throws IOException {
		long bytes = 0;
		Files.createDirectories(into);
		try (InputStream in = cipher.decrypting(Files.newInputStream(encrypted), aad);
				ZipInputStream zip = new ZipInputStream(in)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				Path target = into.resolve(entry.getName());
				Files.createDirectories(target.getParent());
				bytes += Files.copy(zip, target);
			}
		}
		return bytes;
	}

	private static void zipMinusOne(Path files, Path zipFile, long extracted, double oubliSeconds, long content)
			throws Exception {
		Process process;
		long start = System.nanoTime();
		try {
			process = new ProcessBuilder("zip", "-1", "-q", "-r", zipFile.toString(), ".").directory(files.toFile())
				.inheritIO()
				.start();
		}
		catch (IOException ex) {
			out.println("zip -1         : not run (install it: apt-get install -y zip)");
			return;
		}
		int code = process.waitFor();
		double seconds = (System.nanoTime() - start) / 1e9;
		if (code != 0) {
			out.println("zip -1         : exit code " + code);
			return;
		}
		out.printf("zip -1         : %,.1f MB -> %,.1f MB in %.1f s, %.1f MB/s (no JSON/CSV writing, no encryption)%n",
				mb(extracted), mb(Files.size(zipFile)), seconds, mb(extracted) / seconds);
		out.printf("Ratio          : Oubli export at %.0f%% of zip -1's throughput%n",
				100.0 * (mb(content) / oubliSeconds) / (mb(extracted) / seconds));
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	private static void gcFigures() {
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			out.printf("                 GC %s: %d collections, %d ms%n", gc.getName(), gc.getCollectionCount(),
					gc.getCollectionTime());
		}
	}

	private static double mb(long bytes) {
		return bytes / 1_048_576.0;
	}

	private static void deleteTree(Path root) throws IOException {
		try (var paths = Files.walk(root)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
