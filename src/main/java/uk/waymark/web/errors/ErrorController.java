package uk.waymark.web.errors;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every error as one of the portal's own pages. Logs say what kind of failure happened,
 * never the request's path, query or body: those can hold a person's details.
 */
@Controller
final class ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorController.class);

    private final ErrorPages pages;

    ErrorController(ErrorPages pages) {
        this.pages = pages;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<byte[]> notFound(HttpRequest<?> request) {
        return page(request, HttpStatus.NOT_FOUND);
    }

    @Error(status = HttpStatus.METHOD_NOT_ALLOWED, global = true)
    HttpResponse<byte[]> methodNotAllowed(HttpRequest<?> request) {
        return page(request, HttpStatus.METHOD_NOT_ALLOWED);
    }

    @Error(status = HttpStatus.BAD_REQUEST, global = true)
    HttpResponse<byte[]> badRequest(HttpRequest<?> request) {
        return page(request, HttpStatus.BAD_REQUEST);
    }

    @Error(status = HttpStatus.REQUEST_ENTITY_TOO_LARGE, global = true)
    HttpResponse<byte[]> tooLarge(HttpRequest<?> request) {
        return page(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE);
    }

    @Error(status = HttpStatus.UNSUPPORTED_MEDIA_TYPE, global = true)
    HttpResponse<byte[]> unsupportedMediaType(HttpRequest<?> request) {
        return page(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Error(global = true)
    HttpResponse<byte[]> exception(HttpRequest<?> request, Throwable error) {
        HttpStatus status = statusOf(error);
        if (status.getCode() >= 500) {
            LOG.error("Unexpected {} while answering a {} request", error.getClass().getName(), request.getMethodName(), error);
        } else {
            LOG.info("Refused a {} request: {}", request.getMethodName(), status.getCode());
        }
        return page(request, status);
    }

    static HttpStatus statusOf(Throwable error) {
        if (error instanceof HttpStatusException e) {
            return e.getStatus();
        }
        if (error instanceof ContentLengthExceededException) {
            return HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        }
        if (error instanceof ConversionErrorException || error instanceof UnsatisfiedRouteException) {
            return HttpStatus.BAD_REQUEST;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private HttpResponse<byte[]> page(HttpRequest<?> request, HttpStatus status) {
        return pages.page(status).respond(request, status);
    }
}
