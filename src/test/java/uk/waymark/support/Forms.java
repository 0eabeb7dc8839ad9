package uk.waymark.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    /** A complete, valid "Contact us safely" form; tests change or remove single answers. */
    public static Map<String, Object> validContact() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", "Sam");
        form.put("method", "phone");
        form.put("phone", "07911 123456");
        form.put("safeTimes", List.of("weekday-mornings", "weekends"));
        form.put("safeTimesDetail", "Only before 10am on Tuesdays");
        form.put("voicemail", "no");
        form.put("sayWhoWeAre", "no");
        form.put("onlyYou", "yes");
        form.put("codeWord", "bluebell");
        form.put("unsafe", "He reads my texts in the evening");
        form.put("housing", "tenant");
        form.put("children", "yes");
        form.put("language", "Polish");
        form.put("interpreter", List.of("spoken-language"));
        form.put("staffGender", "woman");
        form.put("help", List.of("safe-at-home", "something-else"));
        form.put("helpOther", "Advice about my car");
        form.put("consent", "yes");
        return form;
    }

    /** A complete, valid "Report a concern" form, anonymous. */
    public static Map<String, Object> validConcern() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("relationship", "neighbour");
        form.put("noticed", "Shouting and a crash next door most nights");
        form.put("where", "Flat 3, Mill Lane");
        form.put("children", "yes");
        return form;
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
