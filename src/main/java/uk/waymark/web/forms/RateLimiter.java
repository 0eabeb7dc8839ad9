package uk.waymark.web.forms;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts form posts per client over a sliding window. A client is known only by a keyed hash of
 * its address, held in memory for the length of the window: no address is stored or logged.
 */
@Singleton
public final class RateLimiter {

    private final FormsConfiguration config;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Deque<Long>> posts = new ConcurrentHashMap<>();

    RateLimiter(FormsConfiguration config, Clock clock) {
        this.config = config;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    /** Counts this post; false when the client has already sent the limit within the window. */
    public boolean allow(HttpRequest<?> request) {
        long now = clock.millis();
        long since = now - config.rateWindow().toMillis();
        if (posts.size() > 10_000) {
            posts.values().removeIf(times -> { synchronized (times) { return times.isEmpty() || times.peekLast() < since; } });
        }
        Deque<Long> times = posts.computeIfAbsent(client(request), k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() < since) {
                times.pollFirst();
            }
            if (times.size() >= config.rateLimit()) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private String client(HttpRequest<?> request) {
        String address = request.getRemoteAddress().getAddress().getHostAddress();
        if (config.trustForwardedFor()) {
            String forwarded = request.getHeaders().get("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                address = hops[hops.length - 1].strip(); // the hop our own proxy added
            }
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(address.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
