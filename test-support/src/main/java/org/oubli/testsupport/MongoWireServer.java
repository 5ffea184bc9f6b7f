package org.oubli.testsupport;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The MongoDB wire-protocol server (mongo-java-server), in memory for tests or
 * file-backed (H2) for the dev stack, reached through the official driver. It has no
 * multi-document transactions, never expires TTL indexes and has no {@code $text}; Oubli
 * uses none of them.
 */
public final class MongoWireServer implements AutoCloseable {

	private final MongoBackend backend;

	private final MongoServer server;

	private final InetSocketAddress address;

	private MongoWireServer(MongoBackend backend, String host, int port) {
		this.backend = backend;
		this.server = new MongoServer(backend);
		this.server.bind(host, port);
		this.address = this.server.getLocalAddress();
	}

	/** An in-memory server on a free port. */
	public static MongoWireServer inMemory() {
		return new MongoWireServer(new HelloMemoryBackend(), "127.0.0.1", 0);
	}

	/**
	 * A server whose data lives in {@code file}, so a restart keeps everything.
	 * @param file the H2 MVStore file
	 * @param port the port, 0 for any free one
	 */
	public static MongoWireServer fileBacked(Path file, int port) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Cannot create the data folder " + file.getParent(), ex);
		}
		return new MongoWireServer(new HelloH2Backend(file.toString()), "127.0.0.1", port);
	}

	public String connectionString() {
		return "mongodb://" + this.address.getHostString() + ":" + this.address.getPort();
	}

	public int port() {
		return this.address.getPort();
	}

	@Override
	public void close() {
		this.server.shutdownNow();
		this.backend.close();
	}

	private static final class HelloMemoryBackend extends MemoryBackend {

		@Override
		public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
			if (HelloCommand.isHello(command)) {
				return HelloCommand.fromIsMaster(super.handleCommand(channel, databaseName, "isMaster", query));
			}
			return super.handleCommand(channel, databaseName, command, query);
		}

	}

	private static final class HelloH2Backend extends H2Backend {

		HelloH2Backend(String file) {
			super(file);
		}

		@Override
		public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
			if (HelloCommand.isHello(command)) {
				return HelloCommand.fromIsMaster(super.handleCommand(channel, databaseName, "isMaster", query));
			}
			return super.handleCommand(channel, databaseName, command, query);
		}

	}

}
