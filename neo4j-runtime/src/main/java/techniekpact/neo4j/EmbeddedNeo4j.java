package techniekpact.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community embedded, reachable over Bolt on 127.0.0.1 only.
 *
 * Contract with src/neo4j-runtime/embedded-neo4j.ts: prints exactly one line
 * "NEO4J_READY bolt://127.0.0.1:PORT" on stdout once the database answers RETURN 1,
 * prints "NEO4J_ERROR reason" on stderr and exits 2 on a startup problem it can name,
 * and shuts the database down cleanly on SIGINT/SIGTERM (a JVM shutdown hook), so that
 * committed data is on disk for the next start.
 */
public final class EmbeddedNeo4j {
    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        int port = 7687;
        Path dataDir = Path.of("data/neo4j");
        String pageCache = "256m";
        long txTimeoutSeconds = 0;
        boolean exitWithParent = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--page-cache" -> pageCache = args[++i];
                case "--tx-timeout-seconds" -> txTimeoutSeconds = Long.parseLong(args[++i]);
                case "--exit-with-parent" -> exitWithParent = true;
                default -> fail("unknown argument " + args[i]);
            }
        }
        ensurePortFree(port);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Bolt's Netty loop otherwise waits a quiet period of seconds on every stop;
                // clients are gone by then (the API closes its driver first).
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3));
        if (txTimeoutSeconds > 0) {
            builder.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds));
        }
        final DatabaseManagementService service;
        try {
            service = builder.build();
        } catch (RuntimeException e) {
            fail("Neo4j could not start with data directory " + dataDir.toAbsolutePath() + ": " + rootMessage(e));
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("NEO4J_STOPPING");
            service.shutdown();
            System.err.println("NEO4J_STOPPED");
        }, "neo4j-shutdown"));

        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        db.executeTransactionally("RETURN 1");
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        if (exitWithParent) watchParent();
        try {
            Thread.currentThread().join();
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The parent holds our stdin open; when it dies, even by SIGKILL, stdin reaches EOF and we
     * exit through the shutdown hook, so no Java process outlives the Node process.
     */
    private static void watchParent() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent never writes; any byte is ignored
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone, like EOF
            }
            System.exit(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
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
