package uk.waymark.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the neutral website "Exit this page" leads to: a real HTTP server on another
 * port (so another origin), which records the Referer header of every visit.
 */
public final class NeutralSite implements AutoCloseable {

    public static final String TITLE = "Weather forecast";
    private static NeutralSite shared;

    private final HttpServer server;
    private final List<String> referers = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;

    private NeutralSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/favicon.ico", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/", exchange -> {
            String referer = exchange.getRequestHeaders().getFirst("Referer");
            referers.add(referer == null ? "" : referer);
            pause(delayMillis);
            byte[] body = ("<!DOCTYPE html><html lang=\"en\"><head><title>" + TITLE
                    + "</title></head><body><h1>Sunny spells</h1></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** One neutral site for the whole test run. */
    public static synchronized NeutralSite shared() {
        if (shared == null) {
            shared = new NeutralSite();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shared.server.stop(0)));
        }
        return shared;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/weather";
    }

    /** Makes the site slow to answer, so a test can look at the page being left. */
    public void delay(long millis) {
        this.delayMillis = millis;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Referer headers received, in order; an empty string where none was sent. */
    public List<String> referers() {
        return List.copyOf(referers);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
