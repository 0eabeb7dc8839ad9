package uk.waymark.support;

import uk.waymark.content.Pack;
import uk.waymark.content.Page;
import uk.waymark.content.SitePage;

import java.util.ArrayList;
import java.util.List;

/** Every page a visitor can reach in a pack, including filtered directory views and a 404. */
public final class PortalPages {

    public static final String MISSING = "/no-such-page";

    private PortalPages() {
    }

    public static List<String> of(Pack pack) {
        List<String> paths = new ArrayList<>();
        for (SitePage page : SitePage.values()) {
            paths.add(page.path());
        }
        pack.policySections().stream().map(Page::path).forEach(paths::add);
        paths.add(SitePage.SERVICES.path() + "?for=women&for=men");
        paths.add(SitePage.SERVICES.path() + "?for=changing&contact=email");
        paths.add(SitePage.SERVICES.path() + "?for=children-young-people&contact=bsl-video&contact=webchat");
        paths.add(MISSING);
        return paths;
    }
}
