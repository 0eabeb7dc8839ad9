package uk.waymark.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

/** The settings the pre-flight checks read, as beans, read the same way as before the start. */
@Factory
final class SettingsFactory {

    @Singleton
    ContentConfiguration content(Environment environment) {
        return Settings.content(environment);
    }

    @Singleton
    EncryptionConfiguration encryption(Environment environment) {
        return Settings.encryption(environment);
    }

    @Singleton
    DatabaseConfiguration database(Environment environment) {
        return Settings.database(environment);
    }

    @Singleton
    EmailConfiguration email(Environment environment) {
        return Settings.email(environment);
    }
}
