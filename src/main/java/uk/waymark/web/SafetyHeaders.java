package uk.waymark.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import uk.waymark.config.RecaptchaConfiguration;
import uk.waymark.config.SiteConfiguration;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The portal's safety headers, set on every response: pages, assets, errors and health checks.
 * {@link SecurityHeadersFilter} sets them; error pages for requests too malformed to reach the
 * filters set them themselves, and so does {@link DirectPages} for the kept pages it sends.
 *
 * <p>Nothing is kept by the browser: pages and assets alike are {@code no-store}, so the
 * browser's disk cache never holds a file naming the portal (only the public directory feed,
 * which other sites read, may be cached). The referrer policy is {@code same-origin}, not
 * {@code no-referrer}: Chrome then sends {@code Origin: null} on form posts, which the
 * cross-site check would have to refuse; the exit link carries {@code rel="noreferrer"} itself.
 */
@Singleton
public final class SafetyHeaders {

    /**
     * The policy for every response. {@code blob:} scripts are the portal's own, fetched from
     * itself and run from memory by {@code start.js}, so that no browser keeps compiled code
     * naming the portal (see README, Decisions). {@code data:} images are the layout's empty icon,
     * which keeps browsers from asking for one (and from tying the portal to one).
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self' blob:",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "manifest-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'");

    /**
     * The policy when a provider turns reCAPTCHA on: Google's script and its frame from
     * www.recaptcha.net and www.gstatic.com. It is sent with every page, because with JavaScript
     * a whole visit is one document (pages are fetched and swapped in place) and the policy of
     * the page a visit starts on is the one in force; the script itself is still loaded only when
     * a form page is shown.
     */
    public static final String CONTENT_SECURITY_POLICY_WITH_RECAPTCHA = String.join("; ",
            "default-src 'none'",
            "script-src 'self' blob: https://www.recaptcha.net https://www.gstatic.com",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self' https://www.recaptcha.net",
            "frame-src https://www.recaptcha.net",
            "manifest-src 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'");

    public static final String PERMISSIONS_POLICY = String.join(", ",
            "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");

    private final boolean hsts;
    private final String contentSecurityPolicy;

    SafetyHeaders(SiteConfiguration site, RecaptchaConfiguration recaptcha) {
        this.hsts = site.hsts();
        this.contentSecurityPolicy = recaptcha.enabled() ? CONTENT_SECURITY_POLICY_WITH_RECAPTCHA : CONTENT_SECURITY_POLICY;
    }

    public void apply(MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        apply(headers::contains, headers::set, headers::remove);
    }

    /** The same, on a response {@link DirectPages} sends itself. */
    void apply(io.netty.handler.codec.http.HttpHeaders headers) {
        apply(headers::contains, headers::set, headers::remove);
    }

    private void apply(Predicate<String> has, BiConsumer<String, String> set, Consumer<String> remove) {
        if (!has.test(HttpHeaders.CACHE_CONTROL)) {
            set.accept(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        remove.accept(HttpHeaders.SET_COOKIE);
        remove.accept(HttpHeaders.EXPIRES);
        if (!has.test("Content-Security-Policy")) {
            set.accept("Content-Security-Policy", contentSecurityPolicy);
        }
        set.accept("Referrer-Policy", "same-origin");
        set.accept("X-Content-Type-Options", "nosniff");
        set.accept("X-Frame-Options", "DENY");
        set.accept("Cross-Origin-Resource-Policy", "same-origin");
        set.accept("Cross-Origin-Opener-Policy", "same-origin");
        set.accept("Permissions-Policy", PERMISSIONS_POLICY);
        // The only Date sent: Micronaut's own is off (micronaut.server.date-header), for its
        // one-digit day on the 1st to the 9th, which RFC 9110 does not allow.
        set.accept(HttpHeaders.DATE, HttpDate.now());
        if (hsts) {
            set.accept("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
