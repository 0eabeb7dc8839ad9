package uk.waymark.content;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks content packs the way the portal loads them, and lists every problem with its file,
 * line and field. Run with no pack names to check every pack in the content folder.
 *
 * <pre>./mvnw -q compile exec:java -Dexec.args="check ashfield"</pre>
 */
public final class PackCheck {

    private PackCheck() {
    }

    /** Returns the number of packs with problems. */
    public static int run(Path contentDirectory, List<String> packs, PrintStream out) {
        var loader = new PackLoader(contentDirectory);
        List<String> chosen = packs.isEmpty() ? loader.available() : packs;
        if (chosen.isEmpty()) {
            out.println("No packs found in " + contentDirectory.toAbsolutePath());
            return 1;
        }
        int broken = 0;
        for (String id : chosen) {
            try {
                Pack pack = loader.load(id);
                out.printf("%s: no problems (%d pages, %d services, %d gaps listed)%n", id, pack.pages().size(),
                        pack.services().size(), pack.provider().gaps().size());
            } catch (PackException e) {
                out.println(e.getMessage());
                broken++;
            }
        }
        return broken;
    }
}
