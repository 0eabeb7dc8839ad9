package uk.waymark.web;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Compression done once, ahead of time, for bytes the portal serves many times over: gzip for
 * every client, and Brotli (about an eighth smaller) for the browsers that take it, which is
 * every current one over HTTPS.
 */
public final class Compression {

    /** Brotli's best, for what the build makes once and the portal sends ever after: the assets. */
    public static final int BROTLI_BEST = 11;
    /**
     * For pages, some of which are rendered while a visitor waits (a directory filter seen for
     * the first time, a form with errors): a twentieth of the best's time, and most of its gain.
     */
    public static final int BROTLI_PAGE = 6;

    private static final boolean BROTLI = brotliAvailable();
    /** A {@code q} as RFC 9110 writes it: 0 to 1, at most three decimals. */
    private static final Pattern Q_VALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    /** The encodings the portal sends, besides the bytes as they are. */
    public enum Coding {
        BROTLI("br"), GZIP("gzip"), IDENTITY(null);

        private final String token;

        Coding(String token) {
            this.token = token;
        }

        /** The Content-Encoding value, or null for the bytes as they are. */
        public String token() {
            return token;
        }
    }

    private Compression() {
    }

    public static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (var gz = new BestGzip(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether this platform's Brotli library loaded. */
    public static boolean haveBrotli() {
        return BROTLI;
    }

    /** The Brotli form of {@code text}, or null where the platform has no Brotli library. */
    public static byte[] brotli(byte[] text, int quality) {
        if (!BROTLI) {
            return null;
        }
        try {
            return Encoder.compress(text, new Encoder.Parameters().setQuality(quality).setMode(Encoder.Mode.TEXT)
                    .setWindow(window(text.length)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The smallest window that holds the whole text (Brotli's default is 4 MB): the same bytes
     * out, and the encoder's buffers sized to a page rather than to the default window.
     */
    static int window(int length) {
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, length - 1));
        return Math.max(10, Math.min(24, bits));
    }

    /**
     * The coding to send, of those there are: the one the client weighs highest
     * (Accept-Encoding's {@code q}), Brotli where it weighs both alike; {@code *} stands for any
     * coding it does not name, and a coding weighed {@code q=0} is refused.
     */
    public static Coding choose(HttpRequest<?> request, boolean haveBrotli, boolean haveGzip) {
        return choose(request.getHeaders().getAll(HttpHeaders.ACCEPT_ENCODING), haveBrotli, haveGzip);
    }

    /** The same, from the request's Accept-Encoding headers. */
    public static Coding choose(List<String> acceptEncoding, boolean haveBrotli, boolean haveGzip) {
        float brotli = -1;
        float gzip = -1;
        float any = -1;
        for (String header : acceptEncoding) {
            for (String part : header.split(",")) {
                String[] codingAndParams = part.trim().toLowerCase(Locale.ROOT).split(";");
                String coding = codingAndParams[0].trim();
                float q = weight(codingAndParams);
                switch (coding) {
                    case "br" -> brotli = q;
                    case "gzip", "x-gzip" -> gzip = Math.max(gzip, q);
                    case "*" -> any = q;
                    default -> { }
                }
            }
        }
        brotli = haveBrotli ? (brotli < 0 ? any : brotli) : 0;
        gzip = haveGzip ? (gzip < 0 ? any : gzip) : 0;
        if (brotli > 0 && brotli >= gzip) {
            return Coding.BROTLI;
        }
        return gzip > 0 ? Coding.GZIP : Coding.IDENTITY;
    }

    /** A coding's {@code q}: 1 when not given, 0 when it cannot be read (so it is not used). */
    private static float weight(String[] codingAndParams) {
        for (int i = 1; i < codingAndParams.length; i++) {
            String param = codingAndParams[i].replace(" ", "");
            if (param.startsWith("q=")) {
                String value = param.substring(2);
                return Q_VALUE.matcher(value).matches() ? Float.parseFloat(value) : 0;
            }
        }
        return 1;
    }

    private static boolean brotliAvailable() {
        if (Brotli4jLoader.isAvailable()) {
            return true;
        }
        LoggerFactory.getLogger(Compression.class).warn("No Brotli library for this platform ({}): pages and assets are sent gzipped only",
                String.valueOf(Brotli4jLoader.getUnavailabilityCause()));
        return false;
    }

    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(ByteArrayOutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
