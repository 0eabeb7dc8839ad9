package uk.waymark.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Deploy-time settings of the public site, read from environment variables (see README).
 *
 * @param exitUrl where "Exit this page" goes: a neutral site on another host, https only
 * @param hsts      send Strict-Transport-Security; only behind TLS
 * @param publicUrl the portal's own address as the public reaches it, for links in the
 *                  directory feed, which other sites read
 */
@Context
@ConfigurationProperties("waymark.site")
public record SiteConfiguration(
        @NotNull @Pattern(regexp = "https://[^\\s\"'<>]+|http://(localhost|127\\.0\\.0\\.1)(:\\d+)?(/[^\\s\"'<>]*)?",
                message = "must be an https:// address (http:// only for localhost)") String exitUrl,
        boolean hsts,
        @NotNull @Pattern(regexp = "https://[^\\s\"'<>/]+|http://(localhost|127\\.0\\.0\\.1)(:\\d+)?",
                message = "must be an https:// address with no path or trailing slash (http:// only for localhost)") String publicUrl) {
}
