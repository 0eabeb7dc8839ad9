package uk.waymark.openreferral;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import uk.waymark.config.SiteConfiguration;
import uk.waymark.content.Hours;
import uk.waymark.content.Pack;
import uk.waymark.content.Phone;
import uk.waymark.content.Service;
import uk.waymark.web.Precompressed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The pack's directory as Open Referral UK (HSDS 3.0 UK profile) JSON: organisations, services,
 * phones, schedules, service areas and languages. Built once from the pack; it holds only what
 * the pack publishes on its pages, never anything a visitor sent.
 *
 * <p>Identifiers are name-based UUIDs of the pack and the service id, so they stay the same
 * across restarts and deployments and another directory can keep its links to them.
 */
@Singleton
final class OpenReferralFeed {

    static final String JSON = "application/json";
    private static final String[] RRULE_DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private final Pack pack;
    private final String publicUrl;
    private final JsonMapper json;
    private final Map<String, Map<String, Object>> services = new LinkedHashMap<>();
    private final Precompressed list;
    private final Precompressed about;

    OpenReferralFeed(Pack pack, SiteConfiguration site, JsonMapper json) {
        this.pack = pack;
        this.publicUrl = site.publicUrl();
        this.json = json;
        for (Service service : pack.directory()) {
            services.put(uuid("service", service.id()), service(service));
        }
        this.list = body(page(new ArrayList<>(services.values())));
        this.about = body(Map.of("version", "3.0", "profile", "https://openreferraluk.org",
                "openapi_url", publicUrl + "/open-referral/services"));
    }

    Precompressed about() {
        return about;
    }

    Precompressed services() {
        return list;
    }

    Optional<Precompressed> service(String id) {
        return Optional.ofNullable(services.get(id)).map(this::body);
    }

    /** The paginated list shape of the Open Referral UK API, with every service on one page. */
    private static Map<String, Object> page(List<Map<String, Object>> contents) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("total_items", contents.size());
        page.put("total_pages", 1);
        page.put("page_number", 1);
        page.put("size", contents.size());
        page.put("first_page", true);
        page.put("last_page", true);
        page.put("empty", contents.isEmpty());
        page.put("contents", contents);
        return page;
    }

    private Map<String, Object> service(Service service) {
        String id = uuid("service", service.id());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("name", service.name());
        out.put("description", service.summary());
        out.put("url", service.website() != null ? service.website() : publicUrl + "/services#service-" + service.id());
        if (service.email() != null) {
            out.put("email", service.email());
        }
        out.put("status", "active");
        if (!service.eligibility().isEmpty()) {
            out.put("eligibility_description", String.join(" ", service.eligibility()));
        }
        if (service.howToRefer() != null) {
            out.put("application_process", service.howToRefer());
        }
        out.put("assured_date", pack.provider().lastReviewed().format(DateTimeFormatter.ISO_LOCAL_DATE));
        out.put("organization", organisation(service));
        List<Map<String, Object>> phones = new ArrayList<>();
        for (Phone phone : service.phones()) {
            phones.add(phone(service, phone, phone.label() == null ? "Phone" : phone.label()));
        }
        if (service.text() != null) {
            phones.add(phone(service, service.text(), "Text message"));
        }
        out.put("phones", phones);
        out.put("schedules", schedules(service, id));
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("id", uuid("service-area", service.id()));
        area.put("service_id", id);
        area.put("name", service.area());
        out.put("service_areas", List.of(area));
        out.put("languages", service.languages().stream().map(language -> Map.<String, Object>of(
                "id", uuid("language", service.id() + "/" + language), "service_id", id, "name", language)).toList());
        out.put("contacts", List.of());
        return out;
    }

    private Map<String, Object> organisation(Service service) {
        String name = service.organisation() != null ? service.organisation()
                : service.national() ? service.name() : pack.provider().name();
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("id", uuid("organization", name));
        organisation.put("name", name);
        organisation.put("description", service.national() ? "Runs " + service.name() + "."
                : "Listed by " + pack.provider().name() + " in its domestic abuse policy.");
        return organisation;
    }

    private Map<String, Object> phone(Service service, Phone phone, String description) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", uuid("phone", service.id() + "/" + phone.digits() + "/" + description));
        out.put("number", phone.display());
        out.put("description", description);
        return out;
    }

    /** Opening times as RFC 5545 weekly rules in UK time; none when the pack does not know them. */
    private List<Map<String, Object>> schedules(Service service, String serviceId) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (service.hours() instanceof Hours.Always) {
            out.add(schedule(service, serviceId, 0, "MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", service.hours().describe()));
        } else if (service.hours() instanceof Hours.Weekly weekly) {
            int n = 0;
            for (Hours.Session session : weekly.sessions()) {
                String days = session.days().stream().sorted().map(d -> RRULE_DAYS[d.getValue() - 1]).collect(Collectors.joining(","));
                out.add(schedule(service, serviceId, n++, days, session.opens().toString(), session.closes().toString(),
                        new Hours.Weekly(List.of(session)).describe()));
            }
        }
        return out;
    }

    private Map<String, Object> schedule(Service service, String serviceId, int n, String byday, String opens, String closes,
                                         String description) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", uuid("schedule", service.id() + "/" + n));
        out.put("service_id", serviceId);
        out.put("freq", "WEEKLY");
        out.put("interval", 1);
        out.put("byday", byday);
        out.put("opens_at", opens);
        out.put("closes_at", closes);
        out.put("description", description + " (UK time)");
        return out;
    }

    private String uuid(String kind, String key) {
        return UUID.nameUUIDFromBytes((pack.provider().id() + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private Precompressed body(Object value) {
        try {
            return Precompressed.of(JSON, json.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
