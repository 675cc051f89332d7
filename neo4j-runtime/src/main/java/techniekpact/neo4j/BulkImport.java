package techniekpact.neo4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.logging.internal.SimpleLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import org.neo4j.storageengine.api.StorageEngineFactory;

/**
 * Neo4j's own bulk importer (the BatchImporter that `neo4j-admin database import full` runs),
 * fed JSON lines on stdin instead of CSV files, so that every value keeps its exact type
 * (empty lists, empty strings, integers vs floats) and quotes need no CSV escaping, and so
 * that the caller writes the input while the importer reads it (no file in between).
 *
 * Contract with src/import/bulk-import.ts:
 *
 *   java -cp CLASSPATH techniekpact.neo4j.BulkImport --home DIR --node-count N
 *        --relationship-count N --node-properties N --relationship-properties N
 *        --node-bytes N --relationship-bytes N [--page-cache SIZE] [--max-off-heap SIZE]
 *
 * writes a NEW store for the database "neo4j" under DIR (DIR/data/databases/neo4j and
 * DIR/data/transactions/neo4j, the layout of the embedded runtime's data directory); DIR must
 * not hold one. The counts and sizes are estimates for the importer's memory planning.
 * Stdin: one line per node, `["Label", {properties}]` (node i, from 0 in line order, gets id i
 * and the labels Node and Label), then one empty line, then one line per relationship,
 * `[startNode, endNode, "TYPE", {properties}]`, until the end of the input. Values: strings,
 * numbers (integers within +-(2^53-1) become INTEGER, other numbers FLOAT, as the driver sends
 * them), booleans, lists of one of these (an empty list is stored as Cypher stores []); null
 * is left out, like SET n = map does. The importer reads all nodes, then the relationships.
 *
 * Prints "BULK_IMPORT_DONE nodes relationships" on stdout when the store is complete;
 * "BULK_IMPORT_ERROR reason" on stderr and exit 2 otherwise (the caller removes DIR). A
 * reason about the input names the line: "node input line 18: ...".
 */
public final class BulkImport {
    private static final long MAX_SAFE_INTEGER = 9007199254740991L;
    private static final int LINES_PER_CHUNK = 2_000;
    private static final JsonFactory JSON = new JsonFactory();

    private BulkImport() {}

