package uk.waymark.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.core.value.PropertyResolver;

import java.util.Optional;
import java.util.function.Function;

/**
 * The one door for configuration. This package is the only code that knows the names of the
 * portal's settings (application.yml maps each to its environment variable): everything else
 * is given a typed record. Most records are bound by Micronaut ({@code @ConfigurationProperties});
 * those the pre-flight checks need before anything starts are read here, by the same code for
 * the checks and for the beans.
 */
public final class Settings {

    /** The environment of the one-off commands: no web server, and no case is sent. */
    public static final String COMMAND = "command";

    /** How often each instance looks for cases to send (WAYMARK_DELIVERY_POLL_INTERVAL), for {@code @Scheduled}. */
    public static final String DELIVERY_POLL_INTERVAL = "${waymark.delivery.poll-interval:250ms}";

    private Settings() {
    }

    /**
     * Reads settings as a context made by {@code builder} would see them (its arguments,
     * properties and environments, the environment variables and application.yml), without
     * starting any bean.
     */
    public static <T> T read(ApplicationContextBuilder builder, Function<PropertyResolver, T> reading) {
        try (ApplicationContext context = builder.build()) {
            return reading.apply(context.getEnvironment().start());
        }
    }

    public static ContentConfiguration content(PropertyResolver settings) {
        return new ContentConfiguration(settings.getRequiredProperty("waymark.content.directory", String.class),
                settings.getRequiredProperty("waymark.content.pack", String.class));
    }

    public static EncryptionConfiguration encryption(PropertyResolver settings) {
        return new EncryptionConfiguration(settings.getProperty("waymark.encryption.keys", String.class).orElse(null));
    }

    public static DatabaseConfiguration database(PropertyResolver settings) {
        return new DatabaseConfiguration(settings.getRequiredProperty("datasources.default.url", String.class));
    }

    /**
     * Delivery by email (WAYMARK_DELIVERY_EMAIL_TO and the WAYMARK_SMTP_ settings).
     *
     * @throws IllegalArgumentException, saying what to set, when the settings are incomplete or unsafe
     */
    public static EmailConfiguration email(PropertyResolver settings) {
        return EmailConfiguration.of(text(settings, "waymark.email.to"), text(settings, "waymark.email.from"),
                text(settings, "waymark.email.smtp-host"), settings.getProperty("waymark.email.smtp-port", Integer.class).orElse(587),
                text(settings, "waymark.email.smtp-user"), text(settings, "waymark.email.smtp-password"),
                settings.getProperty("waymark.email.smtp-tls", String.class).orElse("starttls"),
                text(settings, "waymark.email.trusted-certificates"));
    }

    /** Whether cases go to a webhook (WAYMARK_DELIVERY_URL is set). */
    public static boolean webhook(PropertyResolver settings) {
        return text(settings, "waymark.delivery.url") != null;
    }

    private static String text(PropertyResolver settings, String name) {
        return settings.getProperty(name, String.class).filter(value -> !value.isBlank()).orElse(null);
    }

    /** The Standard Webhooks secret shared with the case system (WAYMARK_DELIVERY_SECRET), if set. */
    public static Optional<String> deliverySecret(PropertyResolver settings) {
        return settings.getProperty("waymark.delivery.secret", String.class).filter(secret -> !secret.isBlank());
    }
}
