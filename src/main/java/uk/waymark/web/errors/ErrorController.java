package uk.waymark.web.errors;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http.HttpObjectDecoder;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.waymark.web.SafetyHeaders;

import java.io.EOFException;
import java.net.URISyntaxException;

/**
 * Sends every error as one of the portal's own pages. Logs say what kind of failure happened,
 * never the request's path, query or body: those can hold a person's details.
 */
@Controller
@Produces(MediaType.ALL) // whatever the Accept header says: see README, Decisions
final class ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorController.class);

    private final ErrorPages pages;
    private final SafetyHeaders headers;

    ErrorController(ErrorPages pages, SafetyHeaders headers) {
        this.pages = pages;
        this.headers = headers;
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
            LOG.error("Unexpected {} while answering a {} request", error.getClass().getName(), request.getMethodName(), withoutMessages(error));
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
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLongHttpLineException) {
                return HttpStatus.REQUEST_URI_TOO_LONG;
            }
            if (cause instanceof TooLongHttpHeaderException) {
                return HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            }
            if (cause instanceof URISyntaxException || cause instanceof DecoderException) {
                return HttpStatus.BAD_REQUEST; // a malformed request, such as a stray % in the query
            }
            if (cause instanceof IllegalArgumentException && thrownByNettysDecoder(cause)) {
                // Netty's HTTP decoder refuses a method with odd characters, a request line with too few
                // parts (such as GARBAGE), an unknown HTTP version, a header line without a colon or a Content-Length that is
                // not one number with an IllegalArgumentException of its own, not a DecoderException.
                return HttpStatus.BAD_REQUEST;
            }
            if (cause instanceof EOFException) {
                return HttpStatus.BAD_REQUEST; // the client stopped sending before the body it announced
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static boolean thrownByNettysDecoder(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().startsWith(HttpObjectDecoder.class.getName())
                    || frame.getClassName().equals(HttpRequestDecoder.class.getName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same chain of exceptions and stack frames, without their messages: a message can quote
     * the request (its address, a form value), and the log must never hold a person's details.
     */
    static Throwable withoutMessages(Throwable error) {
        Throwable cause = error.getCause() == null || error.getCause() == error ? null : withoutMessages(error.getCause());
        var copy = new RedactedException(error.getClass().getName(), cause);
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }

    private static final class RedactedException extends Exception {
        RedactedException(String type, Throwable cause) {
            super(type + " (message withheld)", cause, false, true);
        }
    }

    private HttpResponse<byte[]> page(HttpRequest<?> request, HttpStatus status) {
        // Set here as well as by the filter: a request Netty could not decode never reaches it.
        var response = pages.page(status).respond(request, status);
        headers.apply(response);
        return response;
    }
}
