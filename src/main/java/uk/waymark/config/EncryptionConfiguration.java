package uk.waymark.config;

import io.micronaut.core.annotation.Nullable;

/**
 * The keys that encrypt what people write (WAYMARK_ENCRYPTION_KEYS, see README). Read by
 * {@link Settings#encryption} before the portal starts, so that a real database without a key
 * stops it with what to set.
 *
 * @param keys {@code keyId:base64-of-32-bytes}, comma-separated, the first encrypting new cases;
 *             null when none is set
 */
public record EncryptionConfiguration(@Nullable String keys) {
}
