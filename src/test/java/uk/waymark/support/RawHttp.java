package uk.waymark.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends bytes a well-behaved client library would refuse to send (a stray % in the address,
 * an oversized header) and reads the whole answer, as a careless or hostile client would.
 */
public final class RawHttp {

    public record Answer(int status, String head, String body) {
        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    public static Answer send(int port, String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String text = readAll(socket.getInputStream());
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            return new Answer(Integer.parseInt(head.split(" ", 3)[1]), head, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Answer get(int port, String target, String... headers) {
        StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: localhost:").append(port).append("\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        return send(port, request.append("Connection: close\r\n\r\n").toString());
    }

    private static String readAll(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
