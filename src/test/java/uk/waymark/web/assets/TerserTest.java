package uk.waymark.web.assets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build's minifier: shorter names, the same behaviour, a clear failure, and its cache. Tagged
 * "build": it runs in Maven's own JVM, as the build runs the minifier, not on the portal's JDK.
 */
@Tag("build")
class TerserTest {

    private static final String MODULE = """
            /* A module like the portal's: top-level names, a class, a template literal. */
            const greeting = 'Hello'
            class Announcer {
              constructor (name) { this.name = name }
              announce (count) { return `${greeting}, ${this.name}: ${count} new` }
            }
            function announceAll (names) {
              const announcements = names.map((name, index) => new Announcer(name).announce(index + 1))
              return announcements.join('; ')
            }
            globalThis.result = announceAll(['Sam', 'Alex'])
            """;

    @Test
    void shortensTheNamesAndKeepsWhatTheModuleDoes(@TempDir Path cache) throws Exception {
        String minified;
        try (var terser = new Terser(cache)) {
            minified = terser.minify(MODULE);
        }
        assertTrue(minified.length() < MODULE.length() / 2, minified);
        for (String name : new String[] {"announceAll", "announcements", "Announcer", "greeting", "A module like"}) {
            assertFalse(minified.contains(name), name + " is still in " + minified);
        }
        assertEquals("Hello, Sam: 1 new; Hello, Alex: 2 new", run(MODULE));
        assertEquals(run(MODULE), run(minified));
    }

    @Test
    void keepsEachResultInItsCacheAndTakesItFromThere(@TempDir Path cache) throws Exception {
        try (var terser = new Terser(cache)) {
            String first = terser.minify(MODULE);
            try (var files = Files.list(cache)) {
                Path kept = files.filter(f -> f.toString().endsWith(".js")).findFirst().orElseThrow();
                assertEquals(first, Files.readString(kept));
                Files.writeString(kept, "globalThis.result = 'from the cache'");
            }
            assertEquals("globalThis.result = 'from the cache'", terser.minify(MODULE), "the same input is not minified again");
            assertEquals(first.replace("Hello", "Hi"), terser.minify(MODULE.replace("Hello", "Hi")), "another input is");
        }
    }

    @Test
    void aScriptThatDoesNotParseStopsTheBuildWithTersersMessage(@TempDir Path cache) {
        try (var terser = new Terser(cache)) {
            var failure = assertThrows(IllegalStateException.class, () -> terser.minify("const broken = ("));
            assertTrue(failure.getMessage().startsWith("terser could not minify the script: ")
                    && failure.getMessage().contains("Unexpected token"), failure.getMessage());
        }
    }

    private static String run(String module) throws Exception {
        try (Context js = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build()) {
            js.eval(Source.newBuilder("js", module, "module.mjs").mimeType("application/javascript+module").build());
            return js.getBindings("js").getMember("result").asString();
        }
    }
}
