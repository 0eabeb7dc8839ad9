package uk.waymark.behaviour;

import io.micronaut.http.annotation.Produces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import uk.waymark.content.SitePage;
import uk.waymark.web.PageRenderer;
import uk.waymark.web.PageRenderer.Frame;
import uk.waymark.web.PageRenderer.Source;
import uk.waymark.web.Precompressed;
import uk.waymark.web.forms.Choice;
import uk.waymark.web.forms.FormErrors;

import java.util.List;

/**
 * A few questions for someone worried about their own behaviour, answered on the server with
 * JavaScript or without. The answers travel in the body of a POST, never in the address, so they
 * stay out of the browser's history; they are neither stored nor logged.
 */
@Controller(BehaviourController.PATH)
@Produces(MediaType.ALL) // whatever the Accept header says: see README, Decisions
final class BehaviourController {

    static final String PATH = "/your-behaviour/questions";
    private static final String TITLE = "Find the right help to change";

    /** The questions page. */
    record QuestionsView(String title, String action, List<Choice> questions, List<FormErrors.Summary> errors) {
    }

    /** The services the answers point to. */
    record SuggestionsView(String title, BehaviourGuide.Suggestions suggestions, String back) {
    }

    private final BehaviourGuide guide;
    private final PageRenderer renderer;
    private final Precompressed empty;

    BehaviourController(BehaviourGuide guide, PageRenderer renderer) {
        this.guide = guide;
        this.renderer = renderer;
        this.empty = questions(new BehaviourAnswers(null, null, null, null), new FormErrors());
    }

    @Get
    HttpResponse<byte[]> ask(HttpRequest<?> request) {
        return empty.respond(request);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<byte[]> answer(@Body BehaviourAnswers answers, HttpRequest<?> request) {
        FormErrors errors = guide.check(answers);
        if (!errors.isEmpty()) {
            return questions(answers, errors).respond(request, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return renderer.renderPage("behaviour/suggestions", frame("Help to change"),
                new SuggestionsView("Services that may suit you", guide.suggest(answers), PATH)).respond(request);
    }

    private Precompressed questions(BehaviourAnswers answers, FormErrors errors) {
        return renderer.renderPage("behaviour/questions", frame("Help to change"),
                new QuestionsView(TITLE, PATH, guide.questions(answers, errors), errors.isEmpty() ? null : errors.summary()));
    }

    private static Frame frame(String browserTitle) {
        return new Frame(SitePage.BEHAVIOUR.path(), browserTitle, Source.PACK);
    }
}
