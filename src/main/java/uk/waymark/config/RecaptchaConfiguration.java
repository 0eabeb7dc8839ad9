package uk.waymark.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;

/**
 * Optional reCAPTCHA v3 on the forms (see README). Off by default: when on, form pages load
 * Google's script from www.recaptcha.net, which the privacy notice must then say.
 *
 * @param threshold the lowest score counted as a person; lower scores mark the case unverified
 * @param verifyUrl the siteverify endpoint (tests point it at a local fake)
 */
@Context
@ConfigurationProperties("waymark.recaptcha")
public record RecaptchaConfiguration(
        boolean enabled,
        @Nullable String siteKey,
        @Nullable String secret,
        @DecimalMin("0.0") @DecimalMax("1.0") double threshold,
        @NotBlank String verifyUrl) {

    public RecaptchaConfiguration {
        if (enabled && (siteKey == null || siteKey.isBlank() || secret == null || secret.isBlank())) {
            throw new IllegalArgumentException("reCAPTCHA is enabled: set WAYMARK_RECAPTCHA_SITE_KEY and WAYMARK_RECAPTCHA_SECRET");
        }
    }
}
