package uk.waymark.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.waymark.web.Compression.Coding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

    @Test
    void brotliWindowsHoldTheWholeTextAndNoMore() throws Exception {
        assertEquals(10, Compression.window(0), "Brotli's smallest");
        assertEquals(10, Compression.window(1024));
        assertEquals(11, Compression.window(1025));
        assertEquals(16, Compression.window(65_536));
        assertEquals(24, Compression.window(100_000_000), "Brotli's largest");
        // The same bytes come back, and no bigger than with the default window.
        byte[] page = "<p>Call the helpline on 0808 2000 247.</p>\n".repeat(700).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] sized = Compression.brotli(page, Compression.BROTLI_PAGE);
        assertArrayEquals(page, com.aayushatharva.brotli4j.decoder.Decoder.decompress(sized).getDecompressedData());
        byte[] unsized = com.aayushatharva.brotli4j.encoder.Encoder.compress(page,
                new com.aayushatharva.brotli4j.encoder.Encoder.Parameters().setQuality(Compression.BROTLI_PAGE)
                        .setMode(com.aayushatharva.brotli4j.encoder.Encoder.Mode.TEXT));
        assertEquals(unsized.length, sized.length, "a window the size of the text loses nothing");
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "gzip, deflate, br, zstd | br",
            "gzip                    | gzip",
            "br;q=0.5, gzip          | gzip",
            "NONE                    | NONE",
            "gzip;q=0, br;q=0        | NONE",
    })
    void aPageMadeForOneRequestIsCompressedInTheCodingItIsSentAlone(String header, String sent) throws Exception {
        MutableHttpRequest<?> request = HttpRequest.GET("/");
        if (header != null) {
            request.header("Accept-Encoding", header);
        }
        byte[] page = "<p>Call the helpline on 0808 2000 247.</p>\n".repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MutableHttpResponse<byte[]> response = Precompressed.once(request, HttpStatus.UNPROCESSABLE_ENTITY, Precompressed.HTML, page);
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, response.status());
        assertEquals(Precompressed.HTML, response.getHeaders().get("Content-Type"));
        assertEquals("Accept-Encoding", response.getHeaders().get("Vary"));
        assertEquals(sent, response.getHeaders().get("Content-Encoding"), header);
        byte[] body = response.body();
        byte[] decoded = sent == null ? body : sent.equals("br")
                ? com.aayushatharva.brotli4j.decoder.Decoder.decompress(body).getDecompressedData()
                : new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
        assertArrayEquals(page, decoded, header);
    }

    @Test
    void aBodyThatCompressionWouldNotShrinkIsSentAsItIs() {
        MutableHttpRequest<?> request = HttpRequest.GET("/").header("Accept-Encoding", "gzip, br");
        MutableHttpResponse<byte[]> response = Precompressed.once(request, HttpStatus.OK, Precompressed.HTML, new byte[] {'o', 'k'});
        assertNull(response.getHeaders().get("Content-Encoding"));
        assertArrayEquals(new byte[] {'o', 'k'}, response.body());
    }
}
