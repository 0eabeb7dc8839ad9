package uk.waymark.content;

import java.time.LocalDate;
import java.util.List;

/**
 * The provider a pack speaks for: its name, its policy, its channels and its promises.
 *
 * @param contactPromise the provider's own promise for first contact, as its policy words it
 *                       ("within 48 hours"), or null when the policy makes none
 * @param areas          the areas with separate local services, for the directory's area filter;
 *                       empty when one set of services covers the provider's whole area
 * @param contactPromiseTenantsOnly whether the policy makes that promise to its tenants only
 * @param helpline24h    the 24-hour helpline shown on every page
 */
public record Provider(
        String id,
        String name,
        String area,
        List<Area> areas,
        Policy policy,
        LocalDate lastReviewed,
        Service helpline24h,
        String contactPromise,
        boolean contactPromiseTenantsOnly,
        Contact contact,
        List<Team> teams,
        Accessibility accessibility,
        Privacy privacy,
        List<Gap> gaps) {

    /** The first-contact promise for someone who is, or is not, the provider's tenant; null when none. */
    public String contactPromiseFor(boolean tenant) {
        return contactPromiseTenantsOnly && !tenant ? null : contactPromise;
    }

    /** The policy every page of the pack is drawn from. */
    public record Policy(String title, String version, String date) {
    }

    /** The provider's own ways in. Null fields are ones the policy does not give. */
    public record Contact(Phone phone, String email, String website, String bslVideo, boolean relayUk,
                          List<String> offices, String hours) {

        /** Whether the pack gives any way to reach the provider itself. */
        public boolean reachable() {
            return phone != null || email != null || website != null || bslVideo != null || !offices.isEmpty();
        }
    }

    /** One of several areas the provider covers with different local services. */
    public record Area(String id, String name) {
    }

    public record Team(String name, String does) {
    }

    public record Accessibility(String reportProblem, LocalDate statementPrepared, LocalDate lastTested) {
    }

    public record Privacy(String controller, String contact) {
    }

    /** A fact a page would need that the provider's policy does not give. */
    public record Gap(String field, String note) {
    }
}
