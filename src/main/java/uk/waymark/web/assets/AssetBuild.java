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
 * <li>{@code govuk-frontend.min.js}: the GOV.UK Frontend modules that {@code waymark.js} imports
 *     and those they import, joined into one module ({@link ModuleLinker}) and minified
 *     ({@link JsMinify}).</li>
 * <li>{@code waymark.js}, {@code waymark.css}: the portal's own script and styles, minified.</li>
 * <li>{@code govuk-frontend.css}: GOV.UK Frontend's compiled CSS with only the rules whose
 *     classes the templates, the Java sources or those two scripts name ({@link UsedClasses},
 *     {@link CssTrim}), without the GDS Transport font, which is reserved to GOV.UK.</li>
 * <li>{@code start.js}: the script the pages name, as it is.</li>
 * </ul>
 *
 * <p>Beside each, its Brotli form at the best quality ({@code .br}), which takes a tenth of a
 * second or more to make: made here, once, it costs the portal's start nothing.
 *
 * <p>Arguments: the templates folder, the Java sources folder, the portal's own assets folder,
 * and the folder to write to.
 */
public final class AssetBuild {

    static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";
    static final String GOVUK_IMPORT = "./govuk-frontend.min.js";
    static final String BROTLI = ".br";
    private static final String GDS_FONT_STACK = "GDS Transport,arial,sans-serif";

    private AssetBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("Usage: AssetBuild <templates> <java sources> <own assets> <output>");
        }
        Path templates = Path.of(args[0]);
        Path java = Path.of(args[1]);
        Path own = Path.of(args[2]);
        Path output = Path.of(args[3]);
        Files.createDirectories(output);

        String waymark = Files.readString(own.resolve("waymark.js"));
        String govukJs = govukScript(waymark);

        var used = new UsedClasses();
        for (Path file : files(templates, ".hbs")) {
            used.addTemplate(Files.readString(file));
        }
        for (Path file : files(java, ".java")) {
            used.addJava(Files.readString(file));
        }
        used.addScript(govukJs);
        used.addScript(waymark);
        String css = govukCss(used);

        write(output.resolve("govuk-frontend.min.js"), govukJs);
        write(output.resolve("waymark.js"), JsMinify.minify(waymark));
        write(output.resolve("govuk-frontend.css"), css);
        write(output.resolve("waymark.css"), CssTrim.minify(Files.readString(own.resolve("waymark.css"))));
        write(output.resolve("start.js"), Files.readString(own.resolve("start.js")));
    }

    /** GOV.UK Frontend's modules that the portal's script imports, as one minified module. */
    static String govukScript(String waymark) {
        List<String> names = ModuleLinker.importedNames(waymark, GOVUK_IMPORT);
        return JsMinify.minify(ModuleLinker.link(path -> read(GOVUK + path), "all.mjs", names));
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
