package uk.waymark.web.assets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Minifies an ES module with terser (from its WebJar, run on GraalJS), for the build alone:
 * neither is in the jar. Terser compresses and shortens every name that is not seen from outside
 * the module, as GOV.UK Frontend's own build does with its bundle.
 *
 * <p>GraalJS runs it interpreted on a stock JDK (about 9 seconds for the portal's script), so
 * each result is kept in a cache folder under a hash of terser's version, its options and the
 * input: a build whose scripts did not change takes it from there.
 */
final class Terser implements AutoCloseable {

    static final String VERSION = "5.46.0";
    private static final String BUNDLE = "META-INF/resources/webjars/terser/" + VERSION + "/dist/bundle.min.js";
    /** A module, so top-level names are shortened too; terser's default keeps licence comments ({@code /*!}, {@code @license}). */
    static final String OPTIONS = "{module: true, compress: {passes: 2}, mangle: true}";

    private final Path cache;
    private Context context;

    Terser(Path cache) {
        this.cache = cache;
    }

    /** {@code module} minified; fails with terser's own message if it does not parse. */
    String minify(String module) throws IOException {
        Path kept = cache.resolve(hash(VERSION + '\n' + OPTIONS + '\n' + module) + ".js");
        if (Files.exists(kept)) {
            return Files.readString(kept);
        }
        String minified = run(module);
        Files.createDirectories(cache);
        Path partial = Files.createTempFile(cache, "terser", ".part");
        Files.writeString(partial, minified);
        Files.move(partial, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return minified;
    }

    private String run(String module) {
        if (context == null) {
            context = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
            // terser's bundle is UMD: as a browser global it takes its source-map library from a
            // global, only needed for source maps, which are not made here.
            context.eval("js", "var sourceMap = {};");
            context.eval(Source.create("js", AssetBuild.read(BUNDLE)));
        }
        Value bindings = context.getBindings("js");
        bindings.putMember("input", module);
        // minify returns a promise; GraalJS settles it before eval returns.
        context.eval("js", "var output = null, failure = null;"
                + "Terser.minify(input, " + OPTIONS + ").then(r => { output = r.code }, e => { failure = String(e) })");
        Value failure = bindings.getMember("failure");
        Value output = bindings.getMember("output");
        if (!failure.isNull() || output.isNull()) {
            throw new IllegalStateException("terser could not minify the script: "
                    + (failure.isNull() ? "no result" : failure.asString()));
        }
        return output.asString();
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
