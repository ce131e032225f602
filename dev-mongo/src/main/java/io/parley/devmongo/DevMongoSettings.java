package io.parley.devmongo;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where dev-mongo listens and where it keeps its data. Read from command-line arguments
 * ({@code --port=27017 --file=.run/data/mongo.mv}) first, then the environment variables
 * {@code PARLEY_MONGO_PORT} and {@code PARLEY_MONGO_FILE}, then the defaults. A file of {@code memory} keeps
 * everything in memory (lost on exit).
 */
record DevMongoSettings(String host, int port, Path file) {
    static final int DEFAULT_PORT = 27017;
    static final String DEFAULT_FILE = ".run/data/mongo.mv";
    static final String MEMORY = "memory";

    static DevMongoSettings from(String[] args, Map<String, String> env) {
        String port = env.getOrDefault("PARLEY_MONGO_PORT", String.valueOf(DEFAULT_PORT));
        String file = env.getOrDefault("PARLEY_MONGO_FILE", DEFAULT_FILE);
        String host = env.getOrDefault("PARLEY_MONGO_HOST", "localhost");
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                port = arg.substring("--port=".length());
            } else if (arg.startsWith("--file=")) {
                file = arg.substring("--file=".length());
            } else if (arg.startsWith("--host=")) {
                host = arg.substring("--host=".length());
            } else {
                throw new IllegalArgumentException(
                        "unknown argument '" + arg + "' (expected --port=N, --file=PATH|memory, --host=NAME)");
            }
        }
        return new DevMongoSettings(host, parsePort(port), file.isBlank() || file.equals(MEMORY) ? null : Path.of(file));
    }

    boolean inMemory() {
        return file == null;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number from 0 to 65535, got '" + value + "'");
        }
    }
}
