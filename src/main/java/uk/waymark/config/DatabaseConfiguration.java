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
}
