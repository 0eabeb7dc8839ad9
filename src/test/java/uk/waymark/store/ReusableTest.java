package uk.waymark.store;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReusableTest {

    /**
     * What a ThreadLocal could not do: a new thread for each use, as the forms' posts each have a
     * virtual thread of their own, still finds the one kept.
     */
    @Test
    void aThousandThreadsOneAfterAnotherShareOneObject() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Reusable<StringBuilder> builders = new Reusable<>(8, () -> {
            made.incrementAndGet();
            return new StringBuilder();
        });
        for (int i = 0; i < 1000; i++) {
            int n = i;
            Thread thread = new Thread(() -> builders.use(b -> b.append(n)));
            thread.start();
            thread.join();
        }
        assertEquals(1, made.get());
        assertEquals(1, builders.idle());
    }

    @Test
    void callersAtOnceEachHaveTheirOwnAndNoMoreAreMadeThanCallersAtOnce() throws Exception {
        AtomicInteger made = new AtomicInteger();
        AtomicInteger inUse = new AtomicInteger();
        AtomicInteger shared = new AtomicInteger();
        Reusable<AtomicInteger> items = new Reusable<>(64, () -> {
            made.incrementAndGet();
            return new AtomicInteger();
        });
        int callers = 16;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < callers; t++) {
                done.add(threads.submit(() -> {
                    go.await();
                    for (int i = 0; i < 2000; i++) {
                        items.use(item -> {
                            inUse.incrementAndGet();
                            if (item.incrementAndGet() != 1) {
                                shared.incrementAndGet();   // another caller holds it too
                            }
                            item.decrementAndGet();
                            inUse.decrementAndGet();
                            return null;
                        });
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> each : done) {
                each.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(0, shared.get(), "an object was used by two callers at once");
        assertTrue(made.get() >= 1 && made.get() <= callers, "made " + made.get());
        assertEquals(made.get(), items.idle());
    }

    @Test
    void anObjectWhoseUseThrewIsNotKept() {
        AtomicInteger made = new AtomicInteger();
        Reusable<int[]> items = new Reusable<>(8, () -> new int[] {made.incrementAndGet()});
        assertThrows(IllegalStateException.class, () -> items.use(item -> {
            throw new IllegalStateException("half done");
        }));
        assertEquals(0, items.idle());
        int second = items.use(item -> item[0]);
        assertEquals(2, second, "a new one, not the one whose use threw");
        assertEquals(1, items.idle());
    }

    @Test
    void noMoreThanItsCapacityIsKept() throws Exception {
        Reusable<Object> items = new Reusable<>(2, Object::new);
        CountDownLatch holding = new CountDownLatch(5);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            Thread thread = new Thread(() -> {
                try {
                    items.use(item -> {
                        holding.countDown();
                        release.await();
                        return item;
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            threads.add(thread);
        }
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        release.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(2, items.idle());
    }

    /** A kept Mac signs the next message as a new one would: doFinal leaves it keyed and empty. */
    @Test
    void aKeptHmacSignsEachMessageAsANewOneWould() throws Exception {
        byte[] key = "a key of thirty-two bytes, or so".getBytes(StandardCharsets.UTF_8);
        Reusable<Mac> macs = Reusable.hmacSha256(key);
        HexFormat hex = HexFormat.of();
        for (String message : List.of("first", "second", "first")) {
            Mac fresh = Mac.getInstance("HmacSHA256");
            fresh.init(new SecretKeySpec(key, "HmacSHA256"));
            String expected = hex.formatHex(fresh.doFinal(message.getBytes(StandardCharsets.UTF_8)));
            assertEquals(expected, hex.formatHex(macs.use(mac -> mac.doFinal(message.getBytes(StandardCharsets.UTF_8)))));
        }
        assertEquals(1, macs.idle());
    }
}
