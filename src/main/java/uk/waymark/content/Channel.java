package uk.waymark.content;

import java.util.Arrays;
import java.util.Optional;

/** How a person can reach a service; derived from the contact details a pack gives. */
public enum Channel {
    PHONE("phone", "Phone"),
    TEXT("text", "Text message"),
    EMAIL("email", "Email"),
    WEBSITE("website", "Website"),
    WEBCHAT("webchat", "Web chat"),
    BSL_VIDEO("bsl-video", "BSL video call"),
    RELAY_UK("relay-uk", "Relay UK");

    private final String id;
    private final String label;

    Channel(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Channel> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
