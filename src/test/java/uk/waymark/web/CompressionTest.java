package uk.waymark.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.waymark.web.Compression.Coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which form of a kept body each Accept-Encoding is sent (RFC 9110, 12.5.3). */
class CompressionTest {

    @ParameterizedTest(name = "[{0}] → {1} (with Brotli), {2} (without)")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            // header                          | with Brotli kept | gzip only kept
            "NONE                              | IDENTITY         | IDENTITY",
            "identity                          | IDENTITY         | IDENTITY",
            "gzip                              | GZIP             | GZIP",
            "x-gzip                            | GZIP             | GZIP",
            "br                                | BROTLI           | IDENTITY",
            "gzip, deflate, br, zstd           | BROTLI           | GZIP",
            "gzip, deflate, br                 | BROTLI           | GZIP",
            "BR;Q=1, GZIP;Q=0.9                | BROTLI           | GZIP",
            "br;q=0.5, gzip                    | GZIP             | GZIP",
            "br;q=0, gzip                      | GZIP             | GZIP",
            "br; q=0.000, gzip; q=0.1          | GZIP             | GZIP",
            "gzip;q=0, br                      | BROTLI           | IDENTITY",
            "gzip;q=0                          | IDENTITY         | IDENTITY",
            "*                                 | BROTLI           | GZIP",
            "*;q=0.5, gzip                     | GZIP             | GZIP",
            "*;q=0                             | IDENTITY         | IDENTITY",
            "gzip;q=0., *                      | BROTLI           | IDENTITY",
            "deflate                           | IDENTITY         | IDENTITY",
            "br;q=abc, gzip;q=2                | IDENTITY         | IDENTITY",
            ",, ;q=1 ,br                       | BROTLI           | IDENTITY",
    })
    void theCodingTheClientWeighsHighestIsSentBrotliOnATie(String header, Coding withBrotli, Coding gzipOnly) {
        MutableHttpRequest<?> request = HttpRequest.GET("/");
        if (header != null) {
            request.header("Accept-Encoding", header);
        }
        assertEquals(withBrotli, Compression.choose(request, true, true), header);
        assertEquals(gzipOnly, Compression.choose(request, false, true), header);
        assertEquals(Coding.IDENTITY, Compression.choose(request, false, false), header + ", nothing kept compressed");
    }
}
