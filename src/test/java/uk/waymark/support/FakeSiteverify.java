package uk.waymark.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A stand-in for reCAPTCHA's siteverify endpoint on loopback: it answers what the test sets
 * (a JSON body and status, after a delay) and records each form it was sent.
 */
public final class FakeSiteverify implements AutoCloseable {

    private final HttpServer server;
    private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    private volatile String body = "{\"success\":true,\"score\":0.9,\"action\":\"contact\",\"hostname\":\"localhost\"}";
    private volatile int status = 200;
    private volatile long delayMillis;

    public FakeSiteverify() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/recaptcha/api/siteverify", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(java.util.Arrays.stream(form.split("&")).map(p -> p.split("=", 2))
                    .collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "")));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/recaptcha/api/siteverify";
    }

    public FakeSiteverify answer(int status, String body, long delayMillis) {
        this.status = status;
        this.body = body;
        this.delayMillis = delayMillis;
        return this;
    }

    public List<Map<String, String>> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
