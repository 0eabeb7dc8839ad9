package uk.waymark;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.waymark.intake.CaseKind;
import uk.waymark.intake.CaseReference;
import uk.waymark.intake.IntakeCases;
import uk.waymark.intake.Verification;
import uk.waymark.support.TestPostgres;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal as a real process: where its encryption keys come from, and the rotate-keys command. */
class EncryptionKeysStartUpTest {

    private static final Path CONTENT = Path.of("content").toAbsolutePath();
    private static final String KEY_A = "a:" + Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B = "b:" + Base64.getEncoder().encodeToString("b".repeat(32).getBytes(StandardCharsets.US_ASCII));

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

    @Test
    void rotateKeysReencryptsEveryCaseWithoutStartingTheWebServer() throws Exception {
        Map<String, String> database = TestPostgres.newDatabase();
        List<CaseReference> references = new ArrayList<>();
        try (ApplicationContext underA = context(database, KEY_A)) {
            IntakeCases cases = underA.getBean(IntakeCases.class);
            for (int i = 0; i < 3; i++) {
                references.add(cases.open(CaseKind.CONCERN, Verification.VERIFIED, Map.of("concern", "Concern " + i)));
            }
        }

        Process process = start(Path.of("."), Map.of(
                "WAYMARK_DATABASE_URL", database.get("datasources.default.url"),
                "WAYMARK_DATABASE_USER", database.get("datasources.default.username"),
                "WAYMARK_ENCRYPTION_KEYS", KEY_B + "," + KEY_A), "rotate-keys");
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command ended by itself");
        String output = read(process.getInputStream());

        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("Current key: \"b\". Cases by key before: \"a\": 3."), output);
        assertTrue(output.contains("Re-encrypted 3 cases under \"b\". Cases by key now: \"b\": 3."), output);
        assertTrue(output.contains("You can now remove a from WAYMARK_ENCRYPTION_KEYS."), output);
        assertFalse(output.contains("Startup completed") || output.contains("Server Running"), "no web server: " + output);
        try (ApplicationContext underBOnly = context(database, KEY_B)) {
            IntakeCases cases = underBOnly.getBean(IntakeCases.class);
            for (int i = 0; i < 3; i++) {
                assertEquals(Map.of("concern", "Concern " + i), cases.find(references.get(i)).orElseThrow().answers());
            }
        }
    }

    private static ApplicationContext context(Map<String, String> database, String keys) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("waymark.encryption.keys", keys);
        return ApplicationContext.run(properties, "test");
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
