package uk.waymark.intake;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.waymark.config.DatabaseConfiguration;
import uk.waymark.config.EncryptionConfiguration;

/**
 * Loads the keys when the portal starts, so that a missing key stops it before it accepts a
 * referral. {@code Preflight} checks them first to say why without a stack trace.
 */
@Factory
final class EncryptionKeysFactory {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptionKeys.class);

    @Context
    EncryptionKeys encryptionKeys(EncryptionConfiguration encryption, DatabaseConfiguration database) {
        EncryptionKeys keys = EncryptionKeys.load(encryption.keys(), database.url());
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
