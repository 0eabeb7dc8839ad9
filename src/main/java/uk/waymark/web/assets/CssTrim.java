package uk.waymark.web.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the rules of a minified style sheet whose selectors name only classes in use.
 *
 * <p>The sheet is read as statements: rules ({@code selectors{declarations}}), grouping
 * at-rules ({@code @media}, {@code @supports}, {@code @-moz-document}), whose rules are read in
 * turn, and other at-rules, kept whole or (for {@code @font-face}) dropped. A rule keeps the
 * selectors of its list whose every class is in use (a class inside {@code :not(…)} does not
 * count: a missing class makes {@code :not} match); a selector naming no class at all is kept. A
 * grouping rule with nothing left in it goes. Declarations are copied as they are, and so are
 * {@code /*!} licence comments.
 */
final class CssTrim {

    private static final Pattern CLASS = Pattern.compile("\\.((?:[a-zA-Z0-9_-]|\\\\.)+)");
    private static final List<String> GROUPING = List.of("@media", "@supports", "@-moz-document", "@document", "@layer");

    private final String css;
    private final Predicate<String> used;
    private int at;

    private CssTrim(String css, Predicate<String> used) {
        this.css = css;
        this.used = used;
    }

    /** The sheet with only the rules that style a class {@code used} accepts, or no class. */
    static String trim(String css, Predicate<String> used) {
        var trim = new CssTrim(css, used);
        var out = new StringBuilder(css.length() / 3);
        trim.statements(out, false);
        return out.toString();
    }

    /**
     * A hand-written sheet without its comments and the white space it does not need: around
     * braces, semicolons and commas, and after a colon ending a property's name.
     */
    static String minify(String css) {
        String text = css.replaceAll("(?s)/\\*(?!!).*?\\*/", "").replaceAll("\\s+", " ");
        text = text.replaceAll(" ?([{};,]) ?", "$1").replaceAll("([{;][a-z-]+): ", "$1:").replace(";}", "}");
        return text.strip() + "\n";
    }

    /** The classes a selector needs for it to match, leaving out those under {@code :not(…)}. */
    static List<String> classesOf(String selector) {
        String positive = withoutNot(selector);
        List<String> classes = new ArrayList<>();
        Matcher m = CLASS.matcher(positive);
        while (m.find()) {
            classes.add(m.group(1).replaceAll("\\\\(.)", "$1"));
        }
        return classes;
    }

    private void statements(StringBuilder out, boolean nested) {
        while (true) {
            skipSpace();
            if (at >= css.length()) {
                if (nested) {
                    throw new IllegalStateException("Style sheet ends inside a block");
                }
                return;
            }
            char c = css.charAt(at);
            if (c == '}') {
                if (!nested) {
                    throw new IllegalStateException("Unmatched } at " + at);
                }
                at++;
                return;
            }
            if (css.startsWith("/*", at)) {
                int end = css.indexOf("*/", at + 2);
                if (end < 0) {
                    throw new IllegalStateException("Unclosed comment at " + at);
                }
                if (css.startsWith("/*!", at)) {
                    out.append(css, at, end + 2);
                }
                at = end + 2;
            } else if (c == '@') {
                atRule(out);
            } else {
                rule(out);
            }
        }
    }

    private void atRule(StringBuilder out) {
        int start = at;
        int end = scanTo("{;");
        String prelude = css.substring(start, end);
        if (css.charAt(end) == ';') {
            out.append(prelude).append(';');
            at = end + 1;
            return;
        }
        at = end + 1;
        String keyword = prelude.split("[\\s(]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        if (GROUPING.contains(keyword)) {
            var inner = new StringBuilder();
            statements(inner, true);
            if (inner.length() > 0) {
                out.append(prelude).append('{').append(inner).append('}');
            }
        } else {
            int close = blockEnd();
            if (!keyword.equals("@font-face")) {
                out.append(prelude).append('{').append(css, end + 1, close).append('}');
            }
            at = close + 1;
        }
    }

    private void rule(StringBuilder out) {
        int start = at;
        int open = scanTo("{");
        String selectors = css.substring(start, open);
        at = open + 1;
        int close = blockEnd();
        List<String> kept = new ArrayList<>();
        for (String selector : splitTopLevel(selectors)) {
            if (classesOf(selector).stream().allMatch(used)) {
                kept.add(selector);
            }
        }
        if (!kept.isEmpty()) {
            out.append(String.join(",", kept)).append('{').append(css, open + 1, close).append('}');
        }
        at = close + 1;
    }

    /** The index of the first of {@code stops} outside strings and brackets, from here. */
    private int scanTo(String stops) {
        int depth = 0;
        for (int i = at; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' || c == '\'') {
                i = stringEnd(i);
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && stops.indexOf(c) >= 0) {
                return i;
            }
        }
        throw new IllegalStateException("Expected one of " + stops + " after " + at);
    }

    /** The index of the brace closing the block whose content starts here. */
    private int blockEnd() {
        int depth = 0;
        for (int i = at; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' || c == '\'') {
                i = stringEnd(i);
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        throw new IllegalStateException("Unclosed block after " + at);
    }

    private int stringEnd(int open) {
        char quote = css.charAt(open);
        for (int i = open + 1; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        throw new IllegalStateException("Unclosed string at " + open);
    }

    private void skipSpace() {
        while (at < css.length() && Character.isWhitespace(css.charAt(at))) {
            at++;
        }
    }

    static List<String> splitTopLevel(String selectors) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < selectors.length(); i++) {
            char c = selectors.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(selectors.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(selectors.substring(start).trim());
        return parts;
    }

    private static String withoutNot(String selector) {
        var out = new StringBuilder();
        int i = 0;
        while (i < selector.length()) {
            if (selector.startsWith(":not(", i)) {
                int depth = 0;
                int j = i + 4;
                for (; j < selector.length(); j++) {
                    char c = selector.charAt(j);
                    if (c == '\\') {
                        j++;
                    } else if (c == '(') {
                        depth++;
                    } else if (c == ')' && --depth == 0) {
                        break;
                    }
                }
                i = j + 1;
            } else {
                char c = selector.charAt(i);
                out.append(c);
                if (c == '\\' && i + 1 < selector.length()) {
                    out.append(selector.charAt(i + 1));
                    i++;
                }
                i++;
            }
        }
        return out.toString();
    }
}
