package uk.waymark.content;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import uk.waymark.config.ContentConfiguration;

import java.nio.file.Path;

/**
 * Loads the configured pack when the portal starts, so a broken pack stops the portal before it
 * serves a single page. {@code Preflight} hands over the pack it has already checked;
 * this factory serves every other way of starting the context, such as tests.
 */
@Factory
final class PackFactory {

    @Context
    @Requires(missingBeans = Pack.class)
    Pack pack(ContentConfiguration configuration) {
        return new PackLoader(Path.of(configuration.directory())).load(configuration.pack());
    }
}
