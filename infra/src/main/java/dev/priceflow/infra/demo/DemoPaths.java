package dev.priceflow.infra.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Finds the demo files from the working directory: the repository root, infra/, or a sibling module. */
final class DemoPaths {

    private DemoPaths() {
    }

    /** infra/demo-data seen from the working directory (the repository root, infra/ or another module). */
    static Path demoDataDir() {
        for (String candidate : new String[] {"infra/demo-data", "demo-data", "../infra/demo-data"}) {
            Path dir = Path.of(candidate);
            if (Files.isDirectory(dir) || Files.isDirectory(dir.toAbsolutePath().getParent())
                    && dir.toAbsolutePath().getParent().getFileName().toString().equals("infra")) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find infra/demo-data from " + Path.of("").toAbsolutePath()
                + ": run from the repository root or pass the directory as the first argument");
    }

    static Path firstExisting(String... candidates) {
        return Arrays.stream(candidates).map(Path::of).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("none of " + Arrays.toString(candidates)
                        + " exists under " + Path.of("").toAbsolutePath() + ": pass the path as the first argument"));
    }
}
