package uk.waymark.store;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Objects that are dear to make and not for sharing between threads (a {@link Cipher}, a
 * {@link Mac}), kept for the next caller once one is done with them. A {@code ThreadLocal} keeps one
 * for each thread, but the forms' posts run on virtual threads, a new thread for each request, so it
 * made a new one for every post. At most {@code capacity} are kept; callers beyond that make their
 * own. An object whose use threw is not kept: its state is not known.
 */
public final class Reusable<T> {

    /** What is done with one object; it may throw what the object's own methods throw. */
    @FunctionalInterface
    public interface Use<T, R, E extends Exception> {
        R apply(T item) throws E;
    }

    private final Supplier<T> make;
    private final BlockingQueue<T> idle;

    public Reusable(int capacity, Supplier<T> make) {
        this.make = make;
        this.idle = new ArrayBlockingQueue<>(capacity);
    }

    /** HMAC-SHA256 under {@code key}: {@code doFinal} leaves a Mac keyed and ready for the next use. */
    public static Reusable<Mac> hmacSha256(byte[] key) {
        SecretKeySpec spec = new SecretKeySpec(key, "HmacSHA256");
        return new Reusable<>(64, () -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(spec);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
            }
        });
    }

    /** AES-GCM ciphers, to be initialised for each use. */
    public static Reusable<Cipher> aesGcm() {
        return new Reusable<>(64, () -> {
            try {
                return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
            }
        });
    }

    /** Runs {@code use} with an object of its own, kept or new, and keeps it after for the next caller. */
    public <R, E extends Exception> R use(Use<T, R, E> use) throws E {
        T item = idle.poll();
        if (item == null) {
            item = make.get();
        }
        R result = use.apply(item);
        idle.offer(item);
        return result;
    }

    /** How many are kept now, waiting for a caller. */
    int idle() {
        return idle.size();
    }
}
