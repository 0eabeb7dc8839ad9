package uk.waymark.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.HttpResponse;

import java.nio.charset.StandardCharsets;

/** A rendered page held as bytes and as gzip, ready to send any number of times. */
public record HtmlPage(byte[] html, byte[] gzipped) {

    public static HtmlPage of(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return new HtmlPage(bytes, Compression.gzip(bytes));
    }

    public MutableHttpResponse<byte[]> respond(HttpRequest<?> request) {
        return respond(request, HttpStatus.OK);
    }

    public MutableHttpResponse<byte[]> respond(HttpRequest<?> request, HttpStatus status) {
        boolean gzip = Compression.acceptsGzip(request);
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(status)
                .body(gzip ? gzipped : html)
                .header(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response;
    }
}
