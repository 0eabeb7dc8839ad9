package uk.waymark.support;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu Html Checker (the W3C's HTML validator, the same checks as vnu.jar and
 * validator.w3.org/nu) run in this process: the HTML schema, its assertions (duplicate ids,
 * labels, ARIA), the parser's own errors and the language check. Setting it up takes a few seconds, so one instance
 * checks many documents, one after another.
 */
public final class HtmlChecker {

    /** The schema vnu.jar checks HTML documents with by default. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    public enum Kind { ERROR, WARNING }

    public record Message(Kind kind, int line, int column, String text, String source) {
        @Override
        public String toString() {
            return kind.name().toLowerCase() + " at " + line + ":" + column + ": " + text + (source.isEmpty() ? "" : "\n      " + source);
        }
    }

    private final List<SAXParseException> errors = new ArrayList<>();
    private final List<SAXParseException> warnings = new ArrayList<>();
    private final SimpleDocumentValidator validator;

    public HtmlChecker() {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                warnings.add(e);
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e);
            }
        };
        try {
            // As vnu.jar checks files: log4j set up quietly, no external entities, language detection on.
            validator = new SimpleDocumentValidator(true, false, true);
            validator.setUpMainSchema(SCHEMA, collect);
            validator.setUpValidatorAndParsers(collect, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker did not start", e);
        }
    }

    /** Every error and warning the checker finds in this document, in order. */
    public synchronized List<Message> check(String name, String html) {
        errors.clear();
        warnings.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        source.setSystemId(name);
        try {
            validator.checkHtmlInputSource(source);
        } catch (SAXParseException e) {
            if (!errors.contains(e)) {
                errors.add(e);
            }
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("the checker could not read " + name, e);
        }
        String[] lines = html.split("\n", -1);
        List<Message> messages = new ArrayList<>();
        errors.forEach(e -> messages.add(message(Kind.ERROR, e, lines)));
        warnings.forEach(e -> messages.add(message(Kind.WARNING, e, lines)));
        return messages;
    }

    private static Message message(Kind kind, SAXParseException e, String[] lines) {
        int line = e.getLineNumber();
        String source = line >= 1 && line <= lines.length ? excerpt(lines[line - 1], e.getColumnNumber()) : "";
        return new Message(kind, line, e.getColumnNumber(), e.getMessage(), source);
    }

    /** About 160 characters of the line, ending where the checker points. */
    private static String excerpt(String line, int column) {
        int end = Math.min(line.length(), Math.max(column, 0) + 20);
        int start = Math.max(0, end - 160);
        return line.substring(start, end).strip();
    }
}
