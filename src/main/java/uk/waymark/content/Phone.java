package uk.waymark.content;

/**
 * A UK phone number as a pack writes it, with the digits a {@code tel:} link dials.
 *
 * @param display as written in the pack (the seed's spacing is kept)
 * @param digits  what to dial, digits only
 * @param label   what the number is for, when a service has more than one
 */
public record Phone(String display, String digits, String label) {

    public String href() {
        return "tel:" + digits;
    }

    /**
     * Whether a Relay UK user can reach this number by dialling 18001 before it. Short numbers
     * cannot: in an emergency Relay UK users text or call 18000 instead of 999.
     */
    public boolean relayable() {
        return digits.startsWith("0") && digits.length() >= 10;
    }

    /** The number as a Relay UK user dials it: 18001 before the number. */
    public String relayDisplay() {
        return "18001 " + display;
    }

    public String relayHref() {
        return "tel:18001" + digits;
    }
}
