package uk.waymark;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The README's arrows between packages ("How it is built") are the imports of the sources: no
 * file imports from a package its own does not point to. Every package may use {@code config}.
 * The arrows are read from the README, so the README cannot drift from the code unnoticed.
 */
class PackageArrowsTest {

    private static final String ROOT = "(root)";
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?uk\\.waymark\\.([a-z]+|[A-Z][A-Za-z]*)\\b", Pattern.MULTILINE);

    @Test
    void everyImportFollowsAnArrow() throws IOException {
        Map<String, Set<String>> arrows = arrows();
        assertTrue(arrows.size() >= 12, "arrows read from the README: " + arrows);
        List<String> wrong = new ArrayList<>();
        Path sources = Path.of("src/main/java/uk/waymark");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = sources.relativize(file);
                String from = relative.getNameCount() == 1 ? ROOT : relative.getName(0).toString();
                Set<String> allowed = arrows.get(from);
                if (allowed == null) {
                    wrong.add(relative + ": its package " + from + " has no line in the README's arrows");
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String to = Character.isUpperCase(m.group(1).charAt(0)) ? ROOT : m.group(1);
                    if (!to.equals(from) && !to.equals("config") && !allowed.contains(to)) {
                        wrong.add(relative + " imports " + to + ": " + from + " → " + allowed);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aMissingArrowIsFound() {
        Map<String, Set<String>> arrows = arrows();
        assertTrue(!arrows.get("intake").contains("delivery") && arrows.get("delivery").contains("intake"));
    }

    /** The README's block: "a, b → c, d"; "Application, Preflight" is the root package. */
    private static Map<String, Set<String>> arrows() {
        String readme;
        try {
            readme = Files.readString(Path.of("README.md"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        int start = readme.indexOf("```", readme.indexOf("The arrows between packages"));
        String block = readme.substring(start + 3, readme.indexOf("```", start + 3));
        Map<String, Set<String>> arrows = new HashMap<>();
        List<String> pending = new ArrayList<>();
        for (String line : block.strip().split("\n")) {
            String[] sides = line.split("→");
            pending.addAll(names(sides[0]));
            if (sides.length == 2) {
                Set<String> to = new TreeSet<>(sides[1].contains("nothing") ? Set.of() : names(sides[1]));
                pending.forEach(from -> arrows.put(from, to));
                pending.clear();
            }
        }
        return arrows;
    }

    private static List<String> names(String list) {
        return Stream.of(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(name -> Character.isUpperCase(name.charAt(0)) ? ROOT : name).distinct().toList();
    }
}
