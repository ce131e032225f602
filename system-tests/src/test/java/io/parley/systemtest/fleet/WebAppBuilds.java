package io.parley.systemtest.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The built web apps the gateway serves: {@code <root>/web-react/dist} at {@code /widget/} and
 * {@code <root>/admin-dashboard/dist} at {@code /dashboard/}. Like the jars, the fleet serves copies, so that a
 * rebuild while the tests run cannot swap files under a page. A missing build is not an error for the fleet
 * (the gateway then serves no app); only the browser tests need them ({@link #requireAll}).
 */
public record WebAppBuilds(Path root, Path widget, Path dashboard, List<Path> missing) {

    static WebAppBuilds of(Path root) {
        Path widget = root.resolve("web-react").resolve("dist");
        Path dashboard = root.resolve("admin-dashboard").resolve("dist");
        List<Path> missing = Stream.of(widget, dashboard)
                .filter(dist -> !Files.isRegularFile(dist.resolve("index.html")))
                .toList();
        return new WebAppBuilds(root, widget, dashboard, missing);
    }

    /** Copies each build that exists into {@code folder} and returns builds that resolve there. */
    WebAppBuilds snapshot(Path folder) {
        Path widgetCopy = folder.resolve("widget");
        Path dashboardCopy = folder.resolve("dashboard");
        copyIfBuilt(widget, widgetCopy);
        copyIfBuilt(dashboard, dashboardCopy);
        return new WebAppBuilds(root, widgetCopy, dashboardCopy, missing);
    }

    /** Fails naming every missing build and how to make it. */
    public void requireAll() {
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing web app build(s): " + missing
                    + "; run npm ci && npm run build first (at " + root + ")");
        }
    }

    private void copyIfBuilt(Path dist, Path copy) {
        try {
            deleteTree(copy);
            Files.createDirectories(copy);
            if (missing.contains(dist)) {
                return;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dist)) {
                files = new ArrayList<>(walk.toList());
            }
            for (Path source : files) {
                Path target = copy.resolve(dist.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the web app build " + dist + " to " + copy, e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
