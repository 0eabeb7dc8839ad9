package uk.waymark.web.forms;

import io.micronaut.http.HttpRequest;
import uk.waymark.store.Reusable;

import javax.crypto.Mac;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Who a form post counts against, for the rate limit: an IPv4 address, or the /64 an IPv6
 * address is in (one household or phone is given a whole /64, and can pick any address in it).
 * Only a keyed hash of that leaves this class, so neither the database nor a log ever holds an
 * address. The key is derived from the form secret, so every instance behind one address
 * reaches the same hash for the same client.
 */
final class ClientKey {

    /** Bytes of HMAC-SHA256 kept: 128 bits, far from any collision among real clients. */
    static final int LENGTH = 16;

    private final Reusable<Mac> macs;

    ClientKey(byte[] formSecret) {
        byte[] label = "waymark rate limit client key".getBytes(StandardCharsets.UTF_8);
        byte[] key = Reusable.hmacSha256(formSecret).use(mac -> mac.doFinal(label));
        this.macs = Reusable.hmacSha256(key);
    }

    /** The hash of the client that sent this request. */
    byte[] of(HttpRequest<?> request, boolean trustForwardedFor) {
        if (trustForwardedFor) {
            String forwarded = request.getHeaders().get("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return ofAddress(hops[hops.length - 1].strip()); // the hop our own proxy added
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        InetAddress address = remote.getAddress();
        return address == null ? hash(("?" + remote.getHostString()).getBytes(StandardCharsets.UTF_8)) : hash(prefix(address));
    }

    /** The hash for an address written as text, as a proxy gives it. Never looks a name up. */
    byte[] ofAddress(String text) {
        InetAddress address = literal(text);
        return address == null ? hash(("?" + text).getBytes(StandardCharsets.UTF_8)) : hash(prefix(address));
    }

    /** What is counted: {@code 4} and the IPv4 address, or {@code 6} and the first 64 bits of an IPv6 one. */
    static byte[] prefix(InetAddress address) {
        byte[] bytes = address.getAddress();
        byte[] counted = new byte[address instanceof Inet4Address ? 5 : 9];
        counted[0] = (byte) (address instanceof Inet4Address ? 4 : 6);
        System.arraycopy(bytes, 0, counted, 1, counted.length - 1);
        return counted;
    }

    /**
     * An IPv4 or IPv6 literal, with or without brackets or a port, or null. Names are never
     * resolved: IPv4 is parsed here, and IPv6 is handed to the JDK in brackets, which it only parses.
     */
    static InetAddress literal(String text) {
        String s = text.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0) {
                return null;
            }
            s = s.substring(1, end);
        } else if (s.indexOf(':') >= 0 && s.indexOf(':') == s.lastIndexOf(':') && s.indexOf('.') >= 0) {
            s = s.substring(0, s.indexOf(':')); // IPv4 with a port
        }
        if (s.isEmpty() || s.length() > 64) {
            return null;
        }
        if (s.indexOf(':') < 0) {
            byte[] v4 = ipv4(s);
            try {
                return v4 == null ? null : InetAddress.getByAddress(v4);
            } catch (UnknownHostException e) {
                return null;
            }
        }
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
                return null;
            }
        }
        try {
            return InetAddress.getByName("[" + s + "]");
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static byte[] ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    byte[] hash(byte[] counted) {
        byte[] hash = macs.use(mac -> mac.doFinal(counted));
        return Arrays.copyOf(hash, LENGTH);
    }
}
