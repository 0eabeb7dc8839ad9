package uk.waymark.web;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Behind TLS, every response tells the browser to use HTTPS from now on. */
@MicronautTest
@Property(name = "waymark.site.hsts", value = "true")
class HstsHttpTest {

    @Inject
    EmbeddedServer server;

    @Test
    void everyResponseCarriesHstsWhenConfigured() throws Exception {
        var client = HttpClient.newHttpClient();
        for (String path : new String[] {"/", "/no-such-page", "/health"}) {
            var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals("max-age=31536000; includeSubDomains",
                    response.headers().firstValue("Strict-Transport-Security").orElse(null), path);
        }
    }
}
