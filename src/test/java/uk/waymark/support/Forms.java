package uk.waymark.support;

import uk.waymark.content.PackLoader;
import uk.waymark.questions.ConcernReport;
import uk.waymark.questions.Form;
import uk.waymark.questions.SelfReferral;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills in the portal's forms over real HTTP, as a browser on the portal's own pages would:
 * it reads the form's token from the page and sends the Origin header. Redirects are not
 * followed, so tests see the 303 itself.
 */
public final class Forms {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String origin;

    public Forms(int port) {
        this.origin = "http://localhost:" + port;
    }

    /** Bolsover's form asks every question any pack's does; the answers below are accepted by every pack's. */
    private static final Form SELF_REFERRAL = SelfReferral.form(new PackLoader(Path.of("content")).load("bolsover").provider());

    /** A complete, valid "Contact us safely" form, built from its definition; tests change or remove single answers. */
    public static Map<String, Object> validContact() {
        return FormFixtures.valid(SELF_REFERRAL)
                .with("name", "Sam")
                .with("method", "phone").with("phone", "07911 123456")
                .with("safeTimes", List.of("weekday-mornings", "weekends"))
                .with("safeTimesDetail", "Only before 10am on Tuesdays")
                .with("voicemail", "no").with("sayWhoWeAre", "no").with("onlyYou", "yes")
                .with("codeWord", "bluebell").with("unsafe", "He reads my texts in the evening")
                .with("housing", "tenant").with("children", "yes").with("language", "Polish")
                .with("interpreter", List.of("spoken-language")).with("staffGender", "woman")
                .with("help", List.of("safe-at-home", "something-else")).with("helpOther", "Advice about my car")
                .with("consent", "yes")
                .post();
    }

    /** A complete, valid "Report a concern" form, anonymous, built from its definition. */
    public static Map<String, Object> validConcern() {
        return FormFixtures.valid(ConcernReport.FORM)
                .with("relationship", "neighbour")
                .with("noticed", "Shouting and a crash next door most nights")
                .with("where", "Flat 3, Mill Lane")
                .with("children", "yes")
                .without("callBack")
                .post();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(origin + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The form's token, read from its page as a browser would have it. */
    public String token(String path) throws IOException, InterruptedException {
        Matcher matcher = TOKEN.matcher(get(path).body());
        if (!matcher.find()) {
            throw new AssertionError("no token on " + path);
        }
        return matcher.group(1);
    }

    /** Posts the form with a fresh token from its page, from the portal's own origin. */
    public HttpResponse<String> post(String path, Map<String, Object> form) throws IOException, InterruptedException {
        Map<String, Object> withToken = new LinkedHashMap<>(form);
        if (!withToken.containsKey("token")) {
            withToken.put("token", token(path));
        }
        return post(path, encode(withToken), "Origin", origin);
    }

    /** Sends {@code count} valid self-referrals on one token from the form, each taken (303) or an AssertionError. */
    public void sendContacts(int count) throws IOException, InterruptedException {
        String token = token("/contact");
        for (int i = 0; i < count; i++) {
            Map<String, Object> answers = validContact();
            answers.put("token", token);
            int status = post("/contact", answers).statusCode();
            if (status != 303) {
                throw new AssertionError("referral " + (i + 1) + " of " + count + " answered " + status + ", not 303");
            }
        }
    }

    /** Posts exactly this body with exactly these extra headers (name, value, ...). */
    public HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String encode(Map<String, Object> form) {
        return form.entrySet().stream().flatMap(e -> (e.getValue() instanceof List<?> values ? values.stream() : java.util.stream.Stream.of(e.getValue()))
                        .map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }

    public String origin() {
        return origin;
    }
}
