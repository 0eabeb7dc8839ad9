package uk.waymark.delivery;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import uk.waymark.content.Pack;
import uk.waymark.intake.StoredCase;
import uk.waymark.questions.Form;
import uk.waymark.questions.Part;
import uk.waymark.questions.Questionnaires;

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

    private final JsonMapper json;
    private final String provider;
    private final Questionnaires forms;

    CasePayload(JsonMapper json, Pack pack, Questionnaires forms) {
        this.json = json;
        this.provider = pack.provider().id();
        this.forms = forms;
    }

    byte[] of(StoredCase stored) {
        // Which answers are safe-contact instructions is the form's to say.
        Form form = switch (stored.kind()) {
            case SELF_REFERRAL -> forms.selfReferral();
            case CONCERN -> forms.concern();
        };
        List<String> safeKeys = form.keys(Part.SAFE_CONTACT);
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
