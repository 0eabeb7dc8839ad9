package uk.waymark.web.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes the portal's pages can carry, read from where they are written: the templates'
 * {@code class} attributes (a {@code {{value}}} inside a class name stands for any word the Java
 * sources quote, so {@code govuk-{{type}}__item} covers {@code "radios"} and {@code "checkboxes"}
 * from the view models), the GOV.UK class names spelt
 * in Java sources (a name ending in {@code -}, such as {@code govuk-input--width-}, is a prefix
 * the code completes), and every class name quoted in the scripts, GOV.UK Frontend's components
 * and the portal's own (the classes they add at run time).
 */
final class UsedClasses implements Predicate<String> {

    private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("\\bclass=\"([^\"]*)\"");
    private static final Pattern BLOCK_TAG = Pattern.compile("\\{\\{(?:[#/^][^}]*|else[^}]*)}}");
    private static final Pattern MUSTACHE = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern GOVUK_NAME = Pattern.compile("govuk-[A-Za-z0-9_!-]+");
    private static final Pattern QUOTED_WORD = Pattern.compile("\"([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\"");
    private static final Pattern QUOTED_NAME = Pattern.compile("['\"`]([A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z][A-Za-z0-9_-]*)*)['\"`]");

    private final Set<String> names = new TreeSet<>();
    private final Set<String> prefixes = new TreeSet<>();
    private final Set<String> words = new TreeSet<>();
    private final List<String> templated = new ArrayList<>();
    private List<Pattern> patterns;

    @Override
    public boolean test(String name) {
        if (patterns == null) {
            String word = "(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")";
            patterns = new ArrayList<>();
            for (String token : templated) {
                var regex = new StringBuilder();
                Matcher m = MUSTACHE.matcher(token);
                int last = 0;
                while (m.find()) {
                    regex.append(Pattern.quote(token.substring(last, m.start()))).append(word);
                    last = m.end();
                }
                patterns.add(Pattern.compile(regex.append(Pattern.quote(token.substring(last))).toString()));
            }
        }
        return names.contains(name)
                || prefixes.stream().anyMatch(name::startsWith)
                || patterns.stream().anyMatch(p -> p.matcher(name).matches());
    }

    /** Reads the class attributes of a Handlebars template. */
    void addTemplate(String template) {
        Matcher attribute = CLASS_ATTRIBUTE.matcher(template);
        while (attribute.find()) {
            String value = BLOCK_TAG.matcher(attribute.group(1)).replaceAll(" ");
            for (String token : value.trim().split("\\s+")) {
                if (token.isEmpty() || MUSTACHE.matcher(token).replaceAll("").isEmpty()) {
                    continue; // a class the code supplies whole (read from the Java sources)
                }
                if (token.contains("{{")) {
                    templated.add(token);
                } else {
                    names.add(token);
                }
            }
        }
    }

    /** Reads the GOV.UK class names in a Java source file. */
    void addJava(String source) {
        Matcher quoted = QUOTED_WORD.matcher(source);
        while (quoted.find()) {
            words.add(quoted.group(1));
        }
        Matcher m = GOVUK_NAME.matcher(source);
        while (m.find()) {
            String name = m.group();
            if (name.endsWith("-")) {
                if (name.length() > "govuk-".length() + 2) {
                    prefixes.add(name);
                }
            } else {
                names.add(name);
            }
        }
    }

    /** Reads every quoted word that could be a class name in a script. */
    void addScript(String script) {
        Matcher m = QUOTED_NAME.matcher(script);
        while (m.find()) {
            for (String name : m.group(1).split(" ")) {
                names.add(name);
            }
        }
        Matcher govuk = GOVUK_NAME.matcher(script);
        while (govuk.find()) {
            if (!govuk.group().endsWith("-")) {
                names.add(govuk.group());
            }
        }
    }

    /** Every name, prefix and pattern, for the build's log. */
    String describe() {
        return names.size() + " classes, prefixes " + prefixes + ", in templates " + templated;
    }
}
