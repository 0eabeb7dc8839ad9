package uk.waymark.directory;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import uk.waymark.content.Audience;
import uk.waymark.content.Channel;
import uk.waymark.content.Hours;
import uk.waymark.content.Pack;
import uk.waymark.content.Page;
import uk.waymark.content.Provider;
import uk.waymark.content.SitePage;
import uk.waymark.web.KeptPages;
import uk.waymark.web.PageRenderer;
import uk.waymark.web.Precompressed;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The support services directory, filtered on the server so it works without JavaScript. Each
 * filter combination is rendered once and kept compressed in memory; with "open now" the page
 * names the minute it was made, so those are kept per minute. At most {@link #KEPT} are kept.
 */
@Controller
@Produces(MediaType.ALL) // whatever the Accept header says: see README, Decisions
final class DirectoryController implements KeptPages {

    private final Pack pack;
    private final PageRenderer renderer;
    private final Clock clock;
    private final Set<String> areaIds;
    /** Pages kept, by filter and (for "open now") the minute. Cleared whole when full, and of old minutes as time moves on. */
    private final Map<Key, Precompressed> kept = new ConcurrentHashMap<>();
    /**
     * The filter each query string asks for, so that a query seen before is neither decoded nor
     * read again. Many strings ask for one filter (in another order, or with unknown values), so
     * these are bounded apart from the pages, and cleared whole when full.
     */
    private final Map<String, DirectoryFilter> filters = new ConcurrentHashMap<>();
    private volatile long minute = Long.MIN_VALUE;

    static final int KEPT = 128;
    static final int KEPT_QUERIES = 256;
    static final int LONGEST_KEPT_QUERY = 256;
    private static final long NO_MINUTE = Long.MIN_VALUE;

    /** A page's filter and, for "open now", the minute since the epoch it was made for. */
    private record Key(DirectoryFilter filter, long minute) {
    }

    DirectoryController(Pack pack, PageRenderer renderer, Clock clock) {
        this.pack = pack;
        this.renderer = renderer;
        this.clock = clock;
        this.areaIds = pack.provider().areas().stream().map(Provider.Area::id).collect(Collectors.toUnmodifiableSet());
    }

    @Get("/services")
    HttpResponse<byte[]> services(HttpRequest<?> request) {
        return page(filterOf(request)).respond(request);
    }

    /** The whole directory, unfiltered, rendered before the first visitor asks for it. */
    @Override
    public void keep() {
        DirectoryFilter everything = DirectoryFilter.from(List.of(), List.of(), null, null, areaIds);
        filters.put("", everything);
        page(everything);
    }

    /** The page for this filter at this minute, rendered and kept if it is not kept yet. */
    private Precompressed page(DirectoryFilter filter) {
        // The UK's offset from UTC is whole hours, so its minutes turn when UTC's do.
        long thisMinute = Math.floorDiv(clock.millis(), 60_000L);
        if (thisMinute != minute) {
            minute = thisMinute;
            kept.keySet().removeIf(key -> key.minute() != NO_MINUTE && key.minute() != thisMinute);
        }
        if (kept.size() >= KEPT) {
            kept.clear();
        }
        Key key = new Key(filter, filter.openNow() ? thisMinute : NO_MINUTE);
        Precompressed page = kept.get(key);
        if (page == null) {
            ZonedDateTime now = Instant.ofEpochSecond(thisMinute * 60).atZone(Hours.UK);
            page = kept.computeIfAbsent(key, k -> render(filter, now));
        }
        return page;
    }

    /**
     * The page {@link #services} would send now for this query string, if both are kept: the
     * filter read from it before, and its page for this minute. At a new minute, none: the next
     * request the usual way first lets go of the pages of the minute before.
     */
    @Override
    public Precompressed kept(String path, String rawQuery) {
        if (!SitePage.SERVICES.path().equals(path)) {
            return null;
        }
        DirectoryFilter filter = filters.get(Objects.requireNonNullElse(rawQuery, ""));
        long thisMinute = Math.floorDiv(clock.millis(), 60_000L);
        if (filter == null || thisMinute != minute) {
            return null;
        }
        return kept.get(new Key(filter, filter.openNow() ? thisMinute : NO_MINUTE));
    }

    /** The filter the request's query string asks for: kept for a string seen before, read otherwise. */
    private DirectoryFilter filterOf(HttpRequest<?> request) {
        String raw = Objects.requireNonNullElse(request.getUri().getRawQuery(), "");
        DirectoryFilter filter = filters.get(raw);
        if (filter == null) {
            HttpParameters query = request.getParameters();
            filter = DirectoryFilter.from(all(query, "for"), all(query, "contact"), one(query, "area"), one(query, "open"), areaIds);
            if (raw.length() <= LONGEST_KEPT_QUERY) {   // a longer one is read each time
                if (filters.size() >= KEPT_QUERIES) {
                    filters.clear();
                }
                filters.put(raw, filter);
            }
        }
        return filter;
    }

    /** How many pages are kept now. */
    int kept() {
        return kept.size();
    }

    /** How many query strings are kept with their filter now. */
    int queries() {
        return filters.size();
    }

    private Precompressed render(DirectoryFilter filter, ZonedDateTime now) {
        Page page = pack.page(SitePage.SERVICES);
        List<DirectoryView.Option> areas = new ArrayList<>();
        if (!areaIds.isEmpty()) {
            areas.add(new DirectoryView.Option("", "Anywhere", filter.area() == null));
            pack.provider().areas().forEach(a -> areas.add(new DirectoryView.Option(a.id(), a.name(), a.id().equals(filter.area()))));
        }
        var view = new DirectoryView(page,
                Arrays.stream(Audience.values())
                        .map(a -> new DirectoryView.Option(a.id(), a.label(), filter.audiences().contains(a))).toList(),
                Arrays.stream(Channel.values())
                        .map(c -> new DirectoryView.Option(c.id(), c.label(), filter.channels().contains(c))).toList(),
                List.copyOf(areas),
                filter.openNow(),
                Hours.Session.clock(now.toLocalTime()),
                filter.apply(pack.directory(), now),
                !filter.isEmpty(),
                pack.allDayHelplines(),
                pack.emergencyRoutes());
        var frame = new PageRenderer.Frame(page.path(), page.browserTitle(), PageRenderer.Source.PACK).withDescription(page.description());
        return renderer.renderPage("directory/services", frame, view);
    }

    /**
     * A filter's values, read as {@code @QueryValue List<String>} read them (this is cheaper than
     * binding): several values as they are ({@code for=women&for=men}); one value split at its
     * commas ({@code for=women,men}).
     */
    private static List<String> all(HttpParameters query, String name) {
        List<String> values = query.getAll(name);
        return values.size() == 1 ? Arrays.asList(values.get(0).split(",")) : values;
    }

    /** A choice's one value, or null: two values for one choice choose nothing. */
    private static String one(HttpParameters query, String name) {
        List<String> values = query.getAll(name);
        return values.size() == 1 ? values.get(0) : null;
    }
}
