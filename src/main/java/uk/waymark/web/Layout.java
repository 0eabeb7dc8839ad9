package uk.waymark.web;

import uk.waymark.content.Phone;

import java.util.List;

/**
 * What the shared layout needs on every page: the tab title, navigation, the "Get help now"
 * strip and the exit link.
 *
 * @param title        the whole tab title, neutral but descriptive
 * @param citation     which policy the page is drawn from, or null
 * @param lastReviewed when the pack was last checked against that policy, or null
 * @param thirdPartyScript a script from another site (reCAPTCHA, when turned on), or null
 * @param description  the page's {@code <meta name="description">}: its neutral summary, or null
 * @param formats      the other formats the provider offers, in words ("large print or another
 *                     language"), or null when its policy names none
 * @param recaptcha    whether a provider turned reCAPTCHA on, which the footer then says
 */
public record Layout(
        String title,
        String providerName,
        List<NavItem> navigation,
        List<NavItem> footer,
        String helplineName,
        Phone helpline,
        String exitUrl,
        String exitExplained,
        String otherFormats,
        String onlineSafety,
        AssetUrls assets,
        String citation,
        String lastReviewed,
        String thirdPartyScript,
        String description,
        String formats,
        boolean recaptcha) {

    public record NavItem(String href, String text, boolean current) {
    }

    public record AssetUrls(String css, String js) {
    }
}
