package uk.waymark;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.runtime.Micronaut;
import uk.waymark.config.ContentConfiguration;
import uk.waymark.config.DatabaseConfiguration;
import uk.waymark.config.EmailConfiguration;
import uk.waymark.config.EncryptionConfiguration;
import uk.waymark.config.Settings;
import uk.waymark.content.Pack;
import uk.waymark.content.PackException;
import uk.waymark.content.PackLoader;
import uk.waymark.intake.EncryptionKeys;
import uk.waymark.intake.EncryptionKeysException;

import java.nio.file.Path;

/**
 * The one way the portal, a command or a test starts: the settings are read through
 * {@link Settings}, the pack is loaded and the encryption keys are checked before any bean
 * starts, so that a broken pack or a missing key ends the start with what to fix, not buried in
 * a stack trace. The context then starts with the pack already loaded.
 */
public final class Preflight {

    /** Why the portal cannot start, in words for whoever starts it. */
    public static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(String message, RuntimeException cause) {
            super(message, cause);
        }
    }

    private Preflight() {
    }

    /**
     * Starts the context {@code builder} makes (with a {@link Server}, the web server
     * too) once the checks have passed.
     *
     * @throws Refused when a check fails; nothing has started then
     */
    public static ApplicationContext start(ApplicationContextBuilder builder) {
        ApplicationContext context = builder.build();
        Pack pack;
        try {
            pack = check(context.getEnvironment().start());
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        context.registerSingleton(pack);
        try {
            return builder instanceof Server server ? server.start(context) : context.start();
        } catch (RuntimeException e) {
            // A setting a configuration record refuses (an http:// case system elsewhere, a missing
            // secret) is said as itself, not as the stack trace of the bean that needed it.
            for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause instanceof IllegalArgumentException refused && cause.getStackTrace().length > 0
                        && cause.getStackTrace()[0].getClassName().startsWith("uk.waymark.config.")) {
                    throw new Refused(refused.getMessage(), refused);
                }
            }
            throw e;
        }
    }

    /**
     * Checks the settings a context from {@code builder} would have, without starting it:
     * loads the pack, then the encryption keys.
     *
     * @return the pack, for the context to start with
     * @throws Refused when a check fails
     */
    public static Pack check(ApplicationContextBuilder builder) {
        return Settings.read(builder, Preflight::check);
    }

    private static Pack check(io.micronaut.core.value.PropertyResolver settings) {
        Pack pack = pack(Settings.content(settings));
        DatabaseConfiguration database = Settings.database(settings);
        keys(Settings.encryption(settings), database);
        durable(database);
        channel(settings);
        return pack;
    }

    /**
     * Micronaut's own start of the web server, on the context the checks have read their
     * settings from, so that the settings are read once.
     */
    public static final class Server extends Micronaut {

        private ApplicationContext checked;

        ApplicationContext start(ApplicationContext context) {
            checked = context;
            return start();
        }

        @Override
        protected ApplicationContext newApplicationContext() {
            return checked != null ? checked : super.newApplicationContext();
        }
    }

    private static Pack pack(ContentConfiguration content) {
        try {
            return new PackLoader(Path.of(content.directory())).load(content.pack());
        } catch (PackException e) {
            throw new Refused(e.getMessage() + "\nFix the pack, or choose another with WAYMARK_PACK. Check a pack with: "
                    + "./mvnw -q compile exec:java -Dexec.args=\"check <pack>\"", e);
        }
    }

    /** At most one way out for cases, and email only when its settings are whole and safe. */
    private static void channel(io.micronaut.core.value.PropertyResolver settings) {
        EmailConfiguration email;
        try {
            email = Settings.email(settings);
        } catch (IllegalArgumentException e) {
            throw new Refused(e.getMessage(), e);
        }
        if (email.enabled() && Settings.webhook(settings)) {
            throw new Refused("Both WAYMARK_DELIVERY_URL and WAYMARK_DELIVERY_EMAIL_TO are set. Cases go one way: "
                    + "unset WAYMARK_DELIVERY_URL to deliver by email, or WAYMARK_DELIVERY_EMAIL_TO to deliver to the webhook.", null);
        }
    }

    /** A referral once confirmed survives the process being killed the moment after. */
    private static void durable(DatabaseConfiguration database) {
        if (database.delaysCommits()) {
            throw new Refused("WAYMARK_DATABASE_URL is an H2 database without WRITE_DELAY=0. H2 then keeps each commit in"
                    + " memory for half a second, and a portal stopped by force in that time loses referrals it has already"
                    + " confirmed. Add ;WRITE_DELAY=0 to the address, as the default address has, or use PostgreSQL.", null);
        }
    }

    private static void keys(EncryptionConfiguration encryption, DatabaseConfiguration database) {
        try {
            EncryptionKeys.load(encryption.keys(), database.url());
        } catch (EncryptionKeysException e) {
            throw new Refused(e.getMessage(), e);
        }
    }
}
