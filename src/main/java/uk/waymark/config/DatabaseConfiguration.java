package uk.waymark.config;

/**
 * Where cases are stored (WAYMARK_DATABASE_URL). The connection itself is Micronaut's data
 * source, configured under the same names; this is what the portal's own code needs to know.
 *
 * @param url the JDBC address: the embedded H2 database by default, PostgreSQL in production
 */
public record DatabaseConfiguration(String url) {

    /** Whether the cases are in PostgreSQL (otherwise H2, which lacks some of its SQL). */
    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** Whether this is an H2 database kept on disk (or on H2's own server), not in memory. */
    public boolean h2OnDisk() {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
    }

    /**
     * Whether this is an H2 database kept on disk that holds its commits in memory before writing
     * them (its WRITE_DELAY, half a second unless the address sets {@code WRITE_DELAY=0}): a process
     * killed then loses referrals it has already confirmed. An in-memory database keeps nothing.
     */
    public boolean delaysCommits() {
        if (!h2OnDisk()) {
            return false;
        }
        String[] parts = url.split(";");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].strip().equalsIgnoreCase("WRITE_DELAY=0")) {
                return false;
            }
        }
        return true;
    }
}
