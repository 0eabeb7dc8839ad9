package uk.waymark.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.waymark.content.Page;
import uk.waymark.content.SitePage;
import uk.waymark.support.Forms;
import uk.waymark.support.PackPortal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a visitor reads follows the pack and the configuration: the privacy notice names Google
 * exactly when reCAPTCHA is on, the form offers only the provider's own contact methods, and the
 * home page's ways in use the pack's words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackWordingHttpTest {

    private static final Map<String, Object> RECAPTCHA_ON = Map.of("waymark.recaptcha.enabled", "true",
            "waymark.recaptcha.site-key", "test-site-key", "waymark.recaptcha.secret", "test-secret");

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<PackPortal> started = new ArrayList<>();

    @AfterAll
    void stop() {
        started.forEach(PackPortal::close);
    }

    @Test
    void withRecaptchaOffThePrivacyNoticeDoesNotMentionIt() throws Exception {
        String privacy = get(portal("bolsover", Map.of()), "/privacy");
        assertFalse(privacy.contains("reCAPTCHA"), privacy);
        assertFalse(privacy.contains("Google"), privacy);
    }

    @Test
    void withRecaptchaOnThePrivacyNoticeNamesGoogleAndSaysWhatItGets() throws Exception {
        PackPortal portal = portal("bolsover", RECAPTCHA_ON);
        String privacy = get(portal, "/privacy");
        Page section = portal.pack().privacyRecaptcha();
        assertTrue(privacy.contains("<section id=\"recaptcha\"><h2 class=\"govuk-heading-l\">" + section.title() + "</h2>"), privacy);
        assertTrue(privacy.contains("It is a service from Google"), privacy);
        assertTrue(privacy.contains("We do not send Google what you write in the form."), privacy);
    }

    @Test
    void theContactFormOffersOnlyTheMethodsTheProviderSaysItUses() throws Exception {
        String bolsover = get(portal("bolsover", Map.of()), "/contact");
        for (String method : List.of("phone", "text", "email", "bsl-video", "relay-uk", "trusted-person", "office:Clowne")) {
            assertTrue(bolsover.contains("name=\"method\" type=\"radio\" value=\"" + method + "\""), "bolsover offers " + method);
        }
        PackPortal connect = portal("connect-housing", Map.of());
        String form = get(connect, "/contact");
        assertFalse(form.contains("value=\"bsl-video\""), "Connect's policy offers no BSL video call");
        assertFalse(form.contains("value=\"relay-uk\""), "nor a Relay UK call");
        assertTrue(form.contains("value=\"trusted-person\""), "the default methods stay");
    }

    @Test
    void aMethodTheProviderDoesNotOfferIsRefusedLikeAnyUnknownAnswer() throws Exception {
        PackPortal connect = portal("connect-housing", Map.of());
        Map<String, Object> form = Forms.validContact();
        form.remove("phone");
        form.put("method", "bsl-video");
        form.put("bslContact", "07700 900982");
        HttpResponse<String> response = new Forms(connect.port()).post("/contact", form);
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("<a href=\"#method\">Select how we can contact you safely</a>"), response.body());
    }

    @Test
    void theHomePagesWaysInUseThePacksWords() throws Exception {
        PackPortal connect = portal("connect-housing", Map.of());
        String home = get(connect, "/");
        Page page = connect.pack().page(SitePage.HOME);
        assertEquals(List.of("/contact", "/report", "/changing"), page.routes().stream().map(Page.Route::href).toList());
        for (Page.Route route : page.routes()) {
            assertTrue(home.contains("href=\"" + route.href() + "\">" + route.text() + "</a>"), route.text());
            assertTrue(home.contains("<p class=\"govuk-body\">" + route.hint() + "</p>"), route.hint());
        }
        assertFalse(home.contains("Confidential help to stop hurting someone"), "telling a landlord can lead to action");
    }

    @Test
    void everyPageCarriesItsNeutralDescriptionForSearchResults() throws Exception {
        PackPortal portal = portal("believe-housing", Map.of());
        for (SitePage sitePage : List.of(SitePage.HOME, SitePage.CONTACT, SitePage.PRIVACY, SitePage.ONLINE_SAFETY)) {
            Page page = portal.pack().page(sitePage);
            String body = get(portal, sitePage.path());
            String meta = "<meta name=\"description\" content=\"" + page.description().replace("&", "&amp;").replace("'", "&#x27;") + "\">";
            assertTrue(body.contains(meta), sitePage + " lacks " + meta);
            assertTrue(uk.waymark.content.NeutralWords.stemIn(page.description()).isEmpty(), page.description());
        }
    }

    @Test
    void theDurationsThePagesStateAreTheConfiguredOnes() throws Exception {
        Forms defaults = new Forms(portal("bolsover", Map.of()).port());
        assertTrue(confirmation(defaults).contains("This page will stop working after 30 minutes, and it does not show what you sent."));

        Forms configured = new Forms(portal("bolsover", Map.of("waymark.forms.rate-limit", 1, "waymark.forms.rate-window", "1h",
                "waymark.forms.answers-lifetime", "45m")).port());
        String confirmation = confirmation(configured);
        assertTrue(confirmation.contains("This page will stop working after 45 minutes, and it does not show what you sent."), confirmation);
        HttpResponse<String> limited = configured.post("/contact", Forms.validContact());
        assertEquals(429, limited.statusCode());
        assertTrue(limited.body().contains("You have sent a lot of forms in a short time. Wait 1 hour, then send this again"),
                limited.body());
    }

    /** Sends the contact form and returns the confirmation page it leads to. */
    private static String confirmation(Forms forms) throws Exception {
        HttpResponse<String> sent = forms.post("/contact", Forms.validContact());
        assertEquals(303, sent.statusCode(), sent.body());
        return forms.get(sent.headers().firstValue("Location").orElseThrow()).body();
    }

    private PackPortal portal(String pack, Map<String, Object> properties) {
        PackPortal portal = PackPortal.start(pack, properties);
        started.add(portal);
        return portal;
    }

    private String get(PackPortal portal, String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(portal.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }
}
