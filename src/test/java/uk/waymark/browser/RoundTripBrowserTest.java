package uk.waymark.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.waymark.receiver.ReferenceReceiver;
import uk.waymark.support.PackPortal;
import uk.waymark.support.TestH2;
import uk.waymark.support.TestPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What people write arrives exactly: both forms typed into Chromium in Polish, Urdu (right to
 * left), Welsh, emoji (with joiners), quotes, angle brackets and line breaks, every text answer
 * at its field's limit, sent by the portal to the reference receiver over signed HTTP, and
 * compared value by value with what was typed, after the documented cleaning (README, "What
 * the forms keep"). On H2 and on PostgreSQL.
 */
class RoundTripBrowserTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"H2", "PostgreSQL"})
    void everyAnswerArrivesAsTyped(String database) throws Exception {
        Path received = Files.createTempFile("round-trip", ".jsonl");
        Files.delete(received);
        var receiver = new ReferenceReceiver(SECRET, received, 0, 0, 0);
        int port = receiver.start(0);
        Map<String, Object> properties = new HashMap<>(database.equals("H2") ? TestH2.newDatabase() : TestPostgres.newDatabase());
        properties.put("waymark.delivery.url", "http://127.0.0.1:" + port + "/cases");
        properties.put("waymark.delivery.secret", SECRET);
        properties.put("waymark.delivery.poll-interval", "20ms");
        try (PackPortal portal = PackPortal.start("bolsover", properties)) {
            Browser browser = Browser.withJavaScript().fresh();
            List<String> differences = new ArrayList<>();

            // "Contact us safely", through someone the person trusts.
            Map<String, String> typed = new LinkedHashMap<>();
            typed.put("trustedName", fit("Zażółć Gęślą-Jaźń Łukasiewicz ", 100));
            typed.put("trustedPhone", "07911 123456");
            typed.put("safeTimesDetail", fit("Ble mae'r ŵyn? Dydd Llun yn unig, cyn 10am 😀\nNid ar ôl 6pm. ", 1000));
            typed.put("codeWord", fit("👩‍👧 \"bluebell\" 🏳️‍🌈 <i> ❤️ ", 100));
            // Leading spaces and a right-to-left override: cleaning trims the one and removes the other.
            typed.put("unsafe", "  \u202E" + fit("وہ شام کو میرے پیغامات پڑھتا ہے۔\n<script>alert('x')</script> & \"quotes\"\n", 1000));
            typed.put("name", fit("Siân Llŷr ap Rhys ", 100));
            typed.put("language", fit("اردو (Urdu) ", 100));
            typed.put("helpOther", fit("Cyngor am \"fy nghar\" <b>nid</b> 'trwm' & help with می‌خواهم\n", 1000));
            browser.open(portal.url(formPath(portal, "contact")));
            choose(browser, "method", "trusted-person");
            choose(browser, "safeTimes", "weekday-evenings");
            choose(browser, "voicemail", "no");
            choose(browser, "sayWhoWeAre", "no");
            choose(browser, "housing", "tenant");
            choose(browser, "children", "no");
            choose(browser, "help", "something-else");
            choose(browser, "consent", "yes");
            typed.forEach((field, text) -> type(browser, field, text));
            String contact = send(browser);

            // "Report a concern", asking to be called back.
            Map<String, String> concern = new LinkedHashMap<>();
            concern.put("noticed", fit("Krzyki co noc. 😢 \"Pomocy!\" <słyszę> & płacz\nچیخیں ہر رات\nSŵn gwydr yn torri.\n", 2000));
            concern.put("where", fit("Fflat 3, Heol y Felin, Llanelli 🏠 ", 200));
            concern.put("reporterName", fit("عائشہ خان ", 100));
            concern.put("reporterEmail", "zażółć@przykład.pl");
            concern.put("reporterSafeTimes", fit("Po 18:00 🕕 \"wieczorem\" <nie rano> ", 500));
            browser.open(portal.url(formPath(portal, "concern")));
            choose(browser, "relationship", "neighbour");
            choose(browser, "children", "not-sure");
            choose(browser, "callBack", "yes");
            concern.forEach((field, text) -> type(browser, field, text));
            String concernReference = send(browser);

            JsonNode selfReferral = awaitCase(received, contact);
            compare(differences, typed, selfReferral, Map.of(
                    "trustedName", "/safeContact/contact/trustedName", "safeTimesDetail", "/safeContact/safeTimesDetail",
                    "codeWord", "/safeContact/codeWord", "unsafe", "/safeContact/unsafe", "name", "/answers/name",
                    "language", "/answers/language", "helpOther", "/answers/helpOther"));
            assertEquals("07911123456", selfReferral.at("/safeContact/contact/trustedPhone").asText(), "phone numbers are kept as digits");
            JsonNode reported = awaitCase(received, concernReference);
            compare(differences, concern, reported, Map.of(
                    "noticed", "/answers/noticed", "where", "/answers/where", "reporterName", "/safeContact/contact/name",
                    "reporterEmail", "/safeContact/contact/email", "reporterSafeTimes", "/safeContact/contact/safeTimes"));
            System.out.printf("Round trip on %s: %d answers compared, %d differences%n", database, 12, differences.size());
            assertEquals(List.of(), differences);
        } finally {
            receiver.stop();
        }
    }

    /** The form's address, from the portal's own page list rather than a literal. */
    private static String formPath(PackPortal portal, String which) {
        return which.equals("contact") ? uk.waymark.content.SitePage.CONTACT.path() : uk.waymark.content.SitePage.CONCERN.path();
    }

    /**
     * Text of exactly {@code length} UTF-16 units (as the portal and a browser count), made of
     * whole characters: the pattern repeated, ending on a letter.
     */
    static String fit(String pattern, int length) {
        StringBuilder out = new StringBuilder();
        int[] points = pattern.codePoints().toArray();
        for (int i = 0; ; i++) {
            int next = points[i % points.length];
            if (out.length() + Character.charCount(next) > length - 1) {
                break;
            }
            out.appendCodePoint(next);
        }
        while (out.length() < length) {
            out.append('x');
        }
        return out.toString();
    }

    /** What the portal keeps of typed text: line breaks as \n, direction overrides removed, trimmed (see the README). */
    private static String cleaned(String typed) {
        return typed.replace("\r\n", "\n").replaceAll("[\\u202A-\\u202E\\u2066-\\u2069\\u200B\\u200E\\u200F\\u061C\\uFEFF]", "").strip();
    }

    private static void compare(List<String> differences, Map<String, String> typed, JsonNode delivered, Map<String, String> where) {
        where.forEach((field, pointer) -> {
            String expected = cleaned(typed.get(field));
            String arrived = delivered.at(pointer).asText();
            if (!expected.equals(arrived)) {
                differences.add(field + ": typed " + expected.length() + " chars " + escaped(expected) + ", arrived " + arrived.length()
                        + " chars " + escaped(arrived));
            }
        });
    }

    private static void choose(Browser browser, String name, String value) {
        String id = browser.find("input[name='" + name + "'][value='" + value + "']").getAttribute("id");
        browser.find("label[for='" + id + "']").click();
    }

    /**
     * Types into the field as an input method would: Chromium's Input.insertText, which takes any
     * character (chromedriver's sendKeys refuses those outside the Basic Multilingual Plane, such as emoji).
     */
    private static void type(Browser browser, String field, String text) {
        var element = browser.find("#" + field);
        browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", element);
        browser.driver().executeCdpCommand("Input.insertText", Map.of("text", text));
        String value = (String) browser.script("return arguments[0].value", element);
        assertEquals(text.replace("\r\n", "\n"), value, field + " holds what was typed");
    }

    private static String send(Browser browser) {
        browser.find("#send").click();
        browser.waitFor(d -> browser.address().contains("/sent/") || d.getTitle().startsWith("Error"));
        assertTrue(browser.address().contains("/sent/"),
                () -> "the form was accepted: " + browser.findAll(".govuk-error-summary__list a").stream().map(e -> e.getText()).toList());
        return browser.find(".waymark-reference").getText();
    }

    private static JsonNode awaitCase(Path received, String reference) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(received)) {
                for (String line : Files.readAllLines(received)) {
                    JsonNode node = new ObjectMapper().readTree(line);
                    if (node.at("/case/reference").asText().equals(reference)) {
                        return node.get("case");
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError(reference + " did not reach the receiver");
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(80).forEach(c -> out.append(c == '\n' ? "\\n" : c < 0x20 ? String.format("\\u%04X", c) : Character.toString(c)));
        return out.append(text.length() > 80 ? "…" : "").toString();
    }
}
