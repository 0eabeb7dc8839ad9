package uk.waymark.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import uk.waymark.Preflight;
import uk.waymark.content.Pack;
import uk.waymark.content.PackLoader;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real portal, on a free port, serving one content pack: the way a provider deploys it with
 * WAYMARK_PACK, started through the same pre-flight checks as the portal's main. Tests that
 * cover every pack start one of these per pack.
 */
public final class PackPortal implements AutoCloseable {

    private final EmbeddedServer server;

    private PackPortal(EmbeddedServer server) {
        this.server = server;
    }

    /** Every pack in the repository's content folder. */
    public static List<String> packs() {
        return new PackLoader(Path.of("content")).available();
    }

    public static PackPortal start(String pack, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("waymark.content.pack", pack);
        all.put("micronaut.server.port", -1);
        all.putIfAbsent("waymark.site.exit-url", NeutralSite.shared().url());
        ApplicationContext context = Preflight.start(ApplicationContext.builder().properties(all).environments("test"));
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        if (!server.isRunning()) {
            server.start();
        }
        return new PackPortal(server);
    }

    public Pack pack() {
        return server.getApplicationContext().getBean(Pack.class);
    }

    public <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    public int port() {
        return server.getPort();
    }

    public String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
