package uk.waymark.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.waymark.support.PackPortal;

import java.io.IOException;
import java.io.InputStream;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal serves GOV.UK Frontend's CSS cut to the classes its pages use: every GOV.UK class a
 * template writes (with {@code {{type}}} read as both {@code radios} and {@code checkboxes}),
 * a Java view model or Markdown's renderer spells, or GOV.UK's and the portal's scripts add at
 * run time, and that GOV.UK Frontend's whole style sheet styles, still has a rule in the sheets
 * Chromium loaded. Classes GOV.UK Frontend never styles (hooks for its scripts) are left out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StylesCoverClassesBrowserTest {

    private static final String FULL_CSS = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css";
    private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("\\bclass=\"([^\"]*)\"");
    private static final Pattern GOVUK_CLASS = Pattern.compile("govuk-[A-Za-z0-9_!-]*[A-Za-z0-9_]");
    private static final Pattern SELECTOR_CLASS = Pattern.compile("\\.((?:[A-Za-z0-9_-]|\\\\.)+)");

    /** Every class named in a selector of the page's same-origin style sheets, nested rules too. */
    private static final String SERVED_CLASSES = """
            const classes = new Set()
            const read = (rules) => {
              for (const rule of rules) {
                if (rule.selectorText) {
                  for (const m of rule.selectorText.matchAll(/\\.((?:[A-Za-z0-9_-]|\\\\.)+)/g)) {
                    classes.add(m[1].replace(/\\\\(.)/g, '$1'))
                  }
                }
                if (rule.cssRules) {
                  read(rule.cssRules)
                }
              }
            }
            for (const sheet of document.styleSheets) {
              read(sheet.cssRules)
            }
            return Array.from(classes)
            """;

    private final Browser browser = Browser.withJavaScript();
    private PackPortal portal;

    @BeforeAll
    void start() {
        portal = PackPortal.start("bolsover", Map.of());
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    @Test
    void everyClassThePagesUseHasItsRules() throws IOException {
        browser.open(portal.url("/"));
        Set<String> used = usedClasses();
        assertTrue(used.contains("govuk-radios__conditional--hidden") && used.contains("govuk-exit-this-page__indicator"),
                "classes the scripts add are read too: " + used);
        assertEquals(Set.of(), missing(used, servedClasses()), "used classes without their rules in the served CSS");
    }

    @Test
    void theCheckFailsWhenARuleIsMissing() throws IOException {
        browser.open(portal.url("/"));
        // Remove from the page every rule for the warning text's icon, as a cut too deep would.
        browser.script("""
                const drop = (list) => {
                  for (let i = list.cssRules.length - 1; i >= 0; i--) {
                    const rule = list.cssRules[i]
                    if (rule.selectorText && rule.selectorText.includes('.govuk-warning-text__icon')) {
                      list.deleteRule(i)
                    } else if (rule.cssRules) {
                      drop(rule)
                    }
                  }
                }
                for (const sheet of document.styleSheets) { drop(sheet) }
                """);
        assertEquals(Set.of("govuk-warning-text__icon"), missing(usedClasses(), servedClasses()));
    }

    private Set<String> servedClasses() {
        @SuppressWarnings("unchecked")
        List<String> served = (List<String>) browser.script(SERVED_CLASSES);
        assertFalse(served.isEmpty(), "the page's style sheets are readable");
        return new TreeSet<>(served);
    }

    /** The used classes GOV.UK Frontend styles that the served sheets have no rule for. */
    private static Set<String> missing(Set<String> used, Set<String> served) throws IOException {
        Set<String> styledByGovuk = selectorClasses(read(FULL_CSS));
        Set<String> missing = new TreeSet<>();
        for (String name : used) {
            if (styledByGovuk.contains(name) && !served.contains(name)) {
                missing.add(name);
            }
        }
        return missing;
    }

    private Set<String> usedClasses() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path template : files(Path.of("templates"), ".hbs")) {
            Matcher attribute = CLASS_ATTRIBUTE.matcher(Files.readString(template));
            while (attribute.find()) {
                for (String type : List.of("radios", "checkboxes")) {
                    String value = attribute.group(1).replaceAll("\\{\\{(?:\\.\\./)?type}}", type)
                            .replaceAll("\\{\\{[^}]*}}", " ");
                    Matcher m = GOVUK_CLASS.matcher(value);
                    while (m.find()) {
                        used.add(m.group());
                    }
                }
            }
        }
        for (Path source : files(Path.of("src/main/java"), ".java")) {
            Matcher m = GOVUK_CLASS.matcher(Files.readString(source));
            while (m.find()) {
                used.add(m.group());
            }
        }
        String prefix = (String) browser.script(
                "return new URL('.', document.querySelector('script[type=module]').src).pathname");
        Matcher m = Pattern.compile("['\"`](govuk-[A-Za-z0-9_-]+)['\"`]").matcher(fetch(prefix + "waymark.js"));
        while (m.find()) {
            used.add(m.group(1));
        }
        return used;
    }

    private String fetch(String path) {
        return (String) browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], { cache: 'no-store' }).then(r => r.text()).then(done, e => done(String(e)))", path);
    }

    private static Set<String> selectorClasses(String css) {
        Set<String> classes = new TreeSet<>();
        String selectors = css.replaceAll("\\{[^{}]*}", "{}");
        Matcher m = SELECTOR_CLASS.matcher(selectors);
        while (m.find()) {
            String name = m.group(1).replaceAll("\\\\(.)", "$1");
            if (!name.matches("[0-9].*")) {
                classes.add(name);
            }
        }
        return classes;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = StylesCoverClassesBrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList());
        }
    }
}
