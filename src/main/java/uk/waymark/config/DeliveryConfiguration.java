package uk.waymark.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.net.URI;
import java.time.Duration;

/**
 * Where and how intake cases go to the provider's case system (see README). With no URL, cases
 * wait in the outbox (the embedded default: nothing leaves the machine).
 *
 * @param url          the case system's endpoint: https, or http only to this machine (loopback)
 * @param secret       the shared Standard Webhooks secret, {@code whsec_} and base64
 * @param maxAttempts  attempts before a case moves to the dead-letter state
 * @param maxAge       age after which a case still failing moves to the dead-letter state
 * @param lease        how long an instance holds a case while sending it; if it dies, another
 *                     instance takes the case over after this
 */
@Context
@ConfigurationProperties("waymark.delivery")
public record DeliveryConfiguration(
        @Nullable String url,
        @Nullable String secret,
        @NotNull Duration connectTimeout,
        @NotNull Duration readTimeout,
        @Min(1) int maxAttempts,
        @NotNull Duration maxAge,
        @NotNull Duration firstRetry,
        @NotNull Duration maxRetry,
        @NotNull Duration lease,
        @Min(1) int batchSize,
        @Min(1) int concurrency) {

    public DeliveryConfiguration {
        if (url != null && !url.isBlank()) {
            URI uri = URI.create(url);
            boolean loopback = "http".equals(uri.getScheme())
                    && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()) || "[::1]".equals(uri.getHost()));
            if (!"https".equals(uri.getScheme()) && !loopback) {
                throw new IllegalArgumentException("WAYMARK_DELIVERY_URL must be https:// (plain http:// only to this machine)");
            }
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("WAYMARK_DELIVERY_URL is set: set WAYMARK_DELIVERY_SECRET too (whsec_ and base64)");
            }
            if (lease.compareTo(connectTimeout.plus(readTimeout).multipliedBy(2)) < 0) {
                throw new IllegalArgumentException("The delivery lease must be at least twice the connect and read timeouts");
            }
        }
    }

    public boolean enabled() {
        return url != null && !url.isBlank();
    }
}
