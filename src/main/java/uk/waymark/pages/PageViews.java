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
     * A page of pack text.
     *
     * @param contactRoutes the provider's own ways in, shown after the text, or null
     * @param services      services listed after the text (programmes, on the behaviour page)
     * @param questions     where the behaviour page's questions are, or null
     * @param more          a further section of pack text under its own heading (the privacy
     *                      notice's reCAPTCHA paragraph, while it is on), or null
     */
    public record ContentView(Page page, Provider.Contact contactRoutes, List<Service> services, String questions, Page more) {
    }

    /** The home page; its routes (the three ways in, with their words) come from home.md. */
    public record HomeView(Page page, List<Page.Route> routes, List<Service> emergency, List<Service> helplines) {
    }

    public record PolicyIndexView(Page page, List<Page> sections) {
    }

    /** A policy section, with its neighbours for the previous and next links. */
    public record PolicySectionView(Page page, List<SectionLink> contents, Page previous, Page next) {
    }

    public record SectionLink(Page section, boolean current) {
    }
}
