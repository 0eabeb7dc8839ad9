package uk.waymark.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Puts the portal's {@link SafetyHeaders} on every response. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter {

    private final SafetyHeaders headers;

    SecurityHeadersFilter(SafetyHeaders headers) {
        this.headers = headers;
    }

    @ResponseFilter
    void addSafetyHeaders(MutableHttpResponse<?> response) {
        headers.apply(response);
    }
}
