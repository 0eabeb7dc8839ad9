package uk.waymark.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * A response body made once and sent any number of times: its bytes, and their gzip and Brotli
 * forms where they are smaller (a tiny icon's are not). None is read, rendered or compressed per
 * request; each request is sent the form its Accept-Encoding weighs highest. A body made for one
 * request only is compressed by {@link #once} instead, in the one coding it is sent.
 */
public record Precompressed(String contentType, byte[] bytes, byte[] gzipped, byte[] brotli) {

    public static final String HTML = "text/html; charset=utf-8";

    public static Precompressed of(String contentType, byte[] bytes) {
        return of(contentType, bytes, Compression.brotli(bytes, Compression.BROTLI_PAGE));
    }

    /** With a Brotli form made beforehand (the build makes the assets'), or none (null). */
    public static Precompressed of(String contentType, byte[] bytes, byte[] brotli) {
        return new Precompressed(contentType, bytes, smaller(Compression.gzip(bytes), bytes), smaller(brotli, bytes));
    }

    public static Precompressed html(String html) {
        return of(HTML, html.getBytes(StandardCharsets.UTF_8));
    }

    public MutableHttpResponse<byte[]> respond(HttpRequest<?> request) {
        return respond(request, HttpStatus.OK);
    }

    public MutableHttpResponse<byte[]> respond(HttpRequest<?> request, HttpStatus status) {
        Compression.Coding coding = Compression.choose(request, brotli != null, gzipped != null);
        return response(status, contentType, coding, body(coding));
    }

    /** The body in a coding it has (see {@link Compression#choose}). */
    public byte[] body(Compression.Coding coding) {
        return switch (coding) {
            case BROTLI -> brotli;
            case GZIP -> gzipped;
            case IDENTITY -> bytes;
        };
    }

    /**
     * A body made for one request (a form sent back with its problems, a confirmation): compressed
     * only in the coding this request is sent, not in both.
     */
    public static MutableHttpResponse<byte[]> once(HttpRequest<?> request, HttpStatus status, String contentType, byte[] bytes) {
        Compression.Coding coding = Compression.choose(request, Compression.haveBrotli(), true);
        byte[] encoded = switch (coding) {
            case BROTLI -> smaller(Compression.brotli(bytes, Compression.BROTLI_PAGE), bytes);
            case GZIP -> smaller(Compression.gzip(bytes), bytes);
            case IDENTITY -> null;
        };
        return encoded == null
                ? response(status, contentType, Compression.Coding.IDENTITY, bytes)
                : response(status, contentType, coding, encoded);
    }

    /** The headers this body is sent with in {@code coding}, besides the safety headers ({@link DirectPages} too). */
    public void headers(Compression.Coding coding, BiConsumer<String, String> set) {
        headers(contentType, coding, set);
    }

    private static void headers(String contentType, Compression.Coding coding, BiConsumer<String, String> set) {
        set.accept(HttpHeaders.CONTENT_TYPE, contentType);
        set.accept(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (coding.token() != null) {
            set.accept(HttpHeaders.CONTENT_ENCODING, coding.token());
        }
    }

    private static MutableHttpResponse<byte[]> response(HttpStatus status, String contentType, Compression.Coding coding, byte[] body) {
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(status).body(body);
        headers(contentType, coding, response::header);
        return response;
    }

    private static byte[] smaller(byte[] encoded, byte[] bytes) {
        return encoded != null && encoded.length < bytes.length ? encoded : null;
    }
}
