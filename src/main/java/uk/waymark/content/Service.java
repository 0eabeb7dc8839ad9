package uk.waymark.content;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A support service: national (shared by every pack) or the provider's own.
 *
 * @param serves    ids of the provider's areas this service covers; empty when it covers them all
 *                  (and always for national services)
 * @param languages languages the service works in, where its source says
 * @param criteria  who a programme for people who want to stop abusing takes, or null
 * @param emergency one of the emergency routes (999, the Silent Solution, 999 BSL, 18000)
 *                  that every page shows and the directory lists first
 */
public record Service(
        String id,
        String name,
        String organisation,
        String summary,
        Set<Audience> audiences,
        List<String> eligibility,
        String howToRefer,
        String area,
        List<String> serves,
        List<String> languages,
        List<Phone> phones,
        Phone text,
        String email,
        String website,
        String webchat,
        String bslVideo,
        Hours hours,
        Criteria criteria,
        String source,
        boolean national,
        boolean emergency) {

    public Set<Channel> channels() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (!phones.isEmpty()) {
            channels.add(Channel.PHONE);
        }
        if (phones.stream().anyMatch(Phone::relayable)) {
            channels.add(Channel.RELAY_UK); // any full UK number can be called through Relay UK
        }
        if (text != null) {
            channels.add(Channel.TEXT);
        }
        if (email != null) {
            channels.add(Channel.EMAIL);
        }
        if (website != null) {
            channels.add(Channel.WEBSITE);
        }
        if (webchat != null) {
            channels.add(Channel.WEBCHAT);
        }
        if (bslVideo != null) {
            channels.add(Channel.BSL_VIDEO);
        }
        return channels;
    }

    /** Who the service is for, in words and in a fixed order (the audiences' own), for its card. */
    public List<String> audienceLabels() {
        return audiences.stream().sorted().map(Audience::label).toList();
    }

    /** Whether this service is for the given group, counting general services where they fit. */
    public boolean isFor(Audience audience) {
        return audiences.contains(audience)
                || (audience.servedByGeneralServices() && audiences.contains(Audience.ANYONE_AFFECTED));
    }

    /** Whether someone in the given area of the provider can use this service. */
    public boolean serves(String areaId) {
        return serves.isEmpty() || serves.contains(areaId);
    }

    public boolean alwaysOpen() {
        return hours instanceof Hours.Always;
    }
}
