package uk.waymark.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Gzip done once, ahead of time, for bytes the portal serves many times over. */
public final class Compression {

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

    /** True when the request's Accept-Encoding lists gzip without refusing it ({@code q=0}). */
    public static boolean acceptsGzip(HttpRequest<?> request) {
        for (String header : request.getHeaders().getAll(HttpHeaders.ACCEPT_ENCODING)) {
            for (String part : header.split(",")) {
                String[] codingAndParams = part.trim().toLowerCase(Locale.ROOT).split(";");
                String coding = codingAndParams[0].trim();
                if ((coding.equals("gzip") || coding.equals("*")) && !refused(codingAndParams)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean refused(String[] codingAndParams) {
        for (int i = 1; i < codingAndParams.length; i++) {
            String param = codingAndParams[i].replace(" ", "");
            if (param.startsWith("q=") && param.substring(2).matches("0(\\.0*)?")) {
                return true;
            }
        }
        return false;
    }

    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(ByteArrayOutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
