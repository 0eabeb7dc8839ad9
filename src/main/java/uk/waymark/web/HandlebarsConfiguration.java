package uk.waymark.web;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.io.ClassPathTemplateLoader;
import com.github.jknack.handlebars.io.StringTemplateSource;
import com.github.jknack.handlebars.io.TemplateSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.views.handlebars.HandlebarsFactory;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Replaces Micronaut Views' Handlebars, which has no template cache and so parses every
 * template and partial again on every request.
 *
 * <p>Templates are read with their indentation and blank lines taken out: every run of white
 * space that holds a line break becomes one line break. A browser shows such a run as one space
 * wherever it shows it at all, so no page looks or reads differently (no template has a
 * {@code <pre>}, and a {@code <textarea>}'s text comes from its value, not from the template);
 * the contact form is 4 KB shorter, about 270 bytes compressed.
 */
@Factory
final class HandlebarsConfiguration {

    @Singleton
    @Replaces(factory = HandlebarsFactory.class, bean = Handlebars.class)
    Handlebars handlebars() {
        return new Handlebars(new CompactTemplateLoader())
                .with(new ConcurrentMapTemplateCache())
                .prettyPrint(false)
                .infiniteLoops(false);
    }

    /** The class path's templates, each run of white space with a line break in it made one line break. */
    static final class CompactTemplateLoader extends ClassPathTemplateLoader {

        private static final Pattern INDENTED_LINE_BREAKS = Pattern.compile("[ \\t\\r]*\\n\\s*");

        @Override
        public TemplateSource sourceAt(String location) throws IOException {
            TemplateSource source = super.sourceAt(location);
            return new StringTemplateSource(source.filename(), compact(source.content(StandardCharsets.UTF_8)));
        }

        static String compact(String template) {
            return INDENTED_LINE_BREAKS.matcher(template).replaceAll("\n");
        }
    }
}
