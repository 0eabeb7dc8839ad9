package uk.waymark.browser;

import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an ordinary Chromium profile keeps on disk after a visit, read the way someone who picks
 * up the device could: the history database behind the history list and the address bar, the
 * HTTP and code caches, the favicon database, and every other file, searched for what was typed.
 */
final class BrowserProfile {

    record HistoryRow(String url, String title) {
    }

    /**
     * @param history        rows of {@code Default/History} for the portal's address
     * @param cachedFiles    files of the HTTP cache and the code cache that name the portal's address
     * @param faviconRows    rows of {@code Default/Favicons} that name the portal's address
     * @param filesWithTyped files anywhere in the profile holding something typed into a form
     * @param profileBytes   the profile's size on disk, for the record
     */
    record Traces(List<HistoryRow> history, List<String> cachedFiles, List<String> faviconRows,
                  List<String> filesWithTyped, long profileBytes) {
    }

    private final Path folder;

    BrowserProfile(Path folder) {
        this.folder = folder;
    }

    static BrowserProfile fresh(String name) {
        try {
            Path base = Files.createDirectories(Path.of("target", "profiles"));
            return new BrowserProfile(Files.createTempDirectory(base, name + "-").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path folder() {
        return folder;
    }

    /** Quits the browser and waits until every process of it has gone, so its files are complete. */
    void quit(ChromeDriver driver) {
        driver.quit();
        String marker = folder.toString();
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean running = ProcessHandle.allProcesses()
                    .anyMatch(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false));
            if (!running) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("Chromium did not stop for " + folder);
    }

    Traces read(String origin, List<String> typed) {
        Path profile = folder.resolve("Default");
        List<HistoryRow> history = new ArrayList<>();
        query(profile.resolve("History"), "SELECT url, title FROM urls ORDER BY id", row -> {
            if (row.getString(1).startsWith(origin)) {
                history.add(new HistoryRow(row.getString(1), row.getString(2)));
            }
        });
        List<String> favicons = new ArrayList<>();
        query(profile.resolve("Favicons"), "SELECT page_url FROM icon_mapping", row -> {
            if (row.getString(1).startsWith(origin)) {
                favicons.add("icon_mapping " + row.getString(1));
            }
        });
        query(profile.resolve("Favicons"), "SELECT url FROM favicons", row -> {
            if (row.getString(1).startsWith(origin)) {
                favicons.add("favicons " + row.getString(1));
            }
        });
        byte[] address = origin.replaceFirst("^https?://", "").getBytes(StandardCharsets.US_ASCII);
        List<String> cached = new ArrayList<>();
        for (String cache : List.of("Cache", "Code Cache")) {
            for (Path file : files(profile.resolve(cache))) {
                if (contains(bytes(file), address)) {
                    cached.add(folder.relativize(file).toString());
                }
            }
        }
        List<String> withTyped = new ArrayList<>();
        long size = 0;
        for (Path file : files(folder)) {
            byte[] content = bytes(file);
            size += content.length;
            for (String value : typed) {
                // As typed, and as a form sends it (a browser may keep the body of a post).
                String sent = URLEncoder.encode(value, StandardCharsets.UTF_8);
                if (contains(content, value.getBytes(StandardCharsets.UTF_8))
                        || contains(content, value.getBytes(StandardCharsets.UTF_16LE))
                        || contains(content, sent.getBytes(StandardCharsets.US_ASCII))) {
                    withTyped.add(folder.relativize(file) + " holds \"" + value + "\"");
                }
            }
        }
        return new Traces(history, cached, favicons, withTyped, size);
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(Path database, String sql, RowReader reader) {
        if (!Files.exists(database)) {
            return;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + database + "?mode=ro");
             var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + database, e);
        }
    }

    private static List<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            // A file Chromium removed while it shut down is not a trace.
            return new byte[0];
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
