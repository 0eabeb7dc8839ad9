package uk.waymark.web;

import io.micronaut.core.annotation.Nullable;

/**
 * A controller whose GET answers are kept in memory ({@link Precompressed}), so that
 * {@link DirectPages} can send one straight from the connection it was asked on, without
 * Micronaut's routing and filters. Each lookup only reads what the controller has already
 * kept: it never renders, and a page not kept yet, or kept for a time that has passed, is null,
 * and the request then goes the usual way, which renders and keeps it.
 */
public interface KeptPages {

    /**
     * The answer this controller would send now to a GET of {@code path} (as sent, not decoded)
     * with {@code rawQuery} (as sent, or null when there is no {@code ?}), if it has it kept.
     */
    @Nullable
    Precompressed kept(String path, @Nullable String rawQuery);

    /**
     * Renders and keeps, before the portal takes its first request, every answer that is the same
     * for everyone (not, say, a directory filter, kept once someone asks for it), so that no
     * visitor waits for one to be rendered. Nothing to do for what is kept from the start.
     */
    default void keep() {
    }
}
