package uk.waymark;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portal as a real process: it refuses to start on a missing or broken pack, and says why. */
class StartUpTest {

    private record Run(int exit, String output) {
    }

    private static Run run(String pack, Path contentDir, String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Application.class.getName()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("WAYMARK_PACK", pack);
        builder.environment().put("WAYMARK_CONTENT_DIR", contentDir.toString());
        builder.environment().put("PORT", "0");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ended by itself");
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aMissingPackStopsTheStartWithTheListOfPacks() throws Exception {
        Run run = run("nowhere", Path.of("content"));
        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("Waymark cannot start."), run.output());
        assertTrue(run.output().contains("there is no such pack; packs here: ashfield, believe-housing, bolsover"), run.output());
        assertFalse(run.output().contains("\tat "), "no stack trace: " + run.output());
    }

    @Test
    void aBrokenPackStopsTheStartNamingFileLineAndField(@org.junit.jupiter.api.io.TempDir Path copy) throws Exception {
        copyTree(Path.of("content/national"), copy.resolve("national"));
        copyTree(Path.of("content/bolsover"), copy.resolve("bolsover"));
        Path provider = copy.resolve("bolsover/provider.yml");
        Files.writeString(provider, Files.readString(provider).replace("  phone: \"01246 242424\"", "  phone: \"01246 2424\""));
        Run run = run("bolsover", copy);
        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().matches("(?s).*provider\\.yml:\\d+: contact\\.phone: '01246 2424' is not a UK phone number.*"), run.output());
        assertFalse(run.output().contains("\tat "), "no stack trace: " + run.output());
    }

    @Test
    void theCheckCommandExitsWithOneWhenAPackHasAProblem() throws Exception {
        Run good = run("bolsover", Path.of("content"), "check", "bolsover");
        assertEquals(0, good.exit(), good.output());
        assertTrue(good.output().contains("bolsover: no problems"), good.output());
        Run missing = run("bolsover", Path.of("content"), "check", "nowhere");
        assertEquals(1, missing.exit(), missing.output());
    }

    @Test
    void theCheckCommandReadsThePacksFromWaymarkContentDir(@org.junit.jupiter.api.io.TempDir Path copy) throws Exception {
        copyTree(Path.of("content/national"), copy.resolve("national"));
        copyTree(Path.of("content/bolsover"), copy.resolve("bolsover"));
        Path provider = copy.resolve("bolsover/provider.yml");
        Files.writeString(provider, Files.readString(provider).replace("  phone: \"01246 242424\"", "  phone: \"01246 2424\""));
        Run run = run("bolsover", copy, "check", "bolsover");
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().matches("(?s).*provider\\.yml:\\d+: contact\\.phone: '01246 2424' is not a UK phone number.*"), run.output());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
