package uk.waymark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import uk.waymark.content.Pack;
import uk.waymark.content.PackException;
import uk.waymark.content.PackLoader;

import java.nio.file.Path;

public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Pack pack = checkedPack(args);
        Micronaut.build(args).mainClass(Application.class).singletons(pack).start();
    }

    /**
     * Loads the configured pack before anything else starts, so that a missing or broken pack
     * ends the process with the list of problems alone, not buried in a stack trace.
     */
    private static Pack checkedPack(String[] args) {
        try (var context = ApplicationContext.builder().args(args).mainClass(Application.class).build()) {
            var environment = context.getEnvironment().start();
            String directory = environment.getRequiredProperty("waymark.content.directory", String.class);
            String pack = environment.getRequiredProperty("waymark.content.pack", String.class);
            return new PackLoader(Path.of(directory)).load(pack);
        } catch (PackException e) {
            System.err.println("Waymark cannot start.\n" + e.getMessage()
                    + "\nFix the pack, or choose another with WAYMARK_PACK. Check a pack with: ./mvnw -q exec:java -Dexec.args=\"check <pack>\"");
            System.exit(2);
            throw e;
        }
    }
}
