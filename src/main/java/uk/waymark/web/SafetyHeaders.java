package uk.waymark.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

/**
 * The portal's safety headers, set on every response: pages, assets, errors and health checks.
 * {@link SecurityHeadersFilter} sets them; error pages for requests too malformed to reach the
 * filters set them themselves.
 *
 * <p>Nothing is cached by the browser unless a controller says so explicitly (only versioned
 * assets and the public directory feed do). The referrer policy is {@code same-origin}, not
 * {@code no-referrer}: Chrome then sends {@code Origin: null} on form posts, which the
 * cross-site check would have to refuse; the exit link carries {@code rel="noreferrer"} itself.
 */
@Singleton
public final class SafetyHeaders {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'");

    /**
     * The policy for form pages when reCAPTCHA is turned on: Google's script and its frame from
     * www.recaptcha.net and www.gstatic.com, on those pages only.
     */
    public static final String CONTENT_SECURITY_POLICY_WITH_RECAPTCHA = String.join("; ",
            "default-src 'none'",
            "script-src 'self' https://www.recaptcha.net https://www.gstatic.com",
            "style-src 'self'",
            "img-src 'self'",
            "connect-src 'self' https://www.recaptcha.net",
            "frame-src https://www.recaptcha.net",
            "manifest-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'");

    public static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");

    private final boolean hsts;

    SafetyHeaders(SiteConfiguration site) {
        this.hsts = site.hsts();
    }

    public void apply(MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        headers.remove(HttpHeaders.SET_COOKIE);
        headers.remove(HttpHeaders.EXPIRES);
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Permissions-Policy", PERMISSIONS_POLICY);
        if (hsts) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
