package uk.waymark.web;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.views.handlebars.HandlebarsFactory;
import jakarta.inject.Singleton;

/**
 * Replaces Micronaut Views' Handlebars, which has no template cache and so parses every
 * template and partial again on every request.
 */
@Factory
final class HandlebarsConfiguration {

    @Singleton
    @Replaces(factory = HandlebarsFactory.class, bean = Handlebars.class)
    Handlebars handlebars() {
        return new Handlebars()
                .with(new ConcurrentMapTemplateCache())
                .prettyPrint(false)
                .infiniteLoops(false);
    }
}
