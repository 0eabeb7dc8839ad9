package uk.waymark.config;

/**
 * Which provider this portal speaks for. Read by {@link Settings#content} before the portal
 * starts, so that a missing pack stops it with the list of problems alone.
 *
 * @param directory the folder holding the packs (WAYMARK_CONTENT_DIR)
 * @param pack      the pack to serve, a folder name under it (WAYMARK_PACK)
 */
public record ContentConfiguration(String directory, String pack) {
}
