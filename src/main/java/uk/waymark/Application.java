package uk.waymark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import uk.waymark.config.JdkHttpClient;
import uk.waymark.config.Settings;
import uk.waymark.content.PackCheck;
import uk.waymark.delivery.DeliveryTest;
import uk.waymark.delivery.Outbox;
import uk.waymark.intake.KeyRotation;

import java.nio.file.Path;
import java.util.List;

public final class Application {

    private Application() {
    }

    /**
     * Starts the portal; or, as {@code check [pack ...]}, checks content packs and exits with
     * status 1 if any has a problem; or, as {@code rotate-keys}, re-encrypts every case under the
     * current encryption key; or, as {@code redrive [reference]}, sends dead-lettered cases
     * again; or, as {@code test-delivery}, sends a harmless test through the configured channel
     * and says how it went (status 1 if it was not accepted). Commands do not start the web server or send cases themselves. The portal and the
     * commands start through {@link Preflight}: a broken pack or a missing key ends the process
     * with status 2 and what to fix.
     */
    public static void main(String[] args) {
        JdkHttpClient.retryRequestsOnClosedConnections();
        if (args.length > 0 && args[0].equals("check")) {
            String directory = Settings.read(ApplicationContext.builder().mainClass(Application.class), Settings::content).directory();
            System.exit(PackCheck.run(Path.of(directory), List.of(args).subList(1, args.length), System.out) == 0 ? 0 : 1);
        }
        if (args.length > 0 && args[0].equals("rotate-keys")) {
            int status;
            try (var context = started(command())) {
                status = context.getBean(KeyRotation.class).run(System.out);
            }
            System.exit(status);
        }
        if (args.length > 0 && args[0].equals("redrive")) {
            try (var context = started(command())) {
                int revived = context.getBean(Outbox.class).redrive(args.length > 1 ? args[1] : null);
                System.out.println(revived + (revived == 1 ? " dead-lettered case" : " dead-lettered cases")
                        + " will be sent again by the running portal");
            }
            System.exit(0);
        }
        if (args.length > 0 && args[0].equals("test-delivery")) {
            int status;
            try (var context = started(command())) {
                status = context.getBean(DeliveryTest.class).run(System.out);
            }
            System.exit(status);
        }
        started(new Preflight.Server().args(args).mainClass(Application.class).banner(false));
    }

    /** The context of the one-off commands: no web server, and no case is sent. */
    private static ApplicationContextBuilder command() {
        return ApplicationContext.builder().mainClass(Application.class).environments(Settings.COMMAND);
    }

    /** Starts through the pre-flight checks, or ends the process with what to fix and no stack trace. */
    private static ApplicationContext started(ApplicationContextBuilder builder) {
        try {
            return Preflight.start(builder);
        } catch (Preflight.Refused e) {
            System.err.println("Waymark cannot start.\n" + e.getMessage());
            System.exit(2);
            throw e;
        }
    }
}
