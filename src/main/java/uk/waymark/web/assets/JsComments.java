package uk.waymark.web.assets;

/**
 * Removes a script's comments, and nothing else, for {@link ModuleLinker} to read its code:
 * white space and line breaks stay as they were, and a comment leaves a space or a line break
 * where code needs one. Strings, template literals and regular expressions are copied as they
 * are. (The build's minifier is terser: {@link Terser}.)
 */
final class JsComments {

    /** Characters around which a space is never needed. */
    private static final String PUNCTUATION = "{}()[];,:=<>?!&|*%^~";
    /** After these (or at the start), a slash begins a regular expression, not a division. */
    private static final String BEFORE_REGEX = "(,=:[!&|?{};+-*%<>~^";
    private static final java.util.Set<String> KEYWORDS_BEFORE_REGEX =
            java.util.Set.of("return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw", "instanceof", "yield", "await");

    private final String src;
    private final StringBuilder out;
    private int i;
    private boolean pendingSpace;
    private boolean pendingNewline;

    private JsComments(String src) {
        this.src = src;
        this.out = new StringBuilder(src.length());
    }

    /** The script without its comments, its white space and line breaks as they were. */
    static String withoutComments(String source) {
        var m = new JsComments(source);
        m.code(false);
        return m.out.toString();
    }

    /** Copies code until the end, or (in a template's substitution) until its closing brace. */
    private void code(boolean inTemplate) {
        int braces = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append(c);
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalStateException("Unclosed comment at " + i);
                }
                if (src.substring(i, end).indexOf('\n') >= 0) {
                    pendingNewline = true;
                } else {
                    pendingSpace = true;
                }
                i = end + 2;
            } else if (c == '\'' || c == '"') {
                emit(c);
                copyString(c);
            } else if (c == '`') {
                emit(c);
                i++;
                template();
            } else if (c == '/' && regexAllowed()) {
                emit(c);
                copyRegex();
            } else {
                if (inTemplate && c == '}' && braces == 0) {
                    flushNothing();
                    return;
                }
                if (c == '{') {
                    braces++;
                } else if (c == '}') {
                    braces--;
                }
                emit(c);
                i++;
            }
        }
        if (inTemplate) {
            throw new IllegalStateException("Unclosed substitution in a template literal");
        }
    }

    /** Writes {@code c}, after the space or line break it needs from what came before. */
    private void emit(char c) {
        char prev = last();
        if (pendingNewline && prev != 0) {
            if ("{;,([".indexOf(prev) < 0 && "})]".indexOf(c) < 0) {
                out.append('\n');
            } else if (needsSpace(prev, c)) {
                out.append(' ');
            }
        } else if (pendingSpace && prev != 0 && needsSpace(prev, c)) {
            out.append(' ');
        }
        pendingNewline = false;
        pendingSpace = false;
        out.append(c);
    }

    private void flushNothing() {
        pendingNewline = false;
        pendingSpace = false;
    }

    private static boolean needsSpace(char a, char b) {
        if ((a == '+' || a == '-') && (b == '+' || b == '-')) {
            return true;
        }
        if (a == '/' || b == '/') {
            return true;
        }
        return PUNCTUATION.indexOf(a) < 0 && PUNCTUATION.indexOf(b) < 0;
    }

    private char last() {
        return out.length() == 0 ? 0 : out.charAt(out.length() - 1);
    }

    private boolean regexAllowed() {
        char prev = last();
        if (prev == 0 || BEFORE_REGEX.indexOf(prev) >= 0) {
            return true;
        }
        int end = out.length();
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(out.charAt(start - 1))) {
            start--;
        }
        return start < end && KEYWORDS_BEFORE_REGEX.contains(out.substring(start, end));
    }

    private void copyString(char quote) {
        i++;
        while (i < src.length()) {
            char c = src.charAt(i);
            out.append(c);
            i++;
            if (c == '\\') {
                out.append(src.charAt(i));
                i++;
            } else if (c == quote) {
                return;
            } else if (c == '\n') {
                throw new IllegalStateException("Line break in a string at " + i);
            }
        }
        throw new IllegalStateException("Unclosed string");
    }

    private void template() {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') {
                out.append(c).append(src.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                out.append(c);
                i++;
                return;
            } else if (c == '$' && i + 1 < src.length() && src.charAt(i + 1) == '{') {
                out.append(c).append('{');
                i += 2;
                code(true);
                out.append('}');
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        throw new IllegalStateException("Unclosed template literal");
    }

    private void copyRegex() {
        i++;
        boolean inClass = false;
        while (i < src.length()) {
            char c = src.charAt(i);
            out.append(c);
            i++;
            if (c == '\\') {
                out.append(src.charAt(i));
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                while (i < src.length() && Character.isLetter(src.charAt(i))) {
                    out.append(src.charAt(i));
                    i++;
                }
                return;
            } else if (c == '\n') {
                throw new IllegalStateException("Line break in a regular expression at " + i);
            }
        }
        throw new IllegalStateException("Unclosed regular expression");
    }
}
