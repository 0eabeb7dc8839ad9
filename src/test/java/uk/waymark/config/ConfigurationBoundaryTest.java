package uk.waymark.config;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One door for configuration: outside {@code uk.waymark.config}, no source reads an environment
 * variable or a property by name, binds a property with an annotation, or spells the name of a
 * setting. A name is a key of application.yml (a whole setting such as
 * {@code waymark.forms.rate-window}, or a group such as {@code waymark.forms}), so metric names
 * ({@code waymark.outbox.delivered}) and file names ({@code waymark.css}) are not names. Read
 * from the source files.
 */
class ConfigurationBoundaryTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path DOOR = SOURCES.resolve(Path.of("uk", "waymark", "config"));
    private static final Path SETTINGS = Path.of("src", "main", "resources", "application.yml");

    /** Ways of reading configuration that only the door may use. */
    private static final List<String> READERS = List.of("System.getenv", "getProperty(", "getRequiredProperty(", "@Property(",
            "@Value(", "@ConfigurationProperties(", "@EachProperty(", "@Requires(property");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void nothingOutsideTheDoorKnowsTheNameOfASetting() throws IOException {
        Set<String> names = names();
        List<Path> files = javaFiles(SOURCES);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            if (!file.startsWith(DOOR)) {
                found.addAll(problems(SOURCES.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8), names));
            }
        }
        assertTrue(files.size() > 50 && files.stream().anyMatch(file -> file.startsWith(DOOR)),
                "the sources are read from " + SOURCES.toAbsolutePath());
        assertEquals(List.of(), found, "settings are read in uk.waymark.config alone, and given to the rest as typed records");
    }

    @Test
    void theNamesAreTheKeysOfApplicationYml() throws IOException {
        Set<String> names = names();
        assertTrue(names.containsAll(List.of("waymark.forms", "waymark.forms.rate-window", "waymark.content.directory",
                "waymark.encryption.keys", "datasources.default.url", "micronaut.server.port")), names.toString());
        assertTrue(!names.contains("waymark.outbox.delivered") && !names.contains("waymark.css") && !names.contains("waymark"),
                names.toString());
    }

    @Test
    void theCheckFindsEachWayOfReadingASettingAndOnlyThose() throws IOException {
        Set<String> names = names();
        assertEquals(List.of(
                "A.java:1: System.getenv: String dir = System.getenv(\"WAYMARK_CONTENT_DIR\");",
                "A.java:2: getProperty(: environment.getProperty(\"x\", String.class);",
                "A.java:3: @Property(: Foo(@Property(name = \"y\") String y) {",
                "A.java:4: @Value(: Foo(@Value(\"z\") String z) {",
                "A.java:5: \"waymark.forms.rate-window\": Duration window = get(\"waymark.forms.rate-window\");",
                "A.java:6: \"datasources.default\": String prefix = \"datasources.default\";",
                "A.java:7: \"${anything}\": @Scheduled(fixedDelay = \"${anything}\")"),
                problems("A.java", """
                        String dir = System.getenv("WAYMARK_CONTENT_DIR");
                        environment.getProperty("x", String.class);
                        Foo(@Property(name = "y") String y) {
                        Foo(@Value("z") String z) {
                        Duration window = get("waymark.forms.rate-window");
                        String prefix = "datasources.default";
                        @Scheduled(fixedDelay = "${anything}")
                        meters.counter("waymark.outbox.delivered");
                        add("waymark.css", "text/css", read("assets/waymark.css"));
                        String message = "Set WAYMARK_ENCRYPTION_KEYS, then start again: \\"waymark\\"";
                        """, names));
    }

    /** What in this source reads a setting, one line each: file, line, what and the line. */
    static List<String> problems(String name, String source, Set<String> settings) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (String reader : READERS) {
                if (line.contains(reader)) {
                    found.add(name + ":" + (i + 1) + ": " + reader + ": " + line.strip());
                }
            }
            Matcher string = STRING.matcher(line);
            while (string.find()) {
                String text = string.group(1);
                if (settings.contains(text) || text.contains("${")) {
                    found.add(name + ":" + (i + 1) + ": \"" + text + "\": " + line.strip());
                }
            }
        }
        return found;
    }

    /** Every key of application.yml with at least one dot: each setting and each group of them. */
    private static Set<String> names() throws IOException {
        try (Reader reader = Files.newBufferedReader(SETTINGS, StandardCharsets.UTF_8)) {
            Set<String> names = new TreeSet<>();
            collect("", new Yaml().load(reader), names);
            return names;
        }
    }

    private static void collect(String prefix, Object node, Set<String> names) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                String name = prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key;
                if (name.contains(".")) {
                    names.add(name);
                }
                collect(name, value, names);
            });
        }
    }

    private static List<Path> javaFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
