package uk.waymark.delivery;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Who holds a lease: one id per running portal, drawn at start-up. It is {@link #LENGTH}
 * characters whatever the machine is called, so it always fits {@code case_delivery.lease_owner}
 * (a cloud host name alone can be 253 characters, and once made the owner overflow the column,
 * so that every claim failed). The host name is only ever logged, once, beside this id.
 */
record DeliveryInstance(String id) {

    /** 128 random bits, in hexadecimal. */
    static final int LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    DeliveryInstance {
        if (id.length() != LENGTH) {
            throw new IllegalArgumentException("An instance id is " + LENGTH + " characters");
        }
    }

    static DeliveryInstance next() {
        byte[] bits = new byte[LENGTH / 2];
        RANDOM.nextBytes(bits);
        return new DeliveryInstance(HexFormat.of().formatHex(bits));
    }

    /** The line logged once at start-up, so an operator can tell which machine an id was. */
    String startUpLine(String hostName) {
        return "Delivery instance " + id + " on host " + hostName;
    }
}
