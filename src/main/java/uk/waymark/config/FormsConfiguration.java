package uk.waymark.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * Settings for the portal's forms (see README).
 *
 * @param secret            signs form tokens and confirmation links; the same on every instance
 *                          behind one address. Null means a random one per process.
 * @param tokenLifetime     how long a form stays valid once shown
 * @param rateLimit         forms one client may send within {@code rateWindow}
 * @param rateWindow        the rate limit's window
 * @param trustForwardedFor read the client's address from X-Forwarded-For, as set by a proxy in front
 * @param answersLifetime   how long what a person sent can be read back from its address: the
 *                          confirmation page, the answers kept to show a form again, the
 *                          behaviour questions' answers
 */
@Context
@ConfigurationProperties("waymark.forms")
public record FormsConfiguration(
        @Nullable String secret,
        @NotNull Duration tokenLifetime,
        @Min(1) int rateLimit,
        @NotNull Duration rateWindow,
        boolean trustForwardedFor,
        @NotNull Duration answersLifetime) {
}
