package uk.waymark.web.assets;

import jakarta.inject.Singleton;
import uk.waymark.web.Precompressed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's static files: GOV.UK Frontend from its WebJar and the portal's own CSS and JS.
 *
 * <p>Every file is served under one versioned prefix, {@code /assets/<version>/}, where the
 * version is a hash of all the files, so a change to any of them changes every URL (no browser
 * ever mixes old and new files). Nothing is cached: see {@link AssetController}.
 *
 * <p>The style sheet and the script are those the build made ({@link AssetBuild}): GOV.UK
 * Frontend's CSS and JavaScript cut to the components and classes the templates use and joined
 * with the portal's own, minified, and
 * without the GDS Transport font, which is reserved to GOV.UK (the font stack becomes Arial, as
 * the GOV.UK Design System advises for services off GOV.UK; no page asks for a font file).
 */
@Singleton
public final class Assets {

    static final String BUILT = "assets/built/";

    private final Map<String, Precompressed> byName = new LinkedHashMap<>();
    private final String prefix;

    Assets() {
        add("waymark.css", "text/css");
        add("waymark.js", "text/javascript");
        add("start.js", "text/javascript");
        this.prefix = "/assets/" + versionOf(byName) + "/";
    }

    /** The URL path a page uses for the named asset. */
    public String url(String name) {
        if (!byName.containsKey(name)) {
            throw new IllegalArgumentException("No asset named " + name);
        }
        return prefix + name;
    }

    public String prefix() {
        return prefix;
    }

    Optional<Precompressed> find(String version, String name) {
        return at("/assets/" + version + "/" + name);
    }

    /** The asset at this path, as sent (a name under this build's prefix, no further folder), if any. */
    Optional<Precompressed> at(String path) {
        if (!path.startsWith(prefix) || path.indexOf('/', prefix.length()) >= 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(path.substring(prefix.length())));
    }

    /** An asset as the build made it, with the Brotli form the build made beside it, if any. */
    private void add(String name, String contentType) {
        byte[] bytes = read(BUILT + name);
        byte[] brotli = readIfThere(BUILT + name + AssetBuild.BROTLI);
        byName.put(name, Precompressed.of(contentType + "; charset=utf-8", bytes, brotli));
    }

    private static byte[] readIfThere(String resource) {
        return Assets.class.getClassLoader().getResource(resource) == null ? null : read(resource);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing asset on the classpath: " + resource
                        + (resource.startsWith(BUILT) ? " (the build writes it: run ./mvnw compile)" : ""));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String versionOf(Map<String, Precompressed> assets) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            assets.forEach((name, asset) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(asset.bytes());
            });
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
