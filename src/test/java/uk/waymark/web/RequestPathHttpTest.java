package uk.waymark.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.annotation.Filter;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.views.ViewsFilter;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every request goes through, and what it no longer goes through. */
@MicronautTest
class RequestPathHttpTest {

    @Inject
    ApplicationContext context;

    @Test
    void viewsFilterIsNotInTheFilterChain() {
        assertFalse(context.containsBean(ViewsFilter.class), "ViewsFilter is a bean again");
        // The filters the router is built from: every bean annotated @Filter.
        assertTrue(context.getBeanDefinitions(Qualifiers.byStereotype(Filter.class)).stream()
                        .noneMatch(definition -> ViewsFilter.class.isAssignableFrom(definition.getBeanType())),
                "ViewsFilter is among the request filters again");
        // micronaut-views itself stays: the pages are rendered with it.
        assertTrue(context.containsBean(ViewsRenderer.class));
    }
}
