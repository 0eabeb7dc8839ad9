package uk.waymark.web.forms;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.waymark.config.FormsConfiguration;
import uk.waymark.store.Reusable;

import javax.crypto.Mac;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * Protects the forms from other sites without a cookie. A form post must come from this site
 * (the browser's {@code Sec-Fetch-Site}, or its {@code Origin} against {@code Host}) and carry
 * a token this portal signed when it showed the form, which expires. Both are read from the
 * request in the controller; no filter reads the body.
 */
@Singleton
public final class FormProtection {

    private static final Logger LOG = LoggerFactory.getLogger(FormProtection.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** What a post's origin and token say. */
    public enum Verdict {
        /** From this site, with a valid token. */
        ACCEPTED,
        /** From another site: refused, with a kind page. */
        CROSS_SITE,
        /** From this site but with a missing, altered or expired token: the form is shown again, answers kept. */
        STALE
    }

    private final byte[] key;
    private final FormsConfiguration config;
    private final Clock clock;
    /** A Mac is not for sharing between threads; finding and keying one cost more than signing. */
    private final Reusable<Mac> macs;

    FormProtection(FormsConfiguration config, Clock clock) {
        this.config = config;
        this.clock = clock;
        if (config.secret() == null || config.secret().isBlank()) {
            this.key = new byte[32];
            new SecureRandom().nextBytes(key);
            LOG.info("No WAYMARK_FORM_SECRET set: forms are signed with a key made for this process only");
        } else {
            this.key = config.secret().getBytes(StandardCharsets.UTF_8);
        }
        this.macs = Reusable.hmacSha256(key);
    }

    /** Tokens are issued for the start of each five-minute window, so a form page can be cached. */
    static final long WINDOW_SECONDS = 300;

    /** A token for one form, valid for the configured lifetime from the start of the current window. */
    public String token(String form) {
        return token(form, window());
    }

    /**
     * The start of the current window, in seconds since the epoch: a form's token changes only
     * when this does, so a page holding a token can be kept until then.
     */
    public long window() {
        long now = clock.instant().getEpochSecond();
        return now - now % WINDOW_SECONDS;
    }

    /** The token for one form issued at the start of {@code window}. */
    public String token(String form, long window) {
        return window + "." + B64.encodeToString(sign(form + "|" + window));
    }

    public Verdict check(HttpRequest<?> request, String form, String token) {
        if (!sameSite(request)) {
            return Verdict.CROSS_SITE;
        }
        return validToken(form, token) ? Verdict.ACCEPTED : Verdict.STALE;
    }

    /** Signs any text with the forms' key (for confirmation links). */
    public byte[] sign(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return macs.use(mac -> mac.doFinal(bytes));
    }

    static boolean sameSite(HttpRequest<?> request) {
        String fetchSite = request.getHeaders().get("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null) {
            return true; // not a browser that sends either header; the signed token still has to match
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && uri.getHost() != null && originHost.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false; // "null" or garbage
        }
    }

    private boolean validToken(String form, String token) {
        if (token == null) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return false;
        }
        long issued;
        try {
            issued = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        long age = clock.instant().getEpochSecond() - issued;
        if (age < 0 || age > config.tokenLifetime().toSeconds()) {
            return false;
        }
        byte[] expected = sign(form + "|" + issued);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }
}
