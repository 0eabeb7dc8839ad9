package uk.waymark.web;

import io.micronaut.context.BeanContext;
import io.micronaut.context.BeanResolutionContext;
import io.micronaut.inject.BeanConfiguration;
import io.micronaut.views.ViewsFilter;

/**
 * Keeps micronaut-views' {@link ViewsFilter} out of the context, and so out of every request's
 * filter chain. That filter turns a controller's {@code @View} result into a page; the portal has
 * none: {@link PageRenderer} calls the views renderer itself, once per page. Left in, it wrapped
 * every request, pages, assets and posts alike, in a Reactor pipeline that did nothing.
 *
 * <p>A {@link BeanConfiguration} that is never enabled disables the beans it says are within
 * it; Micronaut reads this one from {@code META-INF/micronaut/io.micronaut.inject.BeanConfiguration}
 * as it reads those generated for a package, and this one holds exactly one class. The rest of
 * micronaut-views (the Handlebars renderer, its configuration) is untouched.
 */
public final class NoViewsFilter implements BeanConfiguration {

    private static final String VIEWS_FILTER = ViewsFilter.class.getName();

    @Override
    public Package getPackage() {
        return NoViewsFilter.class.getPackage();
    }

    @Override
    public String getName() {
        return NoViewsFilter.class.getName();
    }

    @Override
    public String getVersion() {
        return null;
    }

    @Override
    public boolean isEnabled(BeanContext context, BeanResolutionContext resolutionContext) {
        return false;
    }

    /** Only ViewsFilter (a bean's reference is within a configuration when its class is). */
    @Override
    public boolean isWithin(String className) {
        return VIEWS_FILTER.equals(className);
    }
}
