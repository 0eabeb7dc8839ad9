package uk.waymark.web.assets;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The script and the library modules it imports, as one module: in order, nothing extra, no clash. */
class ModuleLinkerTest {

    private static final Map<String, String> LIBRARY = Map.of(
            "all.mjs", """
                    export { Button } from './button.mjs';
                    export { Radios } from './radios.mjs';
                    """,
            "common.mjs", """
                    function isSupported() {
                      return true;
                    }
                    export { isSupported };
                    """,
            "button.mjs", """
                    import { isSupported } from './common.mjs';
                    class Button {
                      constructor() { this.supported = isSupported(); }
                    }
                    export { Button };
                    """,
            "radios.mjs", """
                    class Radios {
                    }
                    export { Radios };
                    """);
    private static final Function<String, String> READ = LIBRARY::get;

    @Test
    void putsWhatTheScriptImportsInFrontOfItAndLeavesTheRestOut() {
        String script = """
                // The portal's script
                import {
                  Button
                } from 'library'
                new Button()
                """;
        assertEquals("""
                function isSupported() {
                  return true;
                }

                class Button {
                  constructor() { this.supported = isSupported(); }
                }

                // The portal's script

                new Button()
                """, ModuleLinker.bundle(READ, "all.mjs", script, "library").replaceAll("\\n{3,}", "\n\n"));
    }

    @Test
    void refusesAScriptThatDeclaresANameTheLibraryDeclares() {
        String script = """
                import { Button } from 'library'
                function isSupported () { return false }
                """;
        var failure = assertThrows(IllegalStateException.class, () -> ModuleLinker.bundle(READ, "all.mjs", script, "library"));
        assertTrue(failure.getMessage().contains("isSupported"), failure.getMessage());
    }

    @Test
    void refusesAScriptThatImportsFromAnywhereElseOrImportsNothing() {
        assertThrows(IllegalStateException.class, () -> ModuleLinker.bundle(READ, "all.mjs",
                "import { Button } from 'library'\nimport { other } from './other.js'\n", "library"));
        assertThrows(IllegalStateException.class, () -> ModuleLinker.bundle(READ, "all.mjs",
                "export const answer = 42\n", "library"));
    }
}
