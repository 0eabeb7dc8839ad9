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

    /** The Standard Webhooks secret shared with the case system (WAYMARK_DELIVERY_SECRET), if set. */
    public static Optional<String> deliverySecret(PropertyResolver settings) {
        return settings.getProperty("waymark.delivery.secret", String.class).filter(secret -> !secret.isBlank());
    }
}
