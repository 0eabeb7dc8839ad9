package uk.waymark.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.micronaut.json.JsonMapper;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.waymark.content.Pack;
import uk.waymark.content.PackLoader;
import uk.waymark.content.Provider;
import uk.waymark.intake.CaseKind;
import uk.waymark.intake.CaseReference;
import uk.waymark.intake.StoredCase;
import uk.waymark.intake.Verification;
import uk.waymark.questions.ConcernReport;
import uk.waymark.questions.Form;
import uk.waymark.questions.FormData;
import uk.waymark.questions.Questionnaires;
import uk.waymark.support.FormFixtures;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case as an email, written out as it would be sent and read back: what the subject and the
 * headers give away (nothing), the order of the body, the HTML's escaping, and the attached JSON.
 */
class CaseMessageTest {

    private static final Pack PACK = new PackLoader(Path.of("content")).load("bolsover");
    private static final Questionnaires FORMS = new Questionnaires(PACK);
    private static final CasePayload PAYLOAD = new CasePayload(PACK, FORMS);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant SENT = Instant.parse("2026-12-01T14:20:00Z");
    private static final Instant NOW = Instant.parse("2026-12-01T14:20:03Z");
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String KEY = "0b6f3c1e-6a47-4c35-9d3b-2a7f0f1d9e10";
    private static final String FROM = "waymark@portal.bolsover.example";
    private static final String TO = "safe-referrals@bolsover.example";
    private static final String HOSTILE = "<script>alert('x')</script> & \"him\" <img src=http://tracker.example/p.gif>";

    private static final Form SELF = FORMS.selfReferral();

    /** A message read back from the bytes that would be sent: its parts as a mail client finds them. */
    private record Read(MimeMessage message, String headers, String text, String html, BodyPart attachment, byte[] json) {
    }

    private static CaseMessage composer(Provider provider) {
        return new CaseMessage(provider, FORMS, PAYLOAD, Clock.fixed(NOW, ZoneOffset.UTC), LONDON);
    }

    private static StoredCase stored(CaseKind kind, Verification verification, Instant at, Map<String, Object> kept) {
        return new StoredCase(new CaseReference("K7QF-3M9X"), kind, verification, at, kept);
    }

    private static Map<String, Object> selfReferral(FormFixtures post) {
        return SELF.read(new FormData(post.post())).kept();
    }

    private static Map<String, Object> concern(FormFixtures post) {
        return ConcernReport.FORM.read(new FormData(post.post())).kept();
    }

    /** Sam, a tenant, by phone, with a code word. */
    private static StoredCase sam() {
        return stored(CaseKind.SELF_REFERRAL, Verification.UNVERIFIED, SENT, selfReferral(FormFixtures.valid(SELF)
                .with("phone", "07700 900 982")
                .with("codeWord", "bluebell")
                .with("voicemail", "no")
                .with("unsafe", HOSTILE + "\nHe is home after 6pm")
                .with("name", "Sam Taylor")
                .with("housing", "tenant")));
    }

