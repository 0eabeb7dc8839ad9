package uk.waymark.web;

import com.aayushatharva.brotli4j.decoder.Decoder;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.annotation.Filter;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.views.ViewsFilter;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every request goes through, and what it no longer goes through. */
@MicronautTest
class RequestPathHttpTest {

    @Inject
    ApplicationContext context;

    @Inject
    EmbeddedServer server;

    @Test
    void viewsFilterIsNotInTheFilterChain() {
        assertFalse(context.containsBean(ViewsFilter.class), "ViewsFilter is a bean again");
        // The filters the router is built from: every bean annotated @Filter.
        assertTrue(context.getBeanDefinitions(Qualifiers.byStereotype(Filter.class)).stream()
                        .noneMatch(definition -> ViewsFilter.class.isAssignableFrom(definition.getBeanType())),
                "ViewsFilter is among the request filters again");
        // micronaut-views itself stays: the pages are rendered with it.
        assertTrue(context.containsBean(ViewsRenderer.class));
    }

    @Test
    void onlyWhatIsNotCompressedAheadOfTimeIsCompressedPerRequest() throws Exception {
        // Pages are sent as they were gzipped once, not gzipped again.
        HttpResponse<byte[]> page = send(get("/").header("Accept-Encoding", "gzip"));
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(null));
        assertEquals(List.of("gzip"), page.headers().allValues("Content-Encoding"));
        assertEquals(0x1f, page.body()[0] & 0xff);
        assertEquals(0x8b, page.body()[1] & 0xff);
        // And as they were put into Brotli once, for a client that takes it.
        HttpResponse<byte[]> brotli = send(get("/").header("Accept-Encoding", "gzip, deflate, br, zstd"));
        assertEquals(List.of("br"), brotli.headers().allValues("Content-Encoding"));
        assertEquals(new String(gunzip(page.body()), StandardCharsets.UTF_8),
                new String(Decoder.decompress(brotli.body()).getDecompressedData(), StandardCharsets.UTF_8));
        // What the portal does not compress itself, Micronaut still compresses: the metrics, and a
        // page for a client that takes deflate but neither gzip nor Brotli.
        assertEquals("gzip", send(get("/prometheus").header("Accept-Encoding", "gzip"))
                .headers().firstValue("Content-Encoding").orElse(null), "/prometheus");
        assertEquals("deflate", send(get("/").header("Accept-Encoding", "deflate"))
                .headers().firstValue("Content-Encoding").orElse(null), "/ for deflate");
        // And nothing for a client that takes neither.
        assertTrue(send(get("/")).headers().firstValue("Content-Encoding").isEmpty());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
    }

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
