package uk.waymark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal as a real process: where its encryption keys come from. */
class EncryptionKeysStartUpTest {

    private static final Path CONTENT = Path.of("content").toAbsolutePath();

    @Test
    void aRealDatabaseWithoutAnEncryptionKeyStopsTheStartNamingTheVariable() throws Exception {
        Process process = start(Path.of("."), Map.of("WAYMARK_DATABASE_URL", "jdbc:postgresql://127.0.0.1:9/waymark"));

        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ended by itself");
        String output = read(process.getInputStream());
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("Waymark cannot start.\nWAYMARK_ENCRYPTION_KEYS is not set."), output);
        assertTrue(output.contains("WAYMARK_ENCRYPTION_KEYS=\"key-1:$(openssl rand -base64 32)\""), output);
        assertFalse(output.contains("\tat "), "no stack trace: " + output);
    }

    @Test
    void theEmbeddedDatabaseWithoutAKeyMakesADevelopmentKeyAndWarnsLoudly(@TempDir Path workingDirectory) throws Exception {
        Process process = start(workingDirectory, Map.of());
        String output;
        try {
            output = readUntil(process, "Startup completed");
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        assertTrue(output.contains("Startup completed"), output);
        Path key = workingDirectory.resolve("data/dev-encryption.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertTrue(output.contains("WARN") && output.contains("DEVELOPMENT ENCRYPTION KEY IN USE: " + key.toRealPath()), output);
        assertTrue(output.contains("NEVER use it with real referrals"), output);
        assertFalse(output.contains(Files.readString(key).strip().substring(4)), "the key itself is not logged");
        assertTrue(Files.exists(workingDirectory.resolve("data/waymark.mv.db")), "the embedded database sits beside it");
    }

    private static Process start(Path workingDirectory, Map<String, String> environment, String... args) throws IOException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("WAYMARK_"));
        builder.environment().put("WAYMARK_CONTENT_DIR", CONTENT.toString());
        builder.environment().put("PORT", "0");
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The output until a line contains {@code text}, the process ends, or a minute passes. */
    private static String readUntil(Process process, String text) throws InterruptedException {
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (var lines = process.inputReader(StandardCharsets.UTF_8)) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.append(line).append('\n');
                }
            } catch (IOException ended) {
                // the process was stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!output.toString().contains(text) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(200);
        return output.toString();
    }
}
