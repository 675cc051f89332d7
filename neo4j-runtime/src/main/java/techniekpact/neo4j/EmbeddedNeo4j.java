package techniekpact.neo4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.string.UTF8;
import org.neo4j.kernel.api.impl.index.LuceneSettings;

/**
 * Neo4j Community embedded, reachable over Bolt on 127.0.0.1 only.
 *
 * Contract with src/neo4j-runtime/embedded-neo4j.ts: prints the line
 * "NEO4J_READY bolt://127.0.0.1:PORT" on stdout once the database answers RETURN 1,
 * prints "NEO4J_ERROR reason" on stderr and exits 2 on a startup problem it can name,
 * and shuts the database down cleanly on SIGINT/SIGTERM (a JVM shutdown hook), so that
 * committed data is on disk for the next start.
 *
 * With --exit-with-parent, stdin also takes commands, one a line: "STOP" shuts the DBMS
 * down and keeps the JVM (prints "NEO4J_DBMS_STOPPED"; the store can then be replaced, as
 * the offline bulk import does), "START" starts it again on the same data directory and
 * port (prints "NEO4J_READY ..." again). A restart in the same JVM skips the JVM's start,
 * class loading and warm-up (measured at 1M nodes: 15-25 s for a new process on a busy
 * 2-core machine). A JVM left stopped for --idle-exit-seconds (default 300), or whose data
 * directory is removed while it is stopped, exits.
 *
 * With --password-file, Bolt requires a login: auth is enabled, and before the DBMS starts
 * the password is written as the initial one (auth.ini, what `neo4j-admin dbms
 * set-initial-password` writes), which the system database takes while it starts, before
 * Bolt listens: a new store never has the default neo4j/neo4j. At every start it is also
 * set from the file's first line on the system database (an admin action of the embedded
 * API, which needs no old password), before NEO4J_READY, for a store that has another.
 * Without it auth stays disabled, for callers that own a throwaway store (the bench).
 */
public final class EmbeddedNeo4j {
    private EmbeddedNeo4j() {}

    /** The running DBMS, null while stopped; guarded by the class lock. */
    private static DatabaseManagementService current;
    /** Counts stops, so that an idle exit only fires for the stop that armed it. */
    private static long stops;
    /** The `neo4j` user's password from --password-file, null when auth is disabled. */
    private static String password;

