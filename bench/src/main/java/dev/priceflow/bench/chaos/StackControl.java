package dev.priceflow.bench.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Kills and restarts components through the project's own script: {@code priceflow chaos --internal-kill NAME}
 * (SIGKILL to the component's recorded process group) and {@code priceflow chaos --internal-restart NAME} (the
 * functions {@code ./priceflow up} uses: {@code restart NAME --no-build} for a service, the servers' start and
 * health wait for a server). Their output goes to {@code <logs>/chaos-<name>.log}.
 */
final class StackControl {

    private final String priceflow;
    private final Path logs;

    StackControl(String priceflow, Path logs) {
        this.priceflow = priceflow;
        this.logs = logs;
    }

    /** SIGKILL; returns the killed pids as the script printed them. */
    String kill(String component) throws IOException, InterruptedException {
        Path out = run(component, "--internal-kill", 60);
        String last = Files.readAllLines(out).stream().filter(l -> l.startsWith("killed ")).reduce((a, b) -> b)
                .orElseThrow(() -> new IOException("kill of " + component + " printed no pids (see " + out + ")"));
        return last.substring("killed ".length());
    }

    /**
     * The recorded pid of every component ({@code <state>/run/NAME.pid}, next to the logs directory), to notice a
     * component that someone else restarted during a round (its pid changes): such a round is not clean.
     */
    Map<String, String> pids() {
        Map<String, String> out = new TreeMap<>();
        Path run = logs.toAbsolutePath().getParent().resolve("run");
        for (String name : ChaosOptions.ALL) {
            try {
                out.put(name, Files.readString(run.resolve(name + ".pid")).trim().split("\\s+")[0]);
            } catch (IOException e) {
                out.put(name, "-");
            }
        }
        return out;
    }

    /** Restarts and waits until healthy (the script's own timeouts); fails when the script fails. */
    void restart(String component) throws IOException, InterruptedException {
        run(component, "--internal-restart", 900);
    }

    private Path run(String component, String action, int timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Path log = logs.resolve("chaos-" + component + ".log");
        Process p = new ProcessBuilder(priceflow, "chaos", action, component).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(action + " " + component + " did not finish in " + timeoutSeconds + " s (see " + log + ")");
        }
        if (p.exitValue() != 0) {
            throw new IOException(action + " " + component + " failed with exit " + p.exitValue() + " (see " + log + ")");
        }
        return log;
    }
}