    public static void main(String[] args) {
        Path home = null;
        long[] estimates = new long[6];
        String pageCache = "256m";
        String maxOffHeap = "1g";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(args[++i]).toAbsolutePath();
                case "--node-count" -> estimates[0] = Long.parseLong(args[++i]);
                case "--relationship-count" -> estimates[1] = Long.parseLong(args[++i]);
                case "--node-properties" -> estimates[2] = Long.parseLong(args[++i]);
                case "--relationship-properties" -> estimates[3] = Long.parseLong(args[++i]);
                case "--node-bytes" -> estimates[4] = Long.parseLong(args[++i]);
                case "--relationship-bytes" -> estimates[5] = Long.parseLong(args[++i]);
                case "--page-cache" -> pageCache = args[++i];
                case "--max-off-heap" -> maxOffHeap = args[++i];
                default -> fail("unknown argument " + args[i]);
            }
        }
        if (home == null) {
            fail("--home is required");
            return;
        }
        Lines lines = new Lines(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 20));
        try {
            run(home, lines, estimates, pageCache, ByteUnit.parse(maxOffHeap));
        } catch (Throwable e) {
            e.printStackTrace(System.err);
            fail(rootMessage(e));
            return;
        }
        System.out.println("BULK_IMPORT_DONE " + lines.nodes + " " + lines.relationships);
        System.out.flush();
        System.exit(0);
    }

    private static void run(Path home, Lines lines, long[] estimates, String pageCache, long maxOffHeap)
            throws Exception {
        Config config = Config.newBuilder()
                .set(GraphDatabaseSettings.neo4j_home, home)
                .set(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .build();
        DatabaseLayout layout = Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (Files.exists(layout.databaseDirectory()) || Files.exists(layout.getTransactionLogsDirectory())) {
            throw new IllegalStateException("a store already exists under " + home + "; the bulk import writes a new one");
        }
        Configuration importConfig = new Configuration() {
            @Override
            public long maxOffHeapMemory() {
                return maxOffHeap;
            }

            /** The two token lookup indexes a database Neo4j creates starts with. */
            @Override
            public IndexConfig indexConfig() {
                return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
            }
        };
        Input input = Input.input(
                lines.iterable(false),
                lines.iterable(true),
                IdType.ACTUAL,
                Input.knownEstimates(estimates[0], estimates[1], estimates[2], estimates[3], estimates[4],
                        estimates[5], 2),
                ReadableGroups.EMPTY);
        PrintStream out = System.out;
        try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction();
                JobScheduler jobScheduler = JobSchedulerFactory.createInitialisedScheduler()) {
            StorageEngineFactory storageEngine = StorageEngineFactory.selectStorageEngine(config);
            BatchImporter importer = storageEngine.batchImporter(
                    layout, fs, PageCacheTracer.NULL, importConfig,
                    new SimpleLogService(NullLogProvider.getInstance()), out, false,
                    DefaultAdditionalIds.EMPTY, config, Monitor.NO_MONITOR, jobScheduler,
                    Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(),
                    new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE,
                    CursorContextFactory.NULL_CONTEXT_FACTORY);
            importer.doImport(input);
        }
        if (!lines.ended) throw new IllegalStateException("the importer finished before the end of its input");
    }

    /**
     * Stdin as two inputs: the node lines up to the empty line, then the relationship lines
     * up to the end. Chunks of lines are taken by whichever importer thread asks and parsed
     * in the chunk, so parsing runs on the importer's threads.
     */
    private static final class Lines {
        private final BufferedReader reader;
        private boolean nodesEnded;
        private boolean ended;
        private long nodes;
        private long relationships;

        Lines(BufferedReader reader) {
            this.reader = reader;
        }

        InputIterable iterable(boolean forRelationships) {
            return () -> new InputIterator() {
                @Override
                public InputChunk newChunk() {
                    return new LinesChunk(forRelationships);
                }

                @Override
                public boolean next(InputChunk chunk) throws IOException {
                    return fill((LinesChunk) chunk, forRelationships);
                }

                @Override
                public void close() {}
            };
        }

        private synchronized boolean fill(LinesChunk chunk, boolean forRelationships) throws IOException {
            if (forRelationships && !nodesEnded) {
                throw new IllegalStateException("the importer asked for relationships before it had read all nodes");
            }
            if (forRelationships ? ended : nodesEnded) return false;
            chunk.reset(forRelationships ? relationships + 1 : nodes + 1);
            while (chunk.size() < LINES_PER_CHUNK) {
                String line = reader.readLine();
                if (line == null) {
                    if (!forRelationships) {
                        throw new InputException("the input ended before the empty line that ends the nodes");
                    }
                    ended = true;
                    break;
                }
                if (!forRelationships && line.isEmpty()) {
                    nodesEnded = true;
                    break;
                }
                chunk.add(line);
            }
            if (forRelationships) relationships += chunk.size();
            else nodes += chunk.size();
            return chunk.size() > 0 || fill(chunk, forRelationships);
        }
    }

    /** A batch of lines; node ids are line numbers from 0, which is what ACTUAL ids need. */
    private static final class LinesChunk implements InputChunk {
        private final boolean relationships;
        private final List<String> lines = new ArrayList<>(LINES_PER_CHUNK);
        private long firstLine;
        private int cursor;

        LinesChunk(boolean relationships) {
            this.relationships = relationships;
        }

        void reset(long firstLine) {
            this.firstLine = firstLine;
            lines.clear();
            cursor = 0;
        }

        void add(String line) {
            lines.add(line);
        }

        int size() {
            return lines.size();
        }

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            if (cursor >= lines.size()) return false;
            long lineNumber = firstLine + cursor;
            String line = lines.get(cursor++);
            try {
                if (relationships) visitRelationship(line, visitor);
                else visitNode(line, lineNumber - 1, visitor);
            } catch (InputException | IOException e) {
                throw new InputException((relationships ? "relationship" : "node") + " input line " + lineNumber + ": "
                        + e.getMessage());
            }
            visitor.endOfEntity();
            return true;
        }

        @Override
        public void close() {}
    }

    private static final class InputException extends RuntimeException {
        InputException(String message) {
            super(message);
        }
    }

    private static void visitNode(String line, long id, InputEntityVisitor visitor) throws IOException {
        try (JsonParser parser = JSON.createParser(line)) {
            expect(parser, JsonToken.START_ARRAY, "a node line is [\"Label\", {properties}]");
            expect(parser, JsonToken.VALUE_STRING, "a node line starts with its label");
            String label = parser.getText();
            visitor.id(id);
            visitor.labels(new String[] {"Node", label});
            properties(parser, visitor);
            expect(parser, JsonToken.END_ARRAY, "a node line ends after its properties");
        }
    }

    private static void visitRelationship(String line, InputEntityVisitor visitor) throws IOException {
        try (JsonParser parser = JSON.createParser(line)) {
            expect(parser, JsonToken.START_ARRAY, "a relationship line is [start, end, \"TYPE\", {properties}]");
            expect(parser, JsonToken.VALUE_NUMBER_INT, "a relationship line starts with its start node's line");
            visitor.startId(parser.getLongValue());
            expect(parser, JsonToken.VALUE_NUMBER_INT, "then its end node's line");
            visitor.endId(parser.getLongValue());
            expect(parser, JsonToken.VALUE_STRING, "then its type");
            visitor.type(parser.getText());
            properties(parser, visitor);
            expect(parser, JsonToken.END_ARRAY, "a relationship line ends after its properties");
        }
    }

    private static void properties(JsonParser parser, InputEntityVisitor visitor) throws IOException {
        expect(parser, JsonToken.START_OBJECT, "properties are an object");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            Object value;
            try {
                value = token == JsonToken.START_ARRAY ? list(parser) : scalar(parser, token);
            } catch (InputException e) {
                throw new InputException("property '" + key + "': " + e.getMessage());
            }
            if (value != null) visitor.property(key, value);
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new InputException("properties are an object of names and values");
        }
    }

    private static Object scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> integerOrFloat(parser);
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case START_OBJECT -> throw new InputException("a map cannot be stored as a property value");
            default -> throw new InputException("a " + token + " cannot be stored as a property value");
        };
    }

    /** As the driver sends JS numbers: safe integers as INTEGER, anything else as FLOAT. */
    private static Object integerOrFloat(JsonParser parser) throws IOException {
        JsonParser.NumberType type = parser.getNumberType();
        if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
            long value = parser.getLongValue();
            if (Math.abs(value) <= MAX_SAFE_INTEGER) return value;
        }
        return parser.getDoubleValue();
    }

    /** A homogeneous list as an array; [] as an empty string array, as Cypher stores it. */
    private static Object list(JsonParser parser) throws IOException {
        List<Object> values = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                throw new InputException("a list of lists or maps cannot be stored as a property value");
            }
            Object value = scalar(parser, token);
            if (value == null) throw new InputException("a list with null in it cannot be stored as a property value");
            values.add(value);
        }
        if (values.isEmpty() || values.stream().allMatch(v -> v instanceof String)) {
            return values.toArray(new String[0]);
        }
        if (values.stream().allMatch(v -> v instanceof Long)) {
            return values.stream().mapToLong(v -> (Long) v).toArray();
        }
        if (values.stream().allMatch(v -> v instanceof Double)) {
            return values.stream().mapToDouble(v -> (Double) v).toArray();
        }
        if (values.stream().allMatch(v -> v instanceof Boolean)) {
            boolean[] booleans = new boolean[values.size()];
            for (int i = 0; i < booleans.length; i++) booleans[i] = (Boolean) values.get(i);
            return booleans;
        }
        throw new InputException("a list of mixed types " + values + " cannot be stored as a property value");
    }

    private static void expect(JsonParser parser, JsonToken expected, String what) throws IOException {
        JsonToken token = parser.nextToken();
        if (token != expected) throw new InputException(what + " (found " + token + ")");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof InputException)) t = t.getCause();
        return t instanceof InputException ? t.getMessage() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static void fail(String reason) {
        System.err.println("BULK_IMPORT_ERROR " + reason.replace('\n', ' '));
        System.err.flush();
        System.exit(2);
    }
}
