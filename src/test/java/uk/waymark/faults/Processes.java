package uk.waymark.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Real processes for the fault tests: portals and reference receivers in JVMs of their own. */
final class Processes {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** The webhook secret the fault tests' portals and case systems share. */
    static final String WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private Processes() {
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What every portal process of these tests is started with: its port, the repository's
     * content, the given database, a fixed key, and the form secret all instances share.
     */
    static Map<String, String> portalEnvironment(int port, Map<String, String> database) {
        Map<String, String> env = new HashMap<>();
        env.put("PORT", Integer.toString(port));
        env.put("WAYMARK_CONTENT_DIR", Path.of("content").toAbsolutePath().toString());
        env.put("WAYMARK_DATABASE_URL", database.get("datasources.default.url"));
        env.put("WAYMARK_DATABASE_USER", database.get("datasources.default.username"));
        env.put("WAYMARK_DATABASE_PASSWORD", database.get("datasources.default.password"));
        env.put("WAYMARK_ENCRYPTION_KEYS", "faults:B/Fv8mTO0vRVfB8LKWZiaWA4WU3jf3rnapNwSOHEClw=");
        env.put("WAYMARK_FORM_SECRET", "the same on every instance");
        return env;
    }

    /**
     * As {@link #portalEnvironment}, with no database given: the portal then uses its default, the
     * embedded H2 file {@code ./data/waymark} in its working directory (the README's run command).
     */
    static Map<String, String> portalEnvironmentOnDefaultDatabase(int port) {
        Map<String, String> env = portalEnvironment(port, Map.of());
        env.remove("WAYMARK_DATABASE_URL");
        env.remove("WAYMARK_DATABASE_USER");
        env.remove("WAYMARK_DATABASE_PASSWORD");
        return env;
    }

    /**
     * Starts the reference receiver on {@code port}, recording what it takes to {@code out}, and
     * waits until it answers. {@code options} are its own ({@code --delay-ms}, {@code --fail-every}).
     */
    static Process receiver(int port, String secret, Path out, Path log, String... options) {
        List<String> args = new ArrayList<>(List.of("--port", Integer.toString(port), "--secret", secret, "--out", out.toString()));
        args.addAll(List.of(options));
        Process process = java("uk.waymark.receiver.ReferenceReceiver", Map.of(), log, args.toArray(String[]::new));
        awaitOk("http://127.0.0.1:" + port + "/stats", process, log, Duration.ofSeconds(30));
        return process;
    }

    /** Starts {@code mainClass} from the test classpath, its output going to {@code log}. */
    static Process java(String mainClass, Map<String, String> env, Path log, String... args) {
        return java(null, mainClass, env, log, args);
    }

    /** As {@link #java(String, Map, Path, String...)}, in the working directory {@code directory}. */
    static Process java(Path directory, String mainClass, Map<String, String> env, Path log, String... args) {
        return java(directory, List.of(), mainClass, env, log, args);
    }

    /** As {@link #java(Path, String, Map, Path, String...)}, with {@code jvmOptions} for the JVM (system properties). */
    static Process java(Path directory, List<String> jvmOptions, String mainClass, Map<String, String> env, Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts {@code mainClass} as {@link #java} does, but under another host name: in new UTS and
     * mount namespaces (root only), with an /etc/hosts that resolves the name (the JVM falls back
     * to localhost for a name it cannot resolve). Linux allows host names of up to 64 bytes.
     */
    static Process javaUnderHostName(String hostName, Path hosts, String mainClass, Map<String, String> env, Path log,
                                     String... args) {
        List<String> command = new ArrayList<>(List.of("unshare", "--uts", "--mount", "sh", "-c",
                "hostname \"$1\" && mount --bind \"$2\" /etc/hosts && shift 2 && exec \"$@\"", "sh", hostName, hosts.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the address answers 200, or fails naming the log to read. */
    static void awaitOk(String url, Process process, Path log, Duration timeout) {
        await(() -> {
            if (!process.isAlive()) {
                throw new AssertionError(url + ": the process ended; see " + log);
            }
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, timeout, url + " did not answer; see " + log);
    }

    static void await(BooleanSupplier condition, Duration timeout, String failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    /**
     * SIGSTOP: the process is frozen where it is, every thread at once, reading nothing more from
     * its sockets; returns once the kernel shows it stopped. A SIGKILL ends it from there.
     */
    static void freeze(Process process) {
        try {
            Process kill = new ProcessBuilder("kill", "-STOP", Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new AssertionError("kill -STOP " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        await(() -> {
            try {
                String line = java.nio.file.Files.readString(stat);
                return line.substring(line.lastIndexOf(')') + 2).startsWith("T");
            } catch (IOException e) {
                return false;
            }
        }, Duration.ofSeconds(5), "process " + process.pid() + " did not stop");
    }

    /** SIGKILL: no shutdown hook, no last transaction, exactly like a pulled plug. */
    static void kill(Process process) {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