    private static Read read(CaseMessage composer, StoredCase stored, String key) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        composer.compose(SESSION, stored, key, FROM, TO).writeTo(bytes);
        byte[] raw = bytes.toByteArray();
        MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        String all = new String(raw, StandardCharsets.UTF_8).replace("\r\n", "\n");
        MimeMultipart mixed = (MimeMultipart) message.getContent();
        assertTrue(message.isMimeType("multipart/mixed"), message.getContentType());
        assertEquals(2, mixed.getCount());
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertTrue(mixed.getBodyPart(0).isMimeType("multipart/alternative"), mixed.getBodyPart(0).getContentType());
        assertEquals(2, alternative.getCount());
        BodyPart text = alternative.getBodyPart(0);
        BodyPart html = alternative.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain") && text.getContentType().toUpperCase().contains("UTF-8"), text.getContentType());
        assertTrue(html.isMimeType("text/html") && html.getContentType().toUpperCase().contains("UTF-8"), html.getContentType());
        BodyPart attachment = mixed.getBodyPart(1);
        byte[] json;
        try (InputStream in = attachment.getInputStream()) {
            json = in.readAllBytes();
        }
        return new Read(message, all.substring(0, all.indexOf("\n\n")), ((String) text.getContent()).replace("\r\n", "\n"),
                ((String) html.getContent()).replace("\r\n", "\n"), attachment, json);
    }

    private static Read read(StoredCase stored) throws Exception {
        return read(composer(PACK.provider()), stored, KEY);
    }

    /** The text between the frame's two lines of "=". */
    private static String box(String text) {
        int top = text.indexOf("=".repeat(64));
        int bottom = text.indexOf("=".repeat(64), top + 64);
        assertTrue(top >= 0 && bottom > top, text);
        return text.substring(top + 64, bottom);
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int next = text.indexOf(part, at + 1);
            assertTrue(next > at, "\"" + part + "\" after what came before it in:\n" + text);
            at = next;
        }
    }

    @Test
    void theSubjectSaysOnlyTheKindAndTheReference() throws Exception {
        Read sam = read(sam());
        assertEquals("New self-referral K7QF-3M9X", sam.message().getSubject());
        for (String secret : List.of("bluebell", "Sam", "Taylor", "07700900982", "07700 900 982", "script", "6pm")) {
            assertFalse(sam.headers().contains(secret), secret + " in the headers:\n" + sam.headers());
        }
        Read concern = read(stored(CaseKind.CONCERN, Verification.VERIFIED, SENT, concern(FormFixtures.valid(ConcernReport.FORM)
                .with("callBack", "yes").with("reporterName", "Alex Reed").with("noticed", "Shouting most nights"))));
        assertEquals("New concern report K7QF-3M9X", concern.message().getSubject());
        for (String secret : List.of("Alex", "Reed", "01632960001", "Shouting")) {
            assertFalse(concern.headers().contains(secret), secret + " in the headers:\n" + concern.headers());
        }
    }

    @Test
    void theTextOpensWithHowToMakeContactSafelyThenThePromiseThenTheRestThenTheCheck() throws Exception {
        String text = read(sam()).text();
        assertInOrder(text,
                "New self-referral K7QF-3M9X",
                "=".repeat(64),
                "| HOW TO MAKE CONTACT SAFELY: READ THIS FIRST",
                "| How to contact: Phone call",
                "| Phone number: 07700900982",
                "| When is it safe to contact you? Weekday mornings (9am to midday)",
                "| Can we leave a message, such as a voicemail? No",
                "| Can we say who we are if someone else answers? Yes",
                "| Is the phone, email or device you gave us used only by you? Yes, only me",
                "| Code word: bluebell",
                "| Is there anything that would make contact unsafe?\n|   " + HOSTILE + "\n|   He is home after 6pm\n",
                "=".repeat(64),
                "We promised contact within 48 hours: by 3 December, 14:20.\nSent on 1 December 2026 at 14:20.",
                "Their other answers",
                "What should we call you? Sam Taylor",
                "Which is true about your home? I rent my home from Bolsover District Council",
                "Can we share your details with specialist support services? Yes",
                "Unverified: this case did not pass the anti-automation checks. Triage it: it may still be a person who needs help.",
                "The case is attached as case-K7QF-3M9X.json.");
        String box = box(text);
        assertTrue(box.lines().skip(1).allMatch(line -> line.startsWith("|")), box);
        assertFalse(box.contains("Sam Taylor") || box.contains("promised"), box);
    }

    @Test
    void theHtmlShowsEveryAnswerAsWrittenAndLoadsNothing() throws Exception {
        String html = read(sam()).html();
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;him&quot; &lt;img src=http://tracker.example/p.gif&gt;"
                + "<br>He is home after 6pm"), html);
        String tags = html.replaceAll("(?s)>[^<]*<", "><");
        for (String loads : List.of("<script", "<img", "<link", "<style", "<a ", "<iframe", "src=", "href=", "http", "url(")) {
            assertFalse(tags.toLowerCase().contains(loads), loads + " in the markup: " + tags);
        }
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script, img, link, style, a, iframe, [src], [href], [background]").isEmpty(), html);
        assertEquals("New self-referral K7QF-3M9X", page.title());
        Element box = page.selectFirst("div[style*=border]");
        assertTrue(box != null && box.text().contains("Code word bluebell") && box.text().contains("Phone number 07700900982"), html);
        assertFalse(box.text().contains("Sam Taylor") || box.text().contains("promised"), box.text());
        assertTrue(box.text().contains(HOSTILE + " He is home after 6pm"), "the hostile answer shows as text: " + box.text());
        assertInOrder(page.body().text(), "How to make contact safely", "Code word bluebell",
                "We promised contact within 48 hours: by 3 December, 14:20.", "Sent on 1 December 2026 at 14:20.",
                "What should we call you? Sam Taylor", "Unverified: this case did not pass the anti-automation checks");
    }

    @Test
    void theCaseIsAttachedAsItsJson() throws Exception {
        StoredCase sam = sam();
        Read read = read(sam);
        assertEquals("case-K7QF-3M9X.json", read.attachment().getFileName());
        assertEquals(BodyPart.ATTACHMENT, read.attachment().getDisposition());
        assertTrue(read.attachment().isMimeType("application/json"), read.attachment().getContentType());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode attached = mapper.readTree(read.json());
        assertEquals(mapper.readTree(PAYLOAD.of(sam)), attached);
        assertEquals(Set.of(), schema().validate(attached));
        JsonNode required = mapper.readTree(schemaText()).get("required");
        assertTrue(required.size() >= 8, required.toString());
        required.forEach(name -> assertTrue(attached.has(name.asText()), name.asText()));
        assertEquals(HOSTILE + "\nHe is home after 6pm", attached.at("/safeContact/unsafe").asText());
    }

    @Test
    void theHeadersMarkAnAutomaticMessageWhoseIdComesFromTheKeyAlone() throws Exception {
        MimeMessage first = read(sam()).message();
        assertEquals("<" + KEY + "@waymark>", first.getMessageID());
        assertEquals(first.getMessageID(), read(sam()).message().getMessageID(), "the same key, the same Message-ID");
        String other = "5d1e8f0a-2b3c-4d5e-8f90-a1b2c3d4e5f6";
        assertNotEquals(first.getMessageID(), read(composer(PACK.provider()), sam(), other).message().getMessageID());
        assertEquals("auto-generated", first.getHeader("Auto-Submitted", null));
        assertEquals("All", first.getHeader("X-Auto-Response-Suppress", null));
        assertEquals(List.of(new InternetAddress(FROM)), Arrays.asList(first.getFrom()));
        assertEquals(Date.from(NOW), first.getSentDate());

        MimeMessage composed = composer(PACK.provider()).compose(SESSION, sam(), KEY, FROM, TO);
        composed.saveChanges();
        composed.saveChanges();
        assertEquals("<" + KEY + "@waymark>", composed.getMessageID(), "saving again keeps it");
    }

    @Test
    void nothingIsAddressedToThePersonWhoSentTheCase() throws Exception {
        StoredCase byEmail = stored(CaseKind.SELF_REFERRAL, Verification.VERIFIED, SENT, selfReferral(FormFixtures.valid(SELF)
                .with("method", "email").with("email", "sam@example.org")));
        Read read = read(byEmail);
        assertTrue(read.text().contains("| Email address: sam@example.org"), read.text());
        assertEquals(List.of(new InternetAddress(TO)), Arrays.asList(read.message().getAllRecipients()));
        assertNull(read.message().getRecipients(Message.RecipientType.CC));
        assertNull(read.message().getRecipients(Message.RecipientType.BCC));
        assertNull(read.message().getHeader("Reply-To"));
        for (String header : List.of("From", "To", "Cc", "Bcc", "Reply-To", "Sender", "Return-Path", "Disposition-Notification-To")) {
            String[] values = read.message().getHeader(header);
            assertFalse(values != null && String.join(",", values).contains("sam@example.org"), header);
        }
        assertFalse(read.headers().contains("sam@example.org"), read.headers());
        List<Address> addresses = new ArrayList<>(Arrays.asList(read.message().getFrom()));
        addresses.addAll(Arrays.asList(read.message().getAllRecipients()));
        assertEquals(List.of(new InternetAddress(FROM), new InternetAddress(TO)), addresses);
    }

    @Test
    void anAnonymousConcernSaysNotToMakeContactAndPromisesNothing() throws Exception {
        Read read = read(stored(CaseKind.CONCERN, Verification.VERIFIED, SENT, concern(FormFixtures.valid(ConcernReport.FORM)
                .with("noticed", "Shouting most nights").without("where"))));
        String text = read.text();
        assertEquals("\n| HOW TO MAKE CONTACT SAFELY: READ THIS FIRST\n|\n| How to contact: Do not contact: they want to stay anonymous\n",
                box(text));
        assertFalse(text.contains("promised"), text);
        assertInOrder(text, "Sent on 1 December 2026 at 14:20.", "Their other answers",
                "How do you know the person? I’m a neighbour", "What have you noticed? Shouting most nights",
                "This case passed the anti-automation checks.");
        assertFalse(text.contains("Where does the person live"), "left blank, left out");
        assertEquals(Set.of(), schema().validate(new ObjectMapper().readTree(read.json())));
    }

    @Test
    void aConcernWithContactSaysHowToReachTheReporter() throws Exception {
        Read read = read(stored(CaseKind.CONCERN, Verification.NOT_CHECKED, SENT, concern(FormFixtures.valid(ConcernReport.FORM)
                .with("callBack", "yes").with("reporterName", "Alex Reed").with("reporterSafeTimes", "After 7pm"))));
        assertEquals("""

                | HOW TO MAKE CONTACT SAFELY: READ THIS FIRST
                |
                | How to contact: Phone call
                | Your name: Alex Reed
                | Phone number: 01632960001
                | Email address: name@example.com
                | When is it best to contact you? After 7pm
                """, box(read.text()));
        assertFalse(read.text().contains("promised"), "Bolsover promises a time to its tenants only: " + read.text());
        assertTrue(read.text().contains("The anti-automation checks are not turned on, so this case was not checked."), read.text());
        assertEquals(Set.of(), schema().validate(new ObjectMapper().readTree(read.json())));
    }

    @Test
    void thePromiseIsCountedInUkTimeOrSaidAsGiven() throws Exception {
        // 24 October 2026, 13:00 in London (BST); the clocks go back at 02:00 on 25 October.
        Instant beforeTheClocksGoBack = Instant.parse("2026-10-24T12:00:00Z");
        Map<String, Object> notTenant = selfReferral(FormFixtures.valid(SELF).with("housing", "not-tenant"));
        StoredCase stored = stored(CaseKind.SELF_REFERRAL, Verification.VERIFIED, beforeTheClocksGoBack, notTenant);
        assertEquals("We promised contact within 48 hours: by 26 October, 12:00.\nSent on 24 October 2026 at 13:00.\n",
                timing(read(composer(promising("within 48 hours")), stored, KEY).text()));
        assertEquals("We promised contact within 2 days: by 26 October, 13:00.\nSent on 24 October 2026 at 13:00.\n",
                timing(read(composer(promising("within 2 days")), stored, KEY).text()));
        assertEquals("We promised contact within 1 day: by 25 October, 13:00.\nSent on 24 October 2026 at 13:00.\n",
                timing(read(composer(promising("within 1 day")), stored, KEY).text()));
        assertEquals("We promised contact by the end of the next working day.\nSent on 24 October 2026 at 13:00.\n",
                timing(read(composer(promising("by the end of the next working day")), stored, KEY).text()));
        assertEquals("Sent on 24 October 2026 at 13:00.\n", timing(read(stored).text()),
                "Bolsover's promise is to its tenants");
        assertEquals("Sent on 24 October 2026 at 13:00.\n", timing(read(composer(promising(null)), stored, KEY).text()));
    }

    /** The lines between the safe-contact box and the other answers. */
    private static String timing(String text) {
        int after = text.indexOf("=".repeat(64), text.indexOf("=".repeat(64)) + 64) + 64;
        return text.substring(after, text.indexOf("Their other answers")).strip() + "\n";
    }

    /** Bolsover's pack with another promise, made to everyone. */
    private static Provider promising(String promise) {
        Provider p = PACK.provider();
        return new Provider(p.id(), p.name(), p.area(), p.areas(), p.policy(), p.lastReviewed(), p.helpline24h(), promise,
                false, p.contact(), p.teams(), p.accessibility(), p.privacy(), p.gaps(), p.contactMethods(), p.formats());
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText());
    }

    private static String schemaText() throws IOException {
        try (InputStream in = CaseMessageTest.class.getResourceAsStream("/schemas/intake-case.schema.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
