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
import java.util.regex.Pattern;

/**
 * The portal's static files: GOV.UK Frontend from its WebJar and the portal's own CSS and JS.
 *
 * <p>Every file is served under one versioned prefix, {@code /assets/<version>/}, where the
 * version is a hash of all the files, so a change to any of them changes every URL (no browser
 * ever mixes old and new files). One shared prefix also lets the portal's module script import
 * GOV.UK Frontend by a relative path. Nothing is cached: see {@link AssetController}.
 *
 * <p>GOV.UK Frontend's compiled CSS declares the GDS Transport font, which is reserved to
 * GOV.UK. The font faces are removed and the font stack becomes Arial, as the GOV.UK Design
 * System advises for services off GOV.UK; no page then asks for a font file.
 */
@Singleton
public final class Assets {

    static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^}]*}");
    private static final String GDS_FONT_STACK = "GDS Transport,arial,sans-serif";

    private final Map<String, Precompressed> byName = new LinkedHashMap<>();
    private final String prefix;

    Assets() {
        add("govuk-frontend.css", "text/css", withoutGovukFont(read(GOVUK + "govuk-frontend.min.css")));
        add("govuk-frontend.min.js", "text/javascript", read(GOVUK + "govuk-frontend.min.js"));
        add("waymark.css", "text/css", read("assets/waymark.css"));
        add("waymark.js", "text/javascript", read("assets/waymark.js"));
        add("start.js", "text/javascript", read("assets/start.js"));
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
        if (!prefix.equals("/assets/" + version + "/")) {
            return Optional.empty();
        }
        return Optional.ofNullable(byName.get(name));
    }

    static byte[] withoutGovukFont(byte[] css) {
        String text = new String(css, StandardCharsets.UTF_8);
        String cleaned = FONT_FACE.matcher(text).replaceAll("").replace(GDS_FONT_STACK, "arial,sans-serif");
        if (cleaned.contains("GDS Transport") || cleaned.contains("/assets/fonts/")) {
            throw new IllegalStateException("GOV.UK Frontend CSS still names its font; update Assets");
        }
        return cleaned.getBytes(StandardCharsets.UTF_8);
    }

    private void add(String name, String contentType, byte[] bytes) {
        byName.put(name, Precompressed.of(contentType.startsWith("text/") ? contentType + "; charset=utf-8" : contentType, bytes));
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing asset on the classpath: " + resource);
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
