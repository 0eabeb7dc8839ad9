package uk.waymark.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.waymark.content.Pack;
import uk.waymark.content.Page;
import uk.waymark.content.SitePage;
import uk.waymark.support.Forms;
import uk.waymark.support.HtmlChecker;
import uk.waymark.support.PackPortal;
import uk.waymark.support.PortalPages;
import uk.waymark.support.RawHttp;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Nu Html Checker over every page of every pack and every state of every form: empty, with
 * every error, with every reveal open, refused by the rate limit, with a stale token, cross-site,
 * sent, its confirmation expired; the error pages; the directory with its filters; the behaviour
 * questions and their answers. 0 errors; warnings are counted. On the same documents: no id
 * outside the content's headings starts with the headings' prefix, and every link to a fragment
 * lands on an element of its page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidHtmlTest {

    private static final int RATE_LIMIT = 2;
    private static final Pattern FORM = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");
    private static final Pattern CHOICE = Pattern.compile("<input class=\"govuk-(?:radios|checkboxes)__input\"[^>]*\\bname=\"([^\"]+)\"[^>]*\\bvalue=\"([^\"]*)\"");
    private static final Pattern TEXT_FIELD = Pattern.compile("<(?:input class=\"govuk-input|textarea class=\"govuk-textarea)[^>]*\\bname=\"([^\"]+)\"");
    private static final Pattern ELEMENT_ID = Pattern.compile("<([a-zA-Z0-9]+)\\b[^>]*\\sid=\"([^\"]*)\"");
    private static final Pattern HREF = Pattern.compile("<a\\b[^>]*\\shref=\"([^\"]*)\"");
    private static final Pattern QUESTIONS_LINK = Pattern.compile("href=\"(" + Pattern.quote(SitePage.BEHAVIOUR.path()) + "/[^\"]+)\"");

    private HtmlChecker checker;
    private final AtomicInteger address = new AtomicInteger(1);
    private int documents;
    private int errors;
    private final Map<String, Integer> warnings = new TreeMap<>();

    /** One document as the portal answered it: what state it is, its status, its HTML. */
    private record Document(String state, String path, int status, String html) {
    }

    List<String> packs() {
        return PackPortal.packs();
    }

    @BeforeAll
    void startTheChecker() {
        checker = new HtmlChecker();
    }

    @AfterAll
    void printTheCounts() {
        int warned = warnings.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Nu Html Checker: %d documents checked, %d errors, %d warnings%n", documents, errors, warned);
        warnings.forEach((text, count) -> System.out.printf("  %4d x warning: %s%n", count, text));
    }

    @Test
    void theCheckerFindsTheFaultsThisTestIsFor() {
        // What believe housing's contact page did: a heading and a field with one id; and a label
        // whose field is missing.
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Contact</title></head><body>\n"
                + "<h2 id=\"phone\">Phone</h2>\n<label for=\"phone\">Phone number</label> <input id=\"phone\" name=\"phone\">\n"
                + "<label for=\"email\">Email address</label>\n</body></html>\n";
        List<String> found = checker.check("a broken page", page).stream()
                .filter(m -> m.kind() == HtmlChecker.Kind.ERROR).map(HtmlChecker.Message::text).toList();
        assertTrue(found.stream().anyMatch(t -> t.contains("Duplicate ID") && t.contains("phone")), found.toString());
        assertTrue(found.stream().anyMatch(t -> t.contains("“for” attribute of the “label” element")), found.toString());
        String fixed = page.replace("<h2 id=\"phone\">", "<h2 id=\"" + Page.headingId("phone") + "\">")
                .replace("<label for=\"email\">Email address</label>", "<label for=\"email\">Email address</label> <input id=\"email\" name=\"email\">");
        assertEquals(List.of(), checker.check("the page fixed", fixed));
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyPageAndEveryFormStateIsValidHtml(String id) throws Exception {
        // The rate limit counts by address; each sent form comes from its own, so only the
        // client that is meant to reach the limit reaches it.
        try (PackPortal portal = PackPortal.start(id, Map.of("waymark.forms.rate-limit", RATE_LIMIT, "waymark.forms.trust-forwarded-for", true))) {
            long start = System.nanoTime();
            List<Document> all = documents(portal);
            long fetched = System.nanoTime();
            List<String> problems = new ArrayList<>();
            for (Document document : all) {
                for (HtmlChecker.Message message : checker.check(id + " " + document.state(), document.html())) {
                    if (message.kind() == HtmlChecker.Kind.ERROR) {
                        problems.add(document.state() + " (" + document.path() + "): " + message);
                        errors++;
                    } else {
                        warnings.merge(message.text(), 1, Integer::sum);
                    }
                }
            }
            documents += all.size();
            keep(id, all);
            problems.addAll(idProblems(portal.pack(), all));
            System.out.printf("%s: %d documents, fetched in %d ms, checked in %d ms%n", id, all.size(),
                    (fetched - start) / 1_000_000, (System.nanoTime() - fetched) / 1_000_000);
            assertEquals(List.of(), problems, id);
        }
    }

    /**
     * Every document checked is also written to {@code target/rendered-pages/<pack>/}, one file a
     * state, so that the HTML of two versions can be compared: run this test on each, then diff.
     */
    private static void keep(String pack, List<Document> all) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "rendered-pages", pack);
        java.nio.file.Files.createDirectories(dir);
        for (int i = 0; i < all.size(); i++) {
            String name = String.format("%03d-%s.html", i, all.get(i).state().replaceAll("[^A-Za-z0-9]+", "-"));
            java.nio.file.Files.writeString(dir.resolve(name.length() > 120 ? name.substring(0, 115) + ".html" : name), all.get(i).html());
        }
    }

    // ------------------------------------------------------------------ the documents

    private List<Document> documents(PackPortal portal) throws Exception {
        Pack pack = portal.pack();
        Forms forms = new Forms(portal.port());
        List<Document> all = new ArrayList<>();
        for (String path : PortalPages.of(pack)) {
            all.add(get(forms, "page", path, path.equals(PortalPages.MISSING) ? 404 : 200));
        }
        all.addAll(directory(forms, pack));
        all.add(get(forms, "a policy section that does not exist", SitePage.POLICY.path() + "/no-such-section", 404));
        all.addAll(behaviour(forms, pack));
        all.addAll(form(forms, SitePage.CONTACT.path(), Forms.validContact()));
        all.addAll(form(forms, SitePage.CONCERN.path(), Forms.validConcern()));
        all.addAll(errorPages(forms, portal.port()));
        return all;
    }

    private List<Document> directory(Forms forms, Pack pack) throws Exception {
        String services = SitePage.SERVICES.path();
        List<Document> all = new ArrayList<>();
        all.add(get(forms, "directory, open now", services + "?open=now", 200));
        all.add(get(forms, "directory, nothing matches", services + "?for=deaf-bsl&for=older-people&contact=text&open=now", 200));
        all.add(get(forms, "directory, every filter", services + "?for=women&for=men&for=lgbt&contact=phone&contact=email&open=now", 200));
        for (var area : pack.provider().areas()) {
            all.add(get(forms, "directory, area " + area.id(), services + "?area=" + area.id() + "&for=anyone-affected", 200));
        }
        all.add(get(forms, "directory, unknown filters", services + "?for=nobody&contact=pigeon&area=atlantis&open=later", 200));
        return all;
    }

    private List<Document> behaviour(Forms forms, Pack pack) throws Exception {
        Matcher link = QUESTIONS_LINK.matcher(forms.get(SitePage.BEHAVIOUR.path()).body());
        assertTrue(link.find(), "the behaviour page links to its questions");
        Document questions = get(forms, "behaviour questions", link.group(1), 200);
        String action = action(questions);
        Map<String, List<String>> choices = choices(questions.html());
        assertTrue(choices.size() >= 4, "the questions: " + choices);
        List<Document> all = new ArrayList<>(List.of(questions));
        all.add(post(forms, "behaviour questions, none answered", action, Map.of(), 422));
        Map<String, Object> half = new LinkedHashMap<>();
        choices.entrySet().stream().limit(2).forEach(e -> half.put(e.getKey(), e.getValue().get(0)));
        all.add(post(forms, "behaviour questions, half answered", action, half, 422));
        // Every answer to every question, with the first answers to the others, then all the last ones.
        for (var question : choices.entrySet()) {
            for (String value : question.getValue()) {
                Map<String, Object> answers = new LinkedHashMap<>();
                choices.forEach((name, values) -> answers.put(name, values.get(0)));
                answers.put(question.getKey(), value);
                all.add(post(forms, "behaviour answers " + answers, action, answers, 200));
            }
        }
        Map<String, Object> last = new LinkedHashMap<>();
        choices.forEach((name, values) -> last.put(name, values.get(values.size() - 1)));
        all.add(post(forms, "behaviour answers " + last, action, last, 200));
        return all;
    }

    /** Every state of one of the two forms, from its own page. */
    private List<Document> form(Forms forms, String page, Map<String, Object> valid) throws Exception {
        Document empty = get(forms, page + " form, empty", page, 200);
        String action = action(empty);
        Map<String, List<String>> choices = choices(empty.html());
        List<Document> all = new ArrayList<>(List.of(empty));
        all.add(post(forms, page + " form, nothing answered", action, Map.of(), 422));

        // Every error a field can have: too long, and not what it asks for; every choice an
        // unknown value; every reveal open, with its own field wrong.
        Map<String, Object> wrong = new LinkedHashMap<>();
        for (String field : textFields(empty.html())) {
            wrong.put(field, "x".repeat(5000));
        }
        choices.forEach((name, values) -> wrong.put(name, "not-an-answer"));
        all.add(post(forms, page + " form, every answer too long or unknown", action, wrong, 422));
        for (var choice : revealing(empty.html()).entrySet()) {
            for (String value : choice.getValue()) {
                Map<String, Object> answers = new LinkedHashMap<>(valid);
                answers.put(choice.getKey(), value);
                textFields(empty.html()).stream().filter(f -> !valid.containsKey(f)).forEach(f -> answers.put(f, "@@@ not valid @@@"));
                answers.remove("consent");
                answers.put("token", "1.AAAA"); // shown again whatever else is wrong
                all.add(post(forms, page + " form, " + choice.getKey() + "=" + value + " open, the other fields wrong", action, answers, 422));
            }
        }
        Map<String, Object> everything = new LinkedHashMap<>(valid);
        choices.forEach((name, values) -> everything.put(name, values.size() > 1 && !valid.containsKey(name) ? values : values.get(0)));
        textFields(empty.html()).forEach(f -> everything.putIfAbsent(f, "Something"));
        everything.put("token", "1.AAAA"); // shown again, answers kept, as an old form is
        all.add(post(forms, page + " form, every option chosen", action, everything, 422));

        Map<String, Object> stale = new LinkedHashMap<>(valid);
        stale.put("token", "1.AAAA");
        all.add(post(forms, page + " form, stale token", action, stale, 422));
        all.add(document(page + " form, from another site", action,
                forms.post(action, Forms.encode(withToken(forms, page, valid)), "Origin", "https://elsewhere.example"), 403));

        HttpResponse<String> sent = forms.post(action, Forms.encode(withToken(forms, page, valid)),
                "Origin", forms.origin(), "X-Forwarded-For", nextAddress());
        assertEquals(303, sent.statusCode(), page + " form sent");
        String confirmation = sent.headers().firstValue("Location").orElseThrow();
        all.add(get(forms, page + " form, sent", confirmation, 200));
        if (choices.containsKey("method")) {
            for (String method : choices.get("method")) {
                Map<String, Object> another = new LinkedHashMap<>(valid);
                another.put("method", method);
                Map<String, Object> details = Map.of("phone", "07911 123456", "mobile", "07911 123456", "email", "sam@example.org",
                        "bslContact", "sam@example.org", "relayPhone", "07911 123456", "trustedName", "Alex", "trustedPhone", "07911 123456");
                details.forEach(another::putIfAbsent);
                // The last housing answer is not a tenant's: the confirmation's promise differs.
                List<String> housing = choices.getOrDefault("housing", List.of());
                if (!housing.isEmpty()) {
                    another.put("housing", housing.get(housing.size() - 1));
                }
                HttpResponse<String> other = forms.post(action, Forms.encode(withToken(forms, page, another)),
                        "Origin", forms.origin(), "X-Forwarded-For", nextAddress());
                assertEquals(303, other.statusCode(), page + " sent with method " + method + ": " + summaryOf(other.body()));
                all.add(get(forms, page + " form, sent with method " + method, other.headers().firstValue("Location").orElseThrow(), 200));
            }
        }
        all.add(get(forms, page + " form, confirmation expired", confirmation.substring(0, confirmation.length() - 10) + "AAAAAAAAAA", 410));

        String limited = nextAddress();
        for (int i = 0; i < RATE_LIMIT; i++) {
            assertEquals(303, forms.post(action, Forms.encode(withToken(forms, page, valid)), "Origin", forms.origin(),
                    "X-Forwarded-For", limited).statusCode());
        }
        all.add(document(page + " form, rate limit reached", action, forms.post(action, Forms.encode(withToken(forms, page, valid)),
                "Origin", forms.origin(), "X-Forwarded-For", limited), 429));
        return all;
    }

    private List<Document> errorPages(Forms forms, int port) throws Exception {
        String contact = SitePage.CONTACT.path();
        List<Document> all = new ArrayList<>();
        all.add(document("413 too large", contact, forms.post(contact, "unsafe=" + "a".repeat(70_000), "Origin", forms.origin()), 413));
        all.add(document("400 malformed form", contact, forms.post(contact, "name=%E0%A4%A&method=%%%", "Origin", forms.origin()), 400));
        all.add(document("415 not a form", contact, forms.post(contact, "{}", "Origin", forms.origin(), "Content-Type", "application/json"), 415));
        all.add(document("405 post to a page", SitePage.PRIVACY.path(),
                forms.post(SitePage.PRIVACY.path(), "a=b", "Origin", forms.origin()), 405));
        all.add(raw("400 bad address", RawHttp.get(port, SitePage.SERVICES.path() + "?for=%zz"), 400));
        all.add(raw("414 address too long", RawHttp.get(port, "/" + "a".repeat(9000)), 414));
        all.add(raw("431 headers too large", RawHttp.get(port, "/", "X-Padding: " + "a".repeat(20_000)), 431));
        return all;
    }

    // ------------------------------------------------------------------ ids and fragments

    /** Ids made by the templates never look like a content heading's, and every fragment link lands. */
    private List<String> idProblems(Pack pack, List<Document> all) {
        Set<String> headingIds = new HashSet<>();
        for (Page page : pack.pages().values()) {
            page.anchors().forEach(anchor -> headingIds.add(Page.headingId(anchor)));
        }
        Map<String, Set<String>> idsByPath = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Document document : all) {
            Set<String> ids = new LinkedHashSet<>();
            Matcher m = ELEMENT_ID.matcher(document.html());
            while (m.find()) {
                String element = m.group(1);
                String id = m.group(2);
                if (!ids.add(id)) {
                    problems.add(document.state() + ": two elements with the id " + id);
                }
                if (id.startsWith(Page.HEADING_ID_PREFIX) && !(element.matches("h[2-4]") && headingIds.contains(id))) {
                    problems.add(document.state() + ": <" + element + " id=\"" + id + "\"> takes the content headings' prefix");
                }
            }
            if (document.status() == 200) {
                idsByPath.putIfAbsent(document.path(), ids);
            }
        }
        int fragments = 0;
        for (Document document : all) {
            Matcher m = HREF.matcher(document.html());
            while (m.find()) {
                String href = unescape(m.group(1));
                int hash = href.indexOf('#');
                if (hash < 0 || !(href.startsWith("/") || href.startsWith("#"))) {
                    continue;
                }
                String path = href.substring(0, hash);
                Set<String> targetIds;
                if (path.isEmpty()) {
                    targetIds = idsByPath.getOrDefault(document.path(), Set.of());
                    Matcher own = ELEMENT_ID.matcher(document.html());
                    targetIds = new HashSet<>(targetIds);
                    while (own.find()) {
                        targetIds.add(own.group(2));
                    }
                } else {
                    targetIds = idsByPath.get(path);
                }
                fragments++;
                if (targetIds == null) {
                    problems.add(document.state() + ": " + href + " leads to a page this test did not open");
                } else if (!targetIds.contains(href.substring(hash + 1))) {
                    problems.add(document.state() + ": " + href + " lands on no element");
                }
            }
        }
        assertTrue(fragments > all.size(), "fragment links checked: " + fragments);
        return problems;
    }

    // ------------------------------------------------------------------ HTTP

    private Document get(Forms forms, String state, String path, int status) throws Exception {
        return document(state, path, forms.get(path), status);
    }

    private Document post(Forms forms, String state, String action, Map<String, Object> form, int status) throws Exception {
        Map<String, Object> withToken = new LinkedHashMap<>(form);
        if (!withToken.containsKey("token")) {
            withToken.put("token", tokenFor(forms, action));
        }
        return document(state, action, forms.post(action, Forms.encode(withToken), "Origin", forms.origin(),
                "X-Forwarded-For", nextAddress()), status);
    }

    private String tokenFor(Forms forms, String action) throws Exception {
        String body = forms.get(action).body();
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(body);
        return token.find() ? token.group(1) : "";
    }

    private Map<String, Object> withToken(Forms forms, String page, Map<String, Object> form) throws Exception {
        Map<String, Object> withToken = new LinkedHashMap<>(form);
        withToken.put("token", forms.token(page));
        return withToken;
    }

    private static Document document(String state, String path, HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), state + " (" + path + ")");
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("text/html"), state + " answered " + type);
        return new Document(state, path, response.statusCode(), response.body());
    }

    private static Document raw(String state, RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), state);
        return new Document(state, "", answer.status(), answer.body());
    }

    private String nextAddress() {
        int n = address.getAndIncrement();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    /** Addresses in attributes, with '=' and '&' as the page writes them (&#61;, &amp;). */
    private static String unescape(String attribute) {
        return Pattern.compile("&#(?:x([0-9a-fA-F]+)|(\\d+));").matcher(attribute.replace("&amp;", "&"))
                .replaceAll(r -> Character.toString(r.group(1) != null ? Integer.parseInt(r.group(1), 16) : Integer.parseInt(r.group(2))));
    }

    private static String action(Document document) {
        Matcher m = FORM.matcher(document.html());
        assertTrue(m.find(), document.state() + " has a form");
        return m.group(1);
    }

    /** Each radio or checkbox question on the page, with its answers in order. */
    private static Map<String, List<String>> choices(String html) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        Matcher m = CHOICE.matcher(html);
        while (m.find()) {
            choices.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
        }
        return choices;
    }

    /** The answers that reveal more questions when chosen (GOV.UK conditional reveals). */
    private static Map<String, List<String>> revealing(String html) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        Matcher m = CHOICE.matcher(html);
        while (m.find()) {
            if (m.group().contains("data-aria-controls=") || html.substring(m.end(), html.indexOf('>', m.end())).contains("data-aria-controls=")) {
                choices.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
            }
        }
        assertTrue(!choices.isEmpty(), "the form has answers that reveal questions");
        return choices;
    }

    private static List<String> textFields(String html) {
        List<String> fields = new ArrayList<>();
        Matcher m = TEXT_FIELD.matcher(html);
        while (m.find()) {
            if (!fields.contains(m.group(1))) {
                fields.add(m.group(1));
            }
        }
        return fields;
    }

    private static String summaryOf(String html) {
        Matcher m = Pattern.compile("<a href=\"#[^\"]+\">([^<]+)</a>").matcher(html);
        List<String> lines = new ArrayList<>();
        while (m.find()) {
            lines.add(m.group(1));
        }
        return String.join("; ", lines);
    }
}
