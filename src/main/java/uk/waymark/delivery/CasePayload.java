package uk.waymark.delivery;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import uk.waymark.content.Pack;
import uk.waymark.intake.CaseKind;
import uk.waymark.intake.StoredCase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON a case system receives, as documented by {@code schemas/intake-case.schema.json}.
 * The survivor's safe-contact instructions come first, so whoever opens the case reads how, when
 * and whether it is safe to make contact before anything else.
 */
@Singleton
final class CasePayload {

    static final String SCHEMA = "https://waymark.example/schemas/intake-case-v1.json";

    /** The answers that say how to make contact safely, for each kind of case. */
    private static final Map<CaseKind, List<String>> SAFE_CONTACT = Map.of(
            CaseKind.SELF_REFERRAL, List.of("contact", "safeTimes", "safeTimesDetail", "voicemail", "sayWhoWeAre", "onlyYou",
                    "codeWord", "unsafe"),
            CaseKind.CONCERN, List.of("contact"));

    private final JsonMapper json;
    private final String provider;

    CasePayload(JsonMapper json, Pack pack) {
        this.json = json;
        this.provider = pack.provider().id();
    }

    byte[] of(StoredCase stored) {
        List<String> safeKeys = SAFE_CONTACT.get(stored.kind());
        Map<String, Object> safeContact = new LinkedHashMap<>();
        Map<String, Object> answers = new LinkedHashMap<>();
        stored.answers().forEach((key, value) -> (safeKeys.contains(key) ? safeContact : answers).put(key, value));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("safeContact", safeContact);
        payload.put("reference", stored.reference().value());
        payload.put("kind", stored.kind().name());
        payload.put("verification", stored.verification().name());
        payload.put("submittedAt", stored.createdAt().toString());
        payload.put("provider", provider);
        payload.put("answers", answers);
        payload.put("schema", SCHEMA);
        try {
            return json.writeValueAsBytes(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
