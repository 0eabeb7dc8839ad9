package uk.waymark.web.assets;

import uk.waymark.web.Compression;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run by the build after compiling (see pom.xml): writes the scripts and GOV.UK Frontend's
 * style sheet the portal serves, cut to what its pages use, into {@code assets/built/} on the
 * class path.
 *
 * <ul>
 * <li>{@code waymark.js}: the portal's own script with the GOV.UK Frontend modules it imports,
 *     and those they import, put in front of it as one module ({@link ModuleLinker}), minified
 *     by terser ({@link Terser}).</li>
 * <li>{@code waymark.css}: GOV.UK Frontend's compiled CSS with only the rules whose classes the
 *     templates, the Java sources or the script name ({@link UsedClasses}, {@link CssTrim}),
 *     without the GDS Transport font, which is reserved to GOV.UK; then the portal's own styles,
 *     minified. One style sheet and one script compress better than two of each.</li>
 * <li>{@code start.js}: the script the pages name, which runs {@code waymark.js}, minified.</li>
 * </ul>
 *
 * <p>Beside each, its Brotli form at the best quality ({@code .br}), which takes a tenth of a
 * second or more to make: made here, once, it costs the portal's start nothing.
 *
 * <p>Arguments: the templates folder, the Java sources folder, the portal's own assets folder,
 * the folder to write to, and terser's cache folder.
 */
public final class AssetBuild {

    static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";
    static final String GOVUK_IMPORT = "govuk-frontend";
    static final String BROTLI = ".br";
    private static final String GDS_FONT_STACK = "GDS Transport,arial,sans-serif";

    private AssetBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            throw new IllegalArgumentException("Usage: AssetBuild <templates> <java sources> <own assets> <output> <terser cache>");
        }
        Path templates = Path.of(args[0]);
        Path java = Path.of(args[1]);
        Path own = Path.of(args[2]);
        Path output = Path.of(args[3]);
        Files.createDirectories(output);

        String script = ModuleLinker.bundle(path -> read(GOVUK + path), "all.mjs",
                Files.readString(own.resolve("waymark.js")), GOVUK_IMPORT);

        var used = new UsedClasses();
        for (Path file : files(templates, ".hbs")) {
            used.addTemplate(Files.readString(file));
        }
        for (Path file : files(java, ".java")) {
            used.addJava(Files.readString(file));
        }
        used.addScript(script);
        String css = govukCss(used) + CssTrim.minify(Files.readString(own.resolve("waymark.css")));

        try (var terser = new Terser(Path.of(args[4]))) {
            write(output.resolve("waymark.js"), terser.minify(script));
            write(output.resolve("start.js"), terser.minify(Files.readString(own.resolve("start.js"))));
        }
        write(output.resolve("waymark.css"), css);
    }

    /** GOV.UK Frontend's style sheet cut to the used classes, in system fonts. */
    static String govukCss(UsedClasses used) {
        String trimmed = CssTrim.trim(read(GOVUK + "govuk-frontend.min.css"), used);
        String cleaned = trimmed.replace(GDS_FONT_STACK, "arial,sans-serif");
        if (cleaned.contains("GDS Transport") || cleaned.contains("/assets/")) {
            throw new IllegalStateException("GOV.UK Frontend CSS still names its font or an image; update AssetBuild");
        }
        return cleaned;
    }

    static String read(String resource) {
        try (InputStream in = AssetBuild.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing on the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Writes {@code text} and its Brotli form, each only when it changed or is missing. */
    private static void write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path brotli = file.resolveSibling(file.getFileName() + BROTLI);
        boolean changed = !Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), bytes);
        if (changed) {
            Files.write(file, bytes);
        }
        if (changed || !Files.exists(brotli)) {
            byte[] compressed = Compression.brotli(bytes, Compression.BROTLI_BEST);
            if (compressed != null) {
                Files.write(brotli, compressed);
            } else {
                Files.deleteIfExists(brotli);
            }
        }
    }
}
