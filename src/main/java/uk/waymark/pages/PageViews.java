package uk.waymark.pages;

import uk.waymark.content.Page;
import uk.waymark.content.Provider;
import uk.waymark.content.Service;

import java.util.List;

/** View models for the pack's information pages. Public so that templates can read them. */
public final class PageViews {

    private PageViews() {
    }

    /**
     * A page of text, with the blocks some pages add below it.
     *
     * @param contactRoutes the provider's own channels, on pages about getting in touch
     * @param services      services listed after the text (the programmes on "your behaviour")
     */
    /**
     * A page of pack text.
     *
     * @param contactRoutes the provider's own ways in, shown after the text, or null
     * @param services      services listed after the text (programmes, on the behaviour page)
     * @param questions     where the behaviour page's questions are, or null
     */
    public record ContentView(Page page, Provider.Contact contactRoutes, List<Service> services, String questions) {
    }

    public record HomeView(Page page, List<Route> routes, List<Service> emergency, List<Service> helplines) {
    }

    /** One of the home page's three ways in. */
    public record Route(String href, String text, String hint) {
    }

    public record PolicyIndexView(Page page, List<Page> sections) {
    }

    /** A policy section, with its neighbours for the previous and next links. */
    public record PolicySectionView(Page page, List<SectionLink> contents, Page previous, Page next) {
    }

    public record SectionLink(Page section, boolean current) {
    }
}
