package uk.waymark.directory;

import uk.waymark.content.Audience;
import uk.waymark.content.Channel;
import uk.waymark.content.Service;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The directory's filters, from the query string. Within a group, any ticked box may match
 * (women or men); across groups, every group must match (for women, and by text message, in
 * Leeds, open now). Values the portal does not know are ignored: they come from a link someone
 * typed or edited. None of them is personal: they are fixed ids of groups, channels and areas.
 *
 * @param area    one of the provider's areas, or null for anywhere
 * @param openNow only services open at the moment of the request (24-hour services always are;
 *                services whose hours are not known are left out)
 */
record DirectoryFilter(Set<Audience> audiences, Set<Channel> channels, String area, boolean openNow) {

    static final String OPEN_NOW = "now";

    static DirectoryFilter from(Collection<String> forValues, Collection<String> contactValues, String area,
                                String open, Set<String> knownAreas) {
        return new DirectoryFilter(known(forValues, Audience::byId, Audience.class),
                known(contactValues, Channel::byId, Channel.class),
                area != null && knownAreas.contains(area) ? area : null,
                OPEN_NOW.equals(open));
    }

    boolean isEmpty() {
        return audiences.isEmpty() && channels.isEmpty() && area == null && !openNow;
    }

    boolean matches(Service service, ZonedDateTime now) {
        boolean audience = audiences.isEmpty() || audiences.stream().anyMatch(service::isFor);
        boolean channel = channels.isEmpty() || channels.stream().anyMatch(service.channels()::contains);
        boolean place = area == null || service.serves(area);
        boolean open = !openNow || service.hours().openAt(now).orElse(false);
        return audience && channel && place && open;
    }

    List<Service> apply(List<Service> services, ZonedDateTime now) {
        return services.stream().filter(s -> matches(s, now)).toList();
    }

    private static <E extends Enum<E>> Set<E> known(Collection<String> values, Function<String, Optional<E>> byId, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        values.stream().limit(32).forEach(v -> byId.apply(v).ifPresent(result::add));
        return result;
    }
}
