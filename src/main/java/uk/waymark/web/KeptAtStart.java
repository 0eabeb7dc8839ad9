package uk.waymark.web;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import uk.waymark.config.Settings;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Renders every answer that is the same for everyone ({@link KeptPages#keep}) while the rest of
 * the portal starts, on a thread of its own, so that no visitor waits for a page to be rendered.
 * It is the first bean to start (the pack is sound by then: see {@code Preflight}), and the
 * server takes no request before it is done: {@link DirectPages} waits for it. The one-off
 * commands serve no pages, so they render none.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
@Requires(notEnv = Settings.COMMAND)
final class KeptAtStart {

    private final CompletableFuture<Void> done = new CompletableFuture<>();

    KeptAtStart(BeanProvider<KeptPages> controllers) {
        Thread thread = new Thread(() -> {
            try {
                controllers.forEach(KeptPages::keep);
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        }, "kept-pages");
        thread.setDaemon(true);
        thread.start();
    }

    /** Returns once every page is kept; throws what stopped one being rendered. */
    void await() {
        try {
            done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }
}
