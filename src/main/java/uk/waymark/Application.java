package uk.waymark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import uk.waymark.content.Pack;
import uk.waymark.content.PackCheck;
import uk.waymark.content.PackException;
import uk.waymark.content.PackLoader;
import uk.waymark.delivery.Outbox;
import uk.waymark.intake.EncryptionKeys;
import uk.waymark.intake.EncryptionKeysException;
import uk.waymark.intake.KeyRotation;

import java.nio.file.Path;
import java.util.List;

public final class Application {

    /** The environment of the one-off commands: no web server, and no case is sent. */
    public static final String COMMAND = "command";

    private Application() {
    }

    /**
     * Starts the portal; or, as {@code check [pack ...]}, checks content packs and exits with
     * status 1 if any has a problem; or, as {@code rotate-keys}, re-encrypts every case under the
     * current encryption key; or, as {@code redrive [reference]}, sends dead-lettered cases
     * again. Commands do not start the web server or send cases themselves.
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("check")) {
            String directory = System.getenv().getOrDefault("WAYMARK_CONTENT_DIR", "content");
            System.exit(PackCheck.run(Path.of(directory), List.of(args).subList(1, args.length), System.out) == 0 ? 0 : 1);
        }
        if (args.length > 0 && args[0].equals("rotate-keys")) {
            checkedEncryptionKeys(new String[0]);
            int status;
            try (var context = ApplicationContext.builder().mainClass(Application.class).environments(COMMAND).start()) {
                status = context.getBean(KeyRotation.class).run(System.out);
            }
            System.exit(status);
        }
        if (args.length > 0 && args[0].equals("redrive")) {
            checkedEncryptionKeys(new String[0]);
            try (var context = ApplicationContext.builder().mainClass(Application.class).environments(COMMAND).start()) {
                int revived = context.getBean(Outbox.class).redrive(args.length > 1 ? args[1] : null);
                System.out.println(revived + (revived == 1 ? " dead-lettered case" : " dead-lettered cases")
                        + " will be sent again by the running portal");
            }
            System.exit(0);
        }
        Pack pack;
        try (var context = ApplicationContext.builder().args(args).mainClass(Application.class).build()) {
            var environment = context.getEnvironment().start();
            pack = checkedPack(environment);
            checkedEncryptionKeys(environment);
        }
        Micronaut.build(args).mainClass(Application.class).banner(false).singletons(pack).start();
    }

    /**
     * Loads the configured pack before anything else starts, so that a missing or broken pack
     * ends the process with the list of problems alone, not buried in a stack trace.
     */
    private static Pack checkedPack(Environment environment) {
        try {
            String directory = environment.getRequiredProperty("waymark.content.directory", String.class);
            String pack = environment.getRequiredProperty("waymark.content.pack", String.class);
            return new PackLoader(Path.of(directory)).load(pack);
        } catch (PackException e) {
            System.err.println("Waymark cannot start.\n" + e.getMessage()
                    + "\nFix the pack, or choose another with WAYMARK_PACK. Check a pack with: ./mvnw -q compile exec:java -Dexec.args=\"check <pack>\"");
            System.exit(2);
            throw e;
        }
    }

    /**
     * Checks the encryption keys before anything else starts, so that a portal with a real
     * database and no key stops with what to set, not a stack trace.
     */
    private static void checkedEncryptionKeys(String[] args) {
        try (var context = ApplicationContext.builder().args(args).mainClass(Application.class).build()) {
            checkedEncryptionKeys(context.getEnvironment().start());
        }
    }

    private static void checkedEncryptionKeys(Environment environment) {
        try {
            EncryptionKeys.load(environment.getProperty("waymark.encryption.keys", String.class).orElse(null),
                    environment.getRequiredProperty("datasources.default.url", String.class));
        } catch (EncryptionKeysException e) {
            System.err.println("Waymark cannot start.\n" + e.getMessage());
            System.exit(2);
            throw e;
        }
    }
}
