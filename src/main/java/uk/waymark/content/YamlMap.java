package uk.waymark.content;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping read field by field, recording a {@link Problem} with file, line and field
 * path for anything missing, mistyped or unknown, instead of stopping at the first.
 *
 * <p>SnakeYAML's node tree is used rather than object binding because it keeps the line of
 * every value, and because an unknown key (a typo such as {@code phnoe:}) must be reported,
 * not silently ignored.
 */
final class YamlMap {

    private final Path file;
    private final String path;
    private final int line;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();
    private final Problems problems;

    private final int shift;

    private YamlMap(Path file, String path, MappingNode node, Problems problems, int shift, int fallbackLine) {
        this.file = file;
        this.path = path;
        this.shift = shift;
        this.line = node.getStartMark() == null ? fallbackLine : lineOf(node) + shift;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (values.put(key.getValue(), tuple.getValueNode()) != null) {
                    problems.add(file, lineOf(key) + shift, field(key.getValue()), "appears twice");
                }
            } else {
                problems.add(file, lineOf(tuple.getKeyNode()) + shift, path, "has a key that is not plain text");
            }
        }
    }

    /** Parses YAML text whose first line is line {@code firstLine} of {@code file}. */
    static Optional<YamlMap> parse(Path file, String text, int firstLine, Problems problems) {
        var options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported as a problem above, with its line
        options.setMaxAliasesForCollections(10);
        try {
            Node root = new Yaml(options).compose(new java.io.StringReader(text));
            if (root == null) {
                problems.add(file, firstLine, "", "is empty");
                return Optional.empty();
            }
            if (!(root instanceof MappingNode mapping)) {
                problems.add(file, firstLine, "", "must be a set of 'name: value' fields");
                return Optional.empty();
            }
            return Optional.of(new YamlMap(file, "", mapping, problems, firstLine - 1, firstLine));
        } catch (MarkedYAMLException e) {
            int at = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + firstLine;
            problems.add(file, at, "", "is not valid YAML: " + e.getProblem());
            return Optional.empty();
        }
    }

    private YamlMap child(String key, MappingNode node) {
        return new YamlMap(file, field(key), node, problems, shift, lineOf(key));
    }

    Path file() {
        return file;
    }

    int line() {
        return line;
    }

    int lineOf(String key) {
        Node node = values.get(key);
        return node == null ? line() : lineOf(node) + shift;
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    boolean isText(String key) {
        return values.get(key) instanceof ScalarNode;
    }

    Optional<String> text(String key) {
        read.add(key);
        Node node = values.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            if (value.isEmpty()) {
                problem(key, "is empty");
                return Optional.empty();
            }
            return Optional.of(value);
        }
        problem(key, "must be plain text");
        return Optional.empty();
    }

    String requiredText(String key) {
        if (!has(key)) {
            read.add(key);
            problems.add(file, line(), field(key), "is missing");
            return "";
        }
        return text(key).orElse("");
    }

    boolean flag(String key, boolean otherwise) {
        return text(key).map(value -> switch (value) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problem(key, "must be true or false");
                yield otherwise;
            }
        }).orElse(otherwise);
    }

    Optional<Integer> number(String key) {
        return text(key).flatMap(value -> {
            try {
                return Optional.of(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                problem(key, "must be a whole number");
                return Optional.empty();
            }
        });
    }

    Optional<LocalDate> date(String key) {
        return text(key).flatMap(value -> {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                problem(key, "must be a date like 2026-11-24");
                return Optional.empty();
            }
        });
    }

    LocalDate requiredDate(String key) {
        if (!has(key)) {
            requiredText(key);
            return LocalDate.EPOCH;
        }
        return date(key).orElse(LocalDate.EPOCH);
    }

    Optional<YamlMap> map(String key) {
        read.add(key);
        Node node = values.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof MappingNode mapping) {
            return Optional.of(child(key, mapping));
        }
        problem(key, "must be a set of 'name: value' fields");
        return Optional.empty();
    }

    YamlMap requiredMap(String key) {
        if (!has(key)) {
            requiredText(key);
        }
        return map(key).orElseGet(() -> empty(key));
    }

    /** A list of plain texts; a single text counts as a list of one. */
    List<Entry<String>> texts(String key) {
        read.add(key);
        Node node = values.get(key);
        List<Entry<String>> result = new ArrayList<>();
        if (node == null) {
            return result;
        }
        if (node instanceof ScalarNode scalar) {
            result.add(new Entry<>(scalar.getValue().strip(), field(key), lineOf(scalar) + shift));
            return result;
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(key, "must be a list");
            return result;
        }
        int i = 0;
        for (Node item : sequence.getValue()) {
            String at = field(key) + "[" + i++ + "]";
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                result.add(new Entry<>(scalar.getValue().strip(), at, lineOf(item) + shift));
            } else {
                problems.add(file, lineOf(item) + shift, at, "must be plain text");
            }
        }
        return result;
    }

    /** A list of 'name: value' sets. */
    List<YamlMap> maps(String key) {
        read.add(key);
        Node node = values.get(key);
        List<YamlMap> result = new ArrayList<>();
        if (node == null) {
            return result;
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(key, "must be a list");
            return result;
        }
        int i = 0;
        for (Node item : sequence.getValue()) {
            String at = key + "[" + i++ + "]";
            if (item instanceof MappingNode mapping) {
                result.add(new YamlMap(file, field(at), mapping, problems, shift, lineOf(item) + shift));
            } else {
                problems.add(file, lineOf(item) + shift, field(at), "must be a set of 'name: value' fields");
            }
        }
        return result;
    }

    void problem(String key, String message) {
        problems.add(file, lineOf(key), field(key), message);
    }

    void problemHere(String message) {
        problems.add(file, line(), path, message);
    }

    /** Reports every key that no reader asked for: usually a misspelt field name. */
    void rejectUnknownFields() {
        for (String key : values.keySet()) {
            if (!read.contains(key)) {
                problem(key, "is not a known field");
            }
        }
    }

    private YamlMap empty(String key) {
        return child(key, new MappingNode(Tag.MAP, List.of(), DumperOptions.FlowStyle.BLOCK));
    }

    private static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** A value with the place it came from. */
    record Entry<T>(T value, String field, int line) {
    }
}
