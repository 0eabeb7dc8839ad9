package uk.waymark.intake;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Intake owns a case's life: nothing in intake knows delivery, and no SQL spells a case's status,
 * which is always bound from {@link CaseStatus}. Read from the source files.
 */
class IntakeBoundaryTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path INTAKE = SOURCES.resolve(Path.of("uk", "waymark", "intake"));

    /** A status compared or set in SQL with a literal, such as {@code status = 'NEW'} or {@code status IN ('DEAD'}. */
    private static final Pattern STATUS_LITERAL = Pattern.compile("status\\s*(=|<>|!=|IN\\s*\\()\\s*'", Pattern.CASE_INSENSITIVE);

    @Test
    void noClassInIntakeUsesDelivery() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(INTAKE)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("uk.waymark.delivery")) {
                    found.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertFalse(javaFiles(INTAKE).isEmpty(), "the intake sources are read from " + INTAKE.toAbsolutePath());
        assertEquals(List.of(), found, "intake must not import or name anything of uk.waymark.delivery");
    }

    @Test
    void noStatusIsSpeltInCodeOrSqlOutsideTheEnum() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(SOURCES)) {
            if (file.equals(INTAKE.resolve("CaseStatus.java"))) {
                continue;
            }
            String source = Files.readString(file, StandardCharsets.UTF_8);
            for (CaseStatus status : CaseStatus.values()) {
                if (source.contains("'" + status.name() + "'")) {
                    found.add(SOURCES.relativize(file) + ": '" + status.name() + "' in SQL");
                }
                if (source.contains("\"" + status.name() + "\"")) {
                    found.add(SOURCES.relativize(file) + ": \"" + status.name() + "\"");
                }
            }
            if (STATUS_LITERAL.matcher(source).find()) {
                found.add(SOURCES.relativize(file) + ": a status compared or set with a literal in SQL");
            }
        }
        assertEquals(List.of(), found, "statuses are bound from CaseStatus, never spelt out");
    }

    private static List<Path> javaFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
