package uk.waymark.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.netty.NettyHttpHeaders;
import io.micronaut.http.simple.SimpleHttpResponseFactory;
import org.junit.jupiter.api.Test;
import uk.waymark.config.RecaptchaConfiguration;
import uk.waymark.config.SiteConfiguration;
import uk.waymark.support.HttpDates;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The safety headers replace whatever a response already carried under their names, each sent
 * once, on the server's own (Netty's) headers and on any others alike.
 */
class SafetyHeadersTest {

    private static final SafetyHeaders HEADERS = new SafetyHeaders(
            new SiteConfiguration("https://www.bbc.co.uk/weather", true, "https://portal.example"),
            new RecaptchaConfiguration(false, null, null, 0.5, "https://www.google.com/recaptcha/api/siteverify"));

    private static final Map<String, String> EXPECTED = Map.of(
            "Cache-Control", "no-store",
            "Content-Security-Policy", SafetyHeaders.CONTENT_SECURITY_POLICY,
            "Referrer-Policy", "same-origin",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Resource-Policy", "same-origin",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Permissions-Policy", SafetyHeaders.PERMISSIONS_POLICY,
            "Strict-Transport-Security", "max-age=31536000; includeSubDomains");

    @Test
    void onTheServersOwnHeadersEachIsSentOnceAndReplacesWhatWasThere() {
        MutableHttpResponse<?> response = HttpResponse.ok();
        assertInstanceOf(NettyHttpHeaders.class, response.getHeaders(), "the headers the server sends");
        assertReplaced(response);
    }

    @Test
    void onOtherHeadersTheSame() {
        MutableHttpResponse<?> response = new SimpleHttpResponseFactory().status(HttpStatus.OK);
        assertFalse(response.getHeaders() instanceof NettyHttpHeaders);
        assertReplaced(response);
    }

    private static void assertReplaced(MutableHttpResponse<?> response) {
        response.header("X-Frame-Options", "SAMEORIGIN")
                .header("Referrer-Policy", "unsafe-url")
                .header("Permissions-Policy", "camera=*")
                .header("Strict-Transport-Security", "max-age=1")
                .header("Set-Cookie", "seen=1")
                .header("Expires", "Thu, 01 Dec 2027 00:00:00 GMT")
                .header("Date", "Tue, 1 Dec 2026 10:00:00 GMT");
        HEADERS.apply(response);
        var headers = response.getHeaders();
        EXPECTED.forEach((name, value) -> assertEquals(List.of(value), headers.getAll(name), name));
        assertEquals(List.of(), headers.getAll("Set-Cookie"));
        assertEquals(List.of(), headers.getAll("Expires"));
        HttpDates.assertDated(headers.getAll("Date"), "apply");
    }
}
