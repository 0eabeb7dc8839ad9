package uk.waymark.delivery;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.inject.Singleton;
import uk.waymark.content.Pack;
import uk.waymark.intake.AnswersJson;
import uk.waymark.intake.CaseKind;
import uk.waymark.intake.StoredCase;
import uk.waymark.questions.Form;
import uk.waymark.questions.Part;
import uk.waymark.questions.Questionnaires;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The JSON a case system receives, as documented by {@code schemas/intake-case.schema.json}.
 * The survivor's safe-contact instructions come first, so whoever opens the case reads how, when
 * and whether it is safe to make contact before anything else.
 *
 * <p>Written with Jackson's generator, field by field: through the object mapper, each case's
 * maps of answers had their serializers looked up and made again, a quarter of a sender's CPU.
 */
@Singleton
final class CasePayload {

    static final String SCHEMA = "https://waymark.example/schemas/intake-case-v1.json";

    private final String provider;
    /** Which answers are safe-contact instructions is each form's to say. */
    private final Map<CaseKind, Set<String>> safeKeys = new EnumMap<>(CaseKind.class);

    CasePayload(Pack pack, Questionnaires forms) {
        this.provider = pack.provider().id();
        for (CaseKind kind : CaseKind.values()) {
            Form form = switch (kind) {
                case SELF_REFERRAL -> forms.selfReferral();
                case CONCERN -> forms.concern();
            };
            safeKeys.put(kind, Set.copyOf(form.keys(Part.SAFE_CONTACT)));
        }
    }

    byte[] of(StoredCase stored) {
        Set<String> safe = safeKeys.get(stored.kind());
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = AnswersJson.FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("safeContact");
            writeAnswers(json, stored.answers(), safe, true);
            json.writeEndObject();
            json.writeStringField("reference", stored.reference().value());
            json.writeStringField("kind", stored.kind().name());
            json.writeStringField("verification", stored.verification().name());
            json.writeStringField("submittedAt", stored.createdAt().toString());
            json.writeStringField("provider", provider);
            json.writeObjectFieldStart("answers");
            writeAnswers(json, stored.answers(), safe, false);
            json.writeEndObject();
            json.writeStringField("schema", SCHEMA);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeAnswers(JsonGenerator json, Map<String, Object> answers, Set<String> safe, boolean safeOnes)
            throws IOException {
        for (Map.Entry<String, Object> answer : answers.entrySet()) {
            if (safe.contains(answer.getKey()) == safeOnes) {
                json.writeFieldName(answer.getKey());
                AnswersJson.write(json, answer.getValue());
            }
        }
    }
}
