package uk.waymark.behaviour;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import uk.waymark.config.FormsConfiguration;
import uk.waymark.content.SitePage;
import uk.waymark.questions.Answers;
import uk.waymark.questions.FormData;
import uk.waymark.questions.FormErrors;
import uk.waymark.questions.Question;
import uk.waymark.web.PageRenderer;
import uk.waymark.web.PageRenderer.Frame;
import uk.waymark.web.PageRenderer.Source;
import uk.waymark.web.Precompressed;
import uk.waymark.web.forms.Choice;
import uk.waymark.web.forms.FormDrafts;
import uk.waymark.web.forms.QuestionViews;
import uk.waymark.web.forms.SealedLink;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A few questions for someone worried about their own behaviour, answered on the server with
 * JavaScript or without. The answers travel in the body of a POST, never in the address in clear,
 * so they stay out of the browser's history; they are neither stored nor logged.
 */
@Controller(BehaviourController.PATH)
@Produces(MediaType.ALL) // whatever the Accept header says: see README, Decisions
final class BehaviourController {

    static final String PATH = "/changing/questions";
    private static final String TITLE = "Find the right help to change";
    private static final String QUESTIONS_VIEW = "behaviour/questions";

    /** The questions page. */
    record QuestionsView(String title, String action, List<Choice> questions, List<FormErrors.Summary> errors) {
    }

    /** The services the answers point to. */
    record SuggestionsView(String title, BehaviourGuide.Suggestions suggestions, String back) {
    }

    private final BehaviourGuide guide;
    private final PageRenderer renderer;
    private final SealedLink seals;
    private final Precompressed empty;
    private final Duration answersLifetime;

    BehaviourController(BehaviourGuide guide, PageRenderer renderer, SealedLink seals, FormsConfiguration forms) {
        this.guide = guide;
        this.renderer = renderer;
        this.seals = seals;
        this.answersLifetime = forms.answersLifetime();
        this.empty = renderer.renderPage(QUESTIONS_VIEW, frame("Help to change"),
                questionsView(BehaviourGuide.QUESTIONS.empty(), new FormErrors()));
    }

    @Get
    HttpResponse<byte[]> ask(HttpRequest<?> request) {
        return empty.respond(request);
    }

    /**
     * Answers sent by the portal's script are answered at once. Answers sent as a page navigation
     * (no script) are sent on (303) to an address holding them sealed: a browser keeps the body of
     * a post whose answer it shows, and these answers must never sit on the device in clear.
     */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<byte[]> answer(@Nullable @Body Map<String, Object> body, HttpRequest<?> request) {
        Answers answers = BehaviourGuide.QUESTIONS.read(new FormData(body));
        if (FormDrafts.isNavigation(request)) {
            String sealed = seals.seal(BehaviourGuide.QUESTIONS.questions().stream().map(q -> blank(answers.choice(q.name())))
                    .collect(Collectors.joining("|")), answersLifetime);
            return HttpResponse.seeOther(URI.create(PATH + "/" + sealed));
        }
        return answered(answers, request);
    }

    /** Sealed answers, shown as if just sent; once expired, the questions again. */
    @Get("/{sealed}")
    HttpResponse<byte[]> sealed(@PathVariable String sealed, HttpRequest<?> request) {
        return seals.open(sealed)
                .map(text -> text.split("\\|", -1))
                .filter(parts -> parts.length == BehaviourGuide.QUESTIONS.questions().size())
                .map(BehaviourController::answers)
                .map(answers -> answered(answers, request))
                .orElseGet(() -> empty.respond(request));
    }

    private static String blank(String value) {
        return value == null ? "" : value.replace("|", "");
    }

    /** The answers sealed in order, read again as if posted: each is checked once more. */
    private static Answers answers(String[] parts) {
        Map<String, Object> posted = new LinkedHashMap<>();
        List<Question> questions = BehaviourGuide.QUESTIONS.questions();
        for (int i = 0; i < parts.length; i++) {
            posted.put(questions.get(i).name(), parts[i]);
        }
        return BehaviourGuide.QUESTIONS.read(new FormData(posted));
    }

    private HttpResponse<byte[]> answered(Answers answers, HttpRequest<?> request) {
        FormErrors errors = answers.problems();
        if (!errors.isEmpty()) {
            return renderer.respond(request, HttpStatus.UNPROCESSABLE_ENTITY, QUESTIONS_VIEW, frame("Help to change"),
                    questionsView(answers, errors));
        }
        return renderer.respond(request, HttpStatus.OK, "behaviour/suggestions", frame("Help to change"),
                new SuggestionsView("Services that may suit you", guide.suggest(answers), PATH));
    }

    private static QuestionsView questionsView(Answers answers, FormErrors errors) {
        return new QuestionsView(TITLE, PATH, QuestionViews.choices(answers, errors), errors.isEmpty() ? null : errors.summary());
    }

    private static Frame frame(String browserTitle) {
        return new Frame(SitePage.BEHAVIOUR.path(), browserTitle, Source.PACK);
    }
}
