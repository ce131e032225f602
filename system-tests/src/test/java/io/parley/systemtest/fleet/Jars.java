package io.parley.systemtest.fleet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The services' Spring Boot jars: {@code <root>/<module>/target/<module>-<version>.jar}. */
record Jars(Path root, String version) {

    static Jars fromSystemProperties() {
        Path root = Path.of(System.getProperty("parley.root", "..")).toAbsolutePath().normalize();
        return new Jars(root, System.getProperty("parley.version", "0.1.0-SNAPSHOT"));
    }

    Path of(String module) {
        return root.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
    }

    /** Fails naming every missing jar, before anything is started. */
    void requireAll(List<String> modules) {
        List<Path> missing = modules.stream().map(this::of).filter(jar -> !Files.isRegularFile(jar)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing service jar(s): " + missing
                    + "; build them first with ./mvnw -B -DskipTests package (from " + root + ")");
        }
    }
}
