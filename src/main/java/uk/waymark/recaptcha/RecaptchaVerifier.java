package uk.waymark.recaptcha;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.waymark.config.RecaptchaConfiguration;
import uk.waymark.intake.Verification;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Asks reCAPTCHA's siteverify whether a form was sent by a person. Any doubt (no token, a
 * failure, a low score, the wrong action, a timeout, an outage) gives {@link Verification#UNVERIFIED}:
 * the case is kept and marked for triage, never dropped.
 */
@Singleton
public final class RecaptchaVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(RecaptchaVerifier.class);

    /** siteverify's answer, as Google documents it. */
    @Serdeable
    record SiteverifyResponse(boolean success, @Nullable Double score, @Nullable String action, @Nullable String hostname,
                              @Nullable @com.fasterxml.jackson.annotation.JsonProperty("error-codes") List<String> errorCodes) {
    }

    private final RecaptchaConfiguration config;
    private final JsonMapper json;
    /** Made only when the check is on: a client builds the JDK's TLS defaults, its trust store read. */
    @Nullable
    private final HttpClient client;

    RecaptchaVerifier(RecaptchaConfiguration config, JsonMapper json) {
        this.config = config;
        this.json = json;
        this.client = config.enabled() ? HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build() : null;
    }

    public boolean enabled() {
        return config.enabled();
    }

    public String siteKey() {
        return config.siteKey();
    }

    /** The verdict for a form's token; {@code action} is the form's name, as the page's script sent it. */
    public Verification verify(@Nullable String token, String action) {
        if (!config.enabled()) {
            return Verification.NOT_CHECKED;
        }
        if (token == null || token.isBlank()) {
            return Verification.UNVERIFIED; // no JavaScript, or the script was blocked
        }
        String form = "secret=" + URLEncoder.encode(config.secret(), StandardCharsets.UTF_8)
                + "&response=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(config.verifyUrl()))
                    .timeout(Duration.ofSeconds(3))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                LOG.warn("reCAPTCHA siteverify answered {}; the case is marked unverified", response.statusCode());
                return Verification.UNVERIFIED;
            }
            SiteverifyResponse answer = json.readValue(response.body(), SiteverifyResponse.class);
            boolean person = answer.success() && answer.score() != null && answer.score() >= config.threshold()
                    && action.equals(answer.action());
            return person ? Verification.VERIFIED : Verification.UNVERIFIED;
        } catch (IOException e) {
            LOG.warn("reCAPTCHA siteverify could not be reached ({}); the case is marked unverified", e.getClass().getSimpleName());
            return Verification.UNVERIFIED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verification.UNVERIFIED;
        }
    }
}
