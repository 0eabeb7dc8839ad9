package uk.waymark.openreferral;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.waymark.content.Pack;
import uk.waymark.content.Service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The directory feed, checked against the Open Referral UK profile's required fields and formats. */
@MicronautTest
class OpenReferralHttpTest {

    /** Required fields of each Open Referral UK (HSDS 3.0 UK profile) object the feed publishes. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "service", List.of("id", "name", "status", "url"),
            "organization", List.of("id", "name", "description"),
            "phone", List.of("id", "number"),
            "schedule", List.of("id"),
            "service_area", List.of("id"),
            "language", List.of("id"));
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Set<String> STATUSES = Set.of("active", "inactive", "defunct", "temporarily closed");
    private static final Pattern BYDAY = Pattern.compile("(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*");
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    @Inject
    EmbeddedServer server;

    @Inject
    Pack pack;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theServiceListHasEveryDirectoryServiceWithTheRequiredFields() throws Exception {
        HttpResponse<String> response = get("/open-referral/services");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(null));
        assertEquals("public, max-age=3600", response.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(List.of(), response.headers().allValues("Set-Cookie"));

        JsonNode page = json.readTree(response.body());
        JsonNode contents = page.get("contents");
        assertEquals(pack.directory().size(), page.get("total_items").asInt());
        assertEquals(pack.directory().size(), contents.size());

        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode service : contents) {
            required("service", service, problems);
            ids.add(service.path("id").asText());
            if (!STATUSES.contains(service.path("status").asText())) {
                problems.add("status " + service.path("status"));
            }
            if (!URI.create(service.path("url").asText()).isAbsolute()) {
                problems.add("url not absolute: " + service.path("url"));
            }
            required("organization", service.get("organization"), problems);
            service.path("phones").forEach(p -> required("phone", p, problems));
            service.path("service_areas").forEach(a -> required("service_area", a, problems));
            service.path("languages").forEach(l -> required("language", l, problems));
            for (JsonNode schedule : service.path("schedules")) {
                required("schedule", schedule, problems);
                if (!BYDAY.matcher(schedule.path("byday").asText()).matches() || !TIME.matcher(schedule.path("opens_at").asText()).matches()
                        || !TIME.matcher(schedule.path("closes_at").asText()).matches()) {
                    problems.add("schedule not an RFC 5545 weekly rule: " + schedule);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(contents.size(), ids.size(), "service ids are unique");
    }

    @Test
    void theFeedCarriesThePacksOwnFactsAndStaysStable() throws Exception {
        JsonNode contents = json.readTree(get("/open-referral/services").body()).get("contents");
        for (int i = 0; i < contents.size(); i++) {
            Service service = pack.directory().get(i);
            JsonNode published = contents.get(i);
            assertEquals(service.name(), published.get("name").asText());
            List<String> numbers = new ArrayList<>();
            published.get("phones").forEach(p -> numbers.add(p.get("number").asText()));
            List<String> expected = new ArrayList<>(service.phones().stream().map(p -> p.display()).toList());
            if (service.text() != null) {
                expected.add(service.text().display());
            }
            assertEquals(expected, numbers, service.id());
            assertEquals(service.hours() instanceof uk.waymark.content.Hours.Unknown, published.get("schedules").isEmpty(), service.id());
        }
        assertEquals(contents, json.readTree(get("/open-referral/services").body()).get("contents"), "the same ids every time");
    }

    @Test
    void oneServiceCanBeReadByItsIdAndAnUnknownIdIsNotFound() throws Exception {
        JsonNode first = json.readTree(get("/open-referral/services").body()).get("contents").get(0);
        HttpResponse<String> one = get("/open-referral/services/" + first.get("id").asText());
        assertEquals(200, one.statusCode());
        assertEquals(first, json.readTree(one.body()));
        assertEquals(404, get("/open-referral/services/00000000-0000-3000-8000-000000000000").statusCode());
    }

    @Test
    void theRootSaysWhichVersionOfTheStandardItFollows() throws Exception {
        JsonNode about = json.readTree(get("/open-referral").body());
        assertEquals("3.0", about.get("version").asText());
    }

    private void required(String kind, JsonNode node, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(kind + " missing");
            return;
        }
        for (String field : REQUIRED.get(kind)) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || value.asText().isBlank()) {
                problems.add(kind + " has no " + field + ": " + node);
            }
        }
        if (!UUID.matcher(node.path("id").asText()).matches()) {
            problems.add(kind + " id is not a UUID: " + node.path("id"));
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
