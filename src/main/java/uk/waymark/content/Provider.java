package uk.waymark.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The provider a pack speaks for: its name, its policy, its channels and its promises.
 *
 * @param contactPromise the provider's own promise for first contact, as its policy words it
 *                       ("within 48 hours"), or null when the policy makes none
 * @param areas          the areas with separate local services, for the directory's area filter;
 *                       empty when one set of services covers the provider's whole area
 * @param contactPromiseTenantsOnly whether the policy makes that promise to its tenants only
 * @param helpline24h    the 24-hour helpline shown on every page
 * @param contactMethods the ways the provider says it can contact someone (ids of
 *                       {@link #CONTACT_METHODS}), in the order the form offers them
 * @param formats        the other formats the provider says it offers (ids of {@link #FORMATS})
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
        List<Gap> gaps,
        List<String> contactMethods,
        List<String> formats) {

    /** Every contact method a pack may offer; the form asks only about the pack's own. */
    public static final List<String> CONTACT_METHODS = List.of("phone", "text", "email", "bsl-video", "relay-uk",
            "trusted-person", "office");
    /**
     * The methods every pack offers and states: an ordinary call, text or email from the team, or a
     * call to someone the person trusts, need nothing the provider has to arrange. A BSL video call,
     * a Relay UK call or a meeting at an office do, so a pack offers them only where its policy does.
     */
    public static final List<String> DEFAULT_CONTACT_METHODS = List.of("phone", "text", "email", "trusted-person");
    /** Every other format a pack may say it offers. */
    public static final List<String> FORMATS = List.of("large-print", "other-language", "easy-read", "bsl", "braille", "audio");
    /** Each format of {@link #FORMATS} in the words a page uses for it. */
    private static final Map<String, String> FORMAT_NAMES = Map.of("large-print", "large print",
            "other-language", "another language", "easy-read", "Easy Read", "bsl", "British Sign Language (BSL)",
            "braille", "Braille", "audio", "audio");

    /** The formats the provider offers in words, in the pack's order ("large print or another language"), or null if none. */
    public String formatsInWords() {
        if (formats.isEmpty()) {
            return null;
        }
        List<String> words = formats.stream().map(FORMAT_NAMES::get).toList();
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    public boolean offers(String contactMethod) {
        return contactMethods.contains(contactMethod);
    }

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