    public static void main(String[] args) {
        int port = 7687;
        Path dataDir = Path.of("data/neo4j");
        String pageCache = "256m";
        long txTimeoutSeconds = 0;
        long idleExitSeconds = 300;
        boolean exitWithParent = false;
        Path passwordFile = null;
        java.util.List<String> settings = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--page-cache" -> pageCache = args[++i];
                case "--tx-timeout-seconds" -> txTimeoutSeconds = Long.parseLong(args[++i]);
                case "--exit-with-parent" -> exitWithParent = true;
                case "--setting" -> settings.add(args[++i]);
                case "--idle-exit-seconds" -> idleExitSeconds = Long.parseLong(args[++i]);
                case "--password-file" -> passwordFile = Path.of(args[++i]);
                default -> fail("unknown argument " + args[i]);
            }
        }
        final String password = passwordFile == null ? null : readPassword(passwordFile);
        ensurePortFree(port);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                // Bolt's Netty loop otherwise waits a quiet period of seconds on every stop;
                // clients are gone by then (the API closes its driver first).
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3));
        // Populating a full-text index (ours over name and searchAliases, after a bulk import)
        // flushes Lucene's buffer every 100k documents or 50 MB by default; at 1M nodes a
        // buffer of up to a quarter of the heap (1 GB at most) took its population from
        // 53.5 s to 45.8 s of CPU. Only index population uses it; `--setting` can override.
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        builder.setConfig(LuceneSettings.lucene_population_ram_buffer_size,
                (double) Math.max(50, Math.min(1024, heapMb / 4)));
        builder.setConfig(LuceneSettings.lucene_population_max_buffered_docs, 10_000_000);
        if (!settings.isEmpty()) {
            try {
                Path file = java.nio.file.Files.createTempFile("neo4j-settings", ".conf");
                java.nio.file.Files.write(file, settings);
                builder.loadPropertiesFromFile(file);
                java.nio.file.Files.delete(file);
            } catch (IOException e) {
                fail("settings: " + e.getMessage());
            }
        }
        if (txTimeoutSeconds > 0) {
            builder.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds));
        }
        final DatabaseManagementServiceBuilder configured = builder;
        final int boltPort = port;
        final Path home = dataDir;
        EmbeddedNeo4j.password = password;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("NEO4J_STOPPING");
            stopDbms();
            System.err.println("NEO4J_STOPPED");
        }, "neo4j-shutdown"));
        startDbms(configured, home, boltPort);
        if (exitWithParent) watchParent(configured, home, boltPort, idleExitSeconds);
        try {
            Thread.currentThread().join();
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }

    /** Builds the DBMS, checks that it answers, and says so on stdout; exits 2 if it cannot. */
    private static void startDbms(DatabaseManagementServiceBuilder builder, Path dataDir, int port) {
        final DatabaseManagementService service;
        final Path initialPassword = password == null ? null : writeInitialPassword(dataDir, password);
        try {
            service = builder.build();
        } catch (RuntimeException e) {
            fail("Neo4j could not start with data directory " + dataDir.toAbsolutePath() + ": " + rootMessage(e));
            return;
        }
        synchronized (EmbeddedNeo4j.class) {
            current = service;
        }
        if (initialPassword != null) deleteQuietly(initialPassword);
        if (password != null) setPassword(service, password);
        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();
    }

    private static void stopDbms() {
        DatabaseManagementService service;
        synchronized (EmbeddedNeo4j.class) {
            service = current;
            current = null;
            stops++;
        }
        if (service != null) service.shutdown();
    }

    /**
     * The parent holds our stdin open; when it dies, even by SIGKILL, stdin reaches EOF and we
     * exit through the shutdown hook, so no Java process outlives the Node process. Its lines
     * are commands: STOP and START (see the class comment); anything else is ignored.
     */
    private static void watchParent(DatabaseManagementServiceBuilder builder, Path dataDir, int port,
            long idleExitSeconds) {
        Thread watcher = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    switch (line.trim()) {
                        case "STOP" -> {
                            stopDbms();
                            System.out.println("NEO4J_DBMS_STOPPED");
                            System.out.flush();
                            exitIfStillStopped(idleExitSeconds, dataDir);
                        }
                        case "START" -> {
                            boolean running;
                            synchronized (EmbeddedNeo4j.class) {
                                running = current != null;
                            }
                            if (running) {
                                System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
                                System.out.flush();
                            } else {
                                startDbms(builder, dataDir, port);
                            }
                        }
                        default -> {
                            // not a command
                        }
                    }
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone, like EOF
            }
            System.exit(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * A stopped JVM that is not started again in time exits (an idle JVM holds its heap), and
     * so does one whose data directory was removed while it was stopped (its owner is done).
     */
    private static void exitIfStillStopped(long idleExitSeconds, Path dataDir) {
        final long stop;
        synchronized (EmbeddedNeo4j.class) {
            stop = stops;
        }
        final long deadline = System.nanoTime() + idleExitSeconds * 1_000_000_000L;
        Thread timer = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (EmbeddedNeo4j.class) {
                    if (current != null || stops != stop) return;
                }
                if (!java.nio.file.Files.exists(dataDir) || System.nanoTime() > deadline) System.exit(0);
            }
        }, "idle-exit");
        timer.setDaemon(true);
        timer.start();
    }

    /**
     * Sets the `neo4j` user's password on every start, so that the file is the one truth: a
     * new store gets it (its default "neo4j" requires a change, which no client could make
     * without knowing it), a changed file takes effect, and a store that ran without auth
     * before is protected from now on. Neo4j refuses to set the password it already has;
     * that refusal means the password is already right.
     */
    private static void setPassword(DatabaseManagementService service, String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    java.util.Map.of("password", password));
        } catch (RuntimeException e) {
            String message = rootMessage(e);
            if (!message.contains("Old password and new password cannot be the same")) {
                // fail() exits; the shutdown hook then closes the store
                fail("could not set the neo4j user's password: " + message);
            }
        }
    }

    /**
     * Writes the `neo4j` user's initial password where the DBMS reads it while its system
     * database starts (auth.ini in the dbms folder, as `neo4j-admin dbms set-initial-password`
     * does, with Neo4j's own classes), change not required. Neo4j takes it when it creates
     * the system database, and for a store whose only user still has the default password;
     * either happens before Bolt listens, so the default neo4j/neo4j never opens a session.
     * The file holds a salted hash; it is removed once the DBMS has started.
     */
    private static Path writeInitialPassword(Path home, String password) {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home.toAbsolutePath()).build();
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.deleteIfExists(file);
            FileUserRepository repository = new FileUserRepository(fs, file, NullLogProvider.getInstance(),
                    EmptyMemoryTracker.INSTANCE);
            repository.start();
            repository.create(new User("neo4j", null,
                    SystemGraphCredential.createCredentialForPassword(UTF8.encode(password), new SecureHasher()),
                    false, false));
            repository.shutdown();
            java.nio.file.Files.setPosixFilePermissions(file,
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (Exception e) {
            fail("could not write the initial password to " + file + ": " + rootMessage(e));
        }
        return file;
    }

    private static void deleteQuietly(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // left for the next start, which overwrites it
        }
    }

    /** The file's first line; Neo4j's own minimum length (8) is checked here, with the file named. */
    private static String readPassword(Path file) {
        final String value;
        try {
            value = java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
        } catch (IOException e) {
            fail("cannot read the password file " + file.toAbsolutePath() + ": " + e.getMessage());
            return null;
        }
        if (value.length() < 8) fail("the password in " + file.toAbsolutePath() + " is shorter than 8 characters");
        return value;
    }

    /** Neo4j's own message for a taken port is buried in a stack; say it plainly first. */
    private static void ensurePortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        } catch (IOException e) {
            fail("port " + port + " on 127.0.0.1 is already in use; choose another with NEO4J_PORT");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static void fail(String reason) {
        System.err.println("NEO4J_ERROR " + reason);
        System.exit(2);
    }
}
