package uk.waymark;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launch the README, the run command, the Dockerfile and the benchmark share: the JVM options
 * file and the compiler directives beside it, which keep start-only code from C2.
 */
class LaunchTest {

    private static final Path DIRECTIVES = Path.of("src/main/jvm/compiler.directives");

    @Test
    void everyLaunchNamesTheCompilerDirectives() throws IOException {
        List<String> readmeLaunches = Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.contains("java @src/main/jvm/waymark.options")).toList();
        assertFalse(readmeLaunches.isEmpty());
        for (String line : readmeLaunches) {
            assertTrue(line.contains("-XX:CompilerDirectivesFile=src/main/jvm/compiler.directives -jar"), line);
        }
        assertTrue(Files.readString(Path.of("pom.xml"))
                .contains("<argument>-XX:CompilerDirectivesFile=src/main/jvm/compiler.directives</argument>"));
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertTrue(dockerfile.contains("src/main/jvm/compiler.directives src/main/jvm/train /app/jvm/"), "the image has the file");
        assertTrue(dockerfile.contains("\"-XX:CompilerDirectivesFile=/app/jvm/compiler.directives\", \"-jar\""), "its entry point names it");
        assertTrue(Files.readString(Path.of("src/bench/run"))
                .contains("-XX:CompilerDirectivesFile=\"$ROOT/src/main/jvm/compiler.directives\""));
        // a diagnostic flag: the options file, first on every launch, unlocks it
        assertTrue(Files.readAllLines(Path.of("src/main/jvm/waymark.options")).contains("-XX:+UnlockDiagnosticVMOptions"));
    }

    @Test
    void theJvmTakesTheDirectives() throws Exception {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=" + DIRECTIVES, "-version")
                .redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, java.exitValue(), output);
        assertTrue(output.startsWith("1 compiler directives added"), output);
    }

    /**
     * The JDK's bytecode writer: its class-file API on JDK 25, its copy of ASM on JDK 17. The
     * directives name both, so that the portal started on either keeps its writer from C2; the
     * one of the JDK the tests run on must exist, the other may not.
     */
    private static final String CLASS_FILE_API = "jdk/internal/classfile/impl";
    private static final String JDK_ASM = "jdk/internal/org/objectweb/asm";

    /** A pattern whose package, class or method was renamed or dropped would keep nothing from C2, silently. */
    @Test
    void eachPatternNamesCodeOnTheClassPath() throws Exception {
        String otherWriter = Runtime.version().feature() >= 25 ? JDK_ASM : CLASS_FILE_API;
        Matcher pattern = Pattern.compile("\"([\\w/$*]+)\\.([\\w*]+)\"").matcher(Files.readString(DIRECTIVES));
        int patterns = 0;
        while (pattern.find()) {
            patterns++;
            String type = pattern.group(1);
            String method = pattern.group(2);
            if (type.endsWith("/*")) {
                String path = type.substring(0, type.length() - 2);
                if (path.equals(otherWriter)) {
                    continue;
                }
                assertTrue(inTheJdk(path) || onTheClassPath(path), path + " is neither in the JDK nor on the class path");
            } else {
                Class<?> named = Class.forName(type.replace('/', '.'), false, ClassLoader.getSystemClassLoader());
                assertTrue(method.equals("*") || Arrays.stream(named.getDeclaredMethods()).anyMatch(m -> m.getName().equals(method)),
                        type + " has no method " + method);
            }
        }
        assertEquals(9, patterns);
    }

    private static boolean inTheJdk(String path) {
        String name = path.replace('/', '.');
        return ModuleLayer.boot().modules().stream().anyMatch(module -> module.getPackages().contains(name));
    }

    private static boolean onTheClassPath(String path) throws IOException {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path location = Path.of(entry);
            if (Files.isDirectory(location)) {
                if (Files.isDirectory(location.resolve(path))) {
                    return true;
                }
            } else if (entry.endsWith(".jar") && Files.isRegularFile(location)) {
                try (JarFile jar = new JarFile(location.toFile())) {
                    if (jar.stream().anyMatch(e -> e.getName().startsWith(path + "/") && e.getName().endsWith(".class"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
