package uk.waymark.content;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotBlank;

/**
 * Which provider this portal speaks for.
 *
 * @param directory the folder holding the packs (WAYMARK_CONTENT_DIR)
 * @param pack      the pack to serve, a folder name under it (WAYMARK_PACK)
 */
@Context
@ConfigurationProperties("waymark.content")
public record ContentConfiguration(@NotBlank String directory, @NotBlank String pack) {
}
