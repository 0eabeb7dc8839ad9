package uk.waymark.directory;

import uk.waymark.content.Audience;
import uk.waymark.content.Channel;
import uk.waymark.content.Service;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The directory's filters, from the query string. Within a group, any ticked box may match
 * (women or men); across groups, every group must match (for women, and by text message).
 * Values the portal does not know are ignored: they come from a link someone typed or edited.
 */
record DirectoryFilter(Set<Audience> audiences, Set<Channel> channels) {

    static DirectoryFilter from(Collection<String> forValues, Collection<String> contactValues) {
        return new DirectoryFilter(known(forValues, Audience::byId, Audience.class),
                known(contactValues, Channel::byId, Channel.class));
    }

    boolean isEmpty() {
        return audiences.isEmpty() && channels.isEmpty();
    }

    boolean matches(Service service) {
        boolean audience = audiences.isEmpty() || audiences.stream().anyMatch(service::isFor);
        boolean channel = channels.isEmpty() || channels.stream().anyMatch(service.channels()::contains);
        return audience && channel;
    }

    List<Service> apply(List<Service> services) {
        return services.stream().filter(this::matches).toList();
    }

    private static <E extends Enum<E>> Set<E> known(Collection<String> values, Function<String, Optional<E>> byId, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        values.stream().limit(32).forEach(v -> byId.apply(v).ifPresent(result::add));
        return result;
    }
}
