package uk.waymark.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one provider's portal shows: its profile, pages and services (its own and the
 * national ones).
 *
 * @param privacyRecaptcha the privacy notice's words about reCAPTCHA, shown only while it is on
 */
public record Pack(Provider provider, Map<String, Page> pages, List<Page> policySections, List<Service> services,
                   Page privacyRecaptcha) {

    public Page page(SitePage page) {
        return pages.get(page.path());
    }

    public Optional<Page> policySection(String name) {
        return Optional.ofNullable(pages.get(SitePage.POLICY.path() + "/" + name))
                .filter(policySections::contains);
    }

    /** Services a person can contact, emergency routes excluded. */
    public List<Service> directory() {
        return services.stream().filter(s -> !s.emergency()).toList();
    }

    public List<Service> emergencyRoutes() {
        return services.stream().filter(Service::emergency).toList();
    }

    /** Phone lines open 24 hours, the provider's own helpline first. */
    public List<Service> allDayHelplines() {
        return directory().stream()
                .filter(s -> s.alwaysOpen() && !s.phones().isEmpty())
                .sorted(java.util.Comparator.comparing((Service s) -> !s.equals(provider.helpline24h())))
                .toList();
    }

    public Optional<Service> service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
