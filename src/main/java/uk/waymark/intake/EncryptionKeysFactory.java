package uk.waymark.intake;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the keys when the portal starts, so that a missing key stops it before it accepts a
 * referral. {@code Application.main} checks them first to say why without a stack trace.
 */
@Factory
final class EncryptionKeysFactory {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptionKeys.class);

    @Context
    EncryptionKeys encryptionKeys(@Property(name = "waymark.encryption.keys") @Nullable String configured,
                                  @Property(name = "datasources.default.url") String databaseUrl) {
        EncryptionKeys keys = EncryptionKeys.load(configured, databaseUrl);
        keys.developmentFile().ifPresent(file -> LOG.warn("""

                ************************************************************************
                *  DEVELOPMENT ENCRYPTION KEY IN USE: {}
                *
                *  For development only. NEVER use it with real referrals: it sits
                *  beside the database it protects. Before going live, set
                *  WAYMARK_DATABASE_URL to PostgreSQL and WAYMARK_ENCRYPTION_KEYS to a
                *  key kept apart from the database.
                ************************************************************************""", file.toAbsolutePath()));
        return keys;
    }
}
