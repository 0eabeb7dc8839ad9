package uk.waymark.web;

import uk.waymark.content.SitePage;

import java.util.List;

/** The header and footer links; the same on every pack, so people find things in one place. */
final class Navigation {

    record Link(SitePage page, String text) {
    }

    static final List<Link> HEADER = List.of(
            new Link(SitePage.HOME, "Get help now"),
            new Link(SitePage.POLICY, "What we will do"),
            new Link(SitePage.SERVICES, "Support services"),
            new Link(SitePage.CONTACT, "Contact us safely"),
            new Link(SitePage.CONCERN, "Report a concern"),
            new Link(SitePage.BEHAVIOUR, "Your own behaviour"));

    static final List<Link> FOOTER = List.of(
            new Link(SitePage.BSL, "BSL and Relay UK"),
            new Link(SitePage.ONLINE_SAFETY, "Staying safe online"),
            new Link(SitePage.OTHER_FORMATS, "Another format or language"),
            new Link(SitePage.ACCESSIBILITY, "Accessibility statement"),
            new Link(SitePage.PRIVACY, "Privacy notice"));

    private Navigation() {
    }

    /** Whether a link is the current section: its own path, or a page below it. */
    static boolean isCurrent(SitePage page, String path) {
        if (page == SitePage.HOME) {
            return path.equals("/");
        }
        return path.equals(page.path()) || path.startsWith(page.path() + "/");
    }
}
