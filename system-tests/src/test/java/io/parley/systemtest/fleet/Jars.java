package io.parley.systemtest.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The services' Spring Boot jars: {@code <root>/<module>/target/<module>-<version>.jar}. The fleet runs copies
 * ({@link #snapshot}), so that a module rebuilt while the tests run cannot pull a jar from under a process.
 */
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

    /** Copies every module's jar into {@code folder} and returns jars that resolve there. */
    Jars snapshot(List<String> modules, Path folder) {
        try {
            for (String module : modules) {
                Path copy = folder.resolve(module).resolve("target").resolve(of(module).getFileName());
                Files.createDirectories(copy.getParent());
                Files.copy(of(module), copy, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the service jars to " + folder, e);
        }
        return new Jars(folder, version);
    }
}
