package uk.waymark.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.HttpCompressionStrategy;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import jakarta.inject.Singleton;

/**
 * Micronaut's compression, asked first whether a response is already encoded. Pages, assets and
 * error pages are compressed once ahead of time, in gzip and Brotli ({@link Precompressed}), and
 * sent with their {@code Content-Encoding}; Micronaut would not compress them again either, but
 * only after parsing their content type and length. What the portal does not compress itself (the
 * metrics, a page for a client that takes deflate but neither gzip nor Brotli) goes to
 * Micronaut's own strategy as before.
 */
@Singleton
final class CompressionStrategy implements BeanCreatedEventListener<HttpCompressionStrategy> {

    @Override
    public HttpCompressionStrategy onCreated(BeanCreatedEvent<HttpCompressionStrategy> event) {
        return new UnlessEncoded(event.getBean());
    }

    private record UnlessEncoded(HttpCompressionStrategy micronaut) implements HttpCompressionStrategy {

        @Override
        public boolean shouldCompress(HttpResponse response) {
            return !response.headers().contains(HttpHeaderNames.CONTENT_ENCODING) && micronaut.shouldCompress(response);
        }

        @Override
        public boolean isEnabled() {
            return micronaut.isEnabled();
        }

        @Override
        public int getCompressionLevel() {
            return micronaut.getCompressionLevel();
        }

        @Override
        public int getMaxZstdEncodeSize() {
            return micronaut.getMaxZstdEncodeSize();
        }
    }
}
