package uk.waymark.web.forms;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.waymark.config.FormsConfiguration;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Answers to be shown again after a form was sent without the portal's script. A browser keeps
 * the body of a post whose answer it shows as a page (to send it again from the history, and in
 * the files that restore a session), so such a post is answered with a redirect (303) to an
 * address holding only a random id, and the answers wait here: sealed with the forms' secret
 * (AES-GCM), in the shared database so any instance can show them, for the configured answers
 * lifetime at most (30 minutes by default).
 * With the script, a form is sent in place and its answer shown at once; nothing waits here.
 */
@Singleton
public final class FormDrafts {

    /** Why the form is shown again: this decides the message above the answers. */
    public enum Reason {
        /** An answer needs changing: the form's own checks say which. */
        ANSWERS,
        /** The form was open so long that its token expired. */
        STALE,
        /** The client sent more forms than the rate limit allows. */
        RATE_LIMITED
    }

    /** What was sent, and why it is shown again. */
    public record Draft(Reason reason, Map<String, Object> body) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(FormDrafts.class);

    private final FormDraftRepository drafts;
    private final SealedLink seals;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    FormDrafts(FormDraftRepository drafts, SealedLink seals, Clock clock, FormsConfiguration forms) {
        this.drafts = drafts;
        this.seals = seals;
        this.clock = clock;
        this.lifetime = forms.answersLifetime();
    }

    /**
     * Whether the browser sent the form as a page navigation (no script), so that the page
     * answering it would be kept with the body. A script's fetch says {@code cors} or
     * {@code same-origin}; clients that send no such header get the page at once.
     */
    public static boolean isNavigation(HttpRequest<?> request) {
        return "navigate".equals(request.getHeaders().get("Sec-Fetch-Mode"));
    }

    /** Keeps the answers of the named form and returns the id to show them again by. */
    public String keep(String form, Reason reason, Map<String, Object> body) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        String text = form + "\n" + reason.name() + "\n" + encode(body);
        drafts.insert(id, seals.seal(text, lifetime), clock.instant().plus(lifetime));
        return id;
    }

    /** The answers kept under this id for the named form, unless they have expired. */
    public Optional<Draft> find(String form, String id) {
        if (id == null || !id.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        return drafts.findUnexpired(id, clock.instant())
                .flatMap(row -> seals.open(row.sealed()))
                .map(text -> text.split("\n", 3))
                .filter(parts -> parts.length == 3 && parts[0].equals(form))
                .map(parts -> new Draft(Reason.valueOf(parts[1]), decode(parts[2])));
    }

    @Scheduled(fixedDelay = "5m", initialDelay = "1m")
    void deleteExpired() {
        try {
            drafts.deleteExpired(clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Could not delete expired form drafts ({}); they are refused when read anyway", e.getClass().getSimpleName());
        }
    }

    private static String encode(Map<String, Object> body) {
        StringJoiner joined = new StringJoiner("&");
        body.forEach((name, value) -> {
            Collection<?> values = value instanceof Collection<?> many ? many : List.of(String.valueOf(value));
            for (Object one : values) {
                joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(String.valueOf(one), StandardCharsets.UTF_8));
            }
        });
        return joined.toString();
    }

    private static Map<String, Object> decode(String encoded) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return body;
        }
        for (String pair : encoded.split("&")) {
            int at = pair.indexOf('=');
            String name = URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8);
            body.merge(name, value, (old, added) -> {
                List<Object> all = old instanceof List<?> list ? new ArrayList<>(list) : new ArrayList<>(List.of(old));
                all.add(added);
                return all;
            });
        }
        return body;
    }
}
