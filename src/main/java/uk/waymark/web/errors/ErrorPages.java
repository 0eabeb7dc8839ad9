package uk.waymark.web.errors;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.waymark.content.Pack;
import uk.waymark.content.Phone;
import uk.waymark.content.Service;
import uk.waymark.web.Precompressed;
import uk.waymark.web.PageRenderer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's error pages: in the same layout as every page, with the helpline numbers, and
 * never a stack trace. Each is rendered once. If rendering itself fails, a plain page with the
 * same numbers is sent instead, so a person always leaves with a way to get help.
 */
@Singleton
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    /** Words for one error status. */
    public record ErrorView(int status, String title, String browserTitle, List<String> paragraphs,
                            List<Service> helplines, Phone providerPhone, String providerEmail) {
    }

    private static final String NOT_SENT = "If you were sending us a message, it has not reached us.";

    private final PageRenderer renderer;
    private final Pack pack;
    private final Map<HttpStatus, Precompressed> rendered = new ConcurrentHashMap<>();

    ErrorPages(PageRenderer renderer, Pack pack) {
        this.renderer = renderer;
        this.pack = pack;
    }

    public Precompressed page(HttpStatus status) {
        return rendered.computeIfAbsent(status, this::render);
    }

    private Precompressed render(HttpStatus status) {
        ErrorView view = view(status);
        try {
            return renderer.renderPage("errors/error",
                    new PageRenderer.Frame("", view.browserTitle(), PageRenderer.Source.NONE), view);
        } catch (RuntimeException e) {
            LOG.error("Could not render the {} page; sending the plain one", status.getCode(), ErrorController.withoutMessages(e));
            return Precompressed.html(plain(view));
        }
    }

    ErrorView view(HttpStatus status) {
        var provider = pack.provider();
        List<Service> helplines = pack.allDayHelplines();
        return switch (status) {
            case NOT_FOUND, METHOD_NOT_ALLOWED -> new ErrorView(404, "Page not found", "Page not found",
                    List.of("If you typed the web address, check it is correct.",
                            "If you pasted the web address, check you copied the entire address."),
                    helplines, provider.contact().phone(), provider.contact().email());
            case REQUEST_ENTITY_TOO_LARGE -> new ErrorView(413, "What you sent is too long", "Too long",
                    List.of(NOT_SENT, "Go back and make your answers shorter, then send them again. Or contact us another way."),
                    helplines, provider.contact().phone(), provider.contact().email());
            case TOO_MANY_REQUESTS -> new ErrorView(429, "Sorry, you have tried too many times", "Try again later",
                    List.of(NOT_SENT, "Wait a few minutes, then try again. Or contact us another way."),
                    helplines, provider.contact().phone(), provider.contact().email());
            case BAD_REQUEST, UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE, FORBIDDEN, REQUEST_URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> new ErrorView(status.getCode(),
                    "Sorry, there is a problem with that request", "Something went wrong",
                    List.of(NOT_SENT, "Go back to the page you were on and try again. Or contact us another way."),
                    helplines, provider.contact().phone(), provider.contact().email());
            default -> new ErrorView(status.getCode(), "Sorry, there is a problem with the service", "Something went wrong",
                    List.of("If you were sending us a message, it may not have reached us.",
                            "Try again later, or contact us another way."),
                    helplines, provider.contact().phone(), provider.contact().email());
        };
    }

    /** A page with no template, no layout and no assets: the last resort. */
    static String plain(ErrorView view) {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(view.browserTitle())).append("</title></head><body><h1>").append(escape(view.title()))
                .append("</h1>");
        view.paragraphs().forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
        html.append("<p>In an emergency, call <a href=\"tel:999\">999</a>.</p><ul>");
        for (Service helpline : view.helplines()) {
            Phone phone = helpline.phones().get(0);
            html.append("<li>").append(escape(helpline.name())).append(": <a href=\"").append(phone.href()).append("\">")
                    .append(escape(phone.display())).append("</a></li>");
        }
        return html.append("</ul></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
