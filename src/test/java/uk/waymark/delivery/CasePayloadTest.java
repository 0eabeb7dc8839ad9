package uk.waymark.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;
import uk.waymark.content.Pack;
import uk.waymark.content.PackLoader;
import uk.waymark.intake.CaseKind;
import uk.waymark.intake.CaseReference;
import uk.waymark.intake.StoredCase;
import uk.waymark.intake.Verification;
import uk.waymark.questions.ConcernReport;
import uk.waymark.questions.FormData;
import uk.waymark.questions.Questionnaires;
import uk.waymark.support.FormFixtures;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The JSON a case system receives, below HTTP: the safe-contact instructions apart and first, then the case, then the rest. */
class CasePayloadTest {

    private static final Pack PACK = new PackLoader(Path.of("content")).load("bolsover");
    private static final Questionnaires FORMS = new Questionnaires(PACK);
    private static final CasePayload PAYLOAD = new CasePayload(PACK, FORMS);
    private static final Instant SENT = Instant.parse("2026-12-01T14:20:00Z");

    private static JsonNode payload(CaseKind kind, Map<String, Object> kept) throws Exception {
        StoredCase stored = new StoredCase(new CaseReference("K7QF-3M9X"), kind, Verification.UNVERIFIED, SENT, kept);
        return new ObjectMapper().readTree(PAYLOAD.of(stored));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aSelfReferralOpensWithHowToMakeContactSafely() throws Exception {
        Map<String, Object> kept = FORMS.selfReferral().read(new FormData(FormFixtures.valid(FORMS.selfReferral())
                .with("codeWord", "bluebell").with("name", "Sam").post())).kept();
        JsonNode json = payload(CaseKind.SELF_REFERRAL, kept);
        assertEquals(List.of("safeContact", "reference", "kind", "verification", "submittedAt", "provider", "answers", "schema"), names(json));
        assertEquals(List.of("contact", "safeTimes", "safeTimesDetail", "voicemail", "sayWhoWeAre", "onlyYou", "codeWord", "unsafe"),
                names(json.get("safeContact")));
        assertEquals(List.of("name", "housing", "children", "language", "interpreter", "staffGender", "help", "consent"),
                names(json.get("answers")));
        assertEquals("01632960001", json.at("/safeContact/contact/phone").asText());
        assertEquals("bluebell", json.at("/safeContact/codeWord").asText());
        assertEquals("K7QF-3M9X", json.get("reference").asText());
        assertEquals("SELF_REFERRAL", json.get("kind").asText());
        assertEquals("UNVERIFIED", json.get("verification").asText());
        assertEquals("2026-12-01T14:20:00Z", json.get("submittedAt").asText());
        assertEquals("bolsover", json.get("provider").asText());
        assertEquals(CasePayload.SCHEMA, json.get("schema").asText());
    }

    @Test
    void aConcernKeepsOnlyHowToReachTheReporterAsSafeContact() throws Exception {
        Map<String, Object> kept = ConcernReport.FORM.read(new FormData(FormFixtures.valid(ConcernReport.FORM).with("callBack", "yes")
                .with("reporterEmail", "").post())).kept();
        JsonNode json = payload(CaseKind.CONCERN, kept);
        assertEquals(List.of("contact"), names(json.get("safeContact")));
        assertEquals("phone", json.at("/safeContact/contact/method").asText());
        assertEquals(List.of("relationship", "noticed", "where", "children"), names(json.get("answers")));
    }

    /**
     * The payload is written field by field; the object mapper, which wrote it before, must read
     * the same document from the same answers: every kind of answer a case keeps, and text that
     * has to be escaped.
     */
    @Test
    void everyKindOfAnswerIsWrittenAsTheObjectMapperWritesIt() throws Exception {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("method", "phone");
        group.put("phone", "01632 960001");
        group.put("note", null);
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("contact", group);
        kept.put("codeWord", "bluebell \"quoted\" \\ back\tslash\u0001 and ünïcode 🌼");
        kept.put("safeTimes", List.of("weekday-mornings", "weekends"));
        kept.put("interpreter", List.of());
        kept.put("onlyYou", Boolean.TRUE);
        kept.put("name", "Sam\n<script>");
        kept.put("staffGender", null);
        StoredCase stored = new StoredCase(new CaseReference("K7QF-3M9X"), CaseKind.SELF_REFERRAL, Verification.VERIFIED, SENT, kept);

        Map<String, Object> safeContact = new LinkedHashMap<>();
        Map<String, Object> answers = new LinkedHashMap<>();
        List<String> safe = FORMS.selfReferral().keys(uk.waymark.questions.Part.SAFE_CONTACT);
        kept.forEach((key, value) -> (safe.contains(key) ? safeContact : answers).put(key, value));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("safeContact", safeContact);
        expected.put("reference", "K7QF-3M9X");
        expected.put("kind", "SELF_REFERRAL");
        expected.put("verification", "VERIFIED");
        expected.put("submittedAt", "2026-12-01T14:20:00Z");
        expected.put("provider", "bolsover");
        expected.put("answers", answers);
        expected.put("schema", CasePayload.SCHEMA);

        String written = new String(PAYLOAD.of(stored), StandardCharsets.UTF_8);
        assertEquals(new String(JsonMapper.createDefault().writeValueAsBytes(expected), StandardCharsets.UTF_8), written);
        assertEquals(List.of("contact", "codeWord", "safeTimes", "onlyYou"), names(new ObjectMapper().readTree(written).get("safeContact")));
    }
}
