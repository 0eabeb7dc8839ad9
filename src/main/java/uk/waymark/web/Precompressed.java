package uk.waymark.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.nio.charset.StandardCharsets;

/**
 * A response body made once and sent any number of times: its bytes, and their gzip form when
 * that is smaller (a tiny icon is not). Neither is read, rendered or compressed per request.
 */
public record Precompressed(String contentType, byte[] bytes, byte[] gzipped) {

    public static Precompressed of(String contentType, byte[] bytes) {
        byte[] gzipped = Compression.gzip(bytes);
        return new Precompressed(contentType, bytes, gzipped.length < bytes.length ? gzipped : null);
    }

    public static Precompressed html(String html) {
        return of("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public MutableHttpResponse<byte[]> respond(HttpRequest<?> request) {
        return respond(request, HttpStatus.OK);
    }

    public MutableHttpResponse<byte[]> respond(HttpRequest<?> request, HttpStatus status) {
        boolean gzip = gzipped != null && Compression.acceptsGzip(request);
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(status)
                .body(gzip ? gzipped : bytes)
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response;
    }
}
