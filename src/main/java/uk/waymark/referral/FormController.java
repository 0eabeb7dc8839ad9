package uk.waymark.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.waymark.web.KeptPages;
import uk.waymark.web.Precompressed;

import java.util.Map;

/**
 * The routes of every form that becomes a case, the same for each: the form, its post, the
 * answers kept for a browser without the script, and the confirmation. A form is a subclass
 * naming its {@link FormRoute}; {@link Submissions} does the work.
 *
 * <p>The post and the kept answers use the database, so they run on the blocking threads, never
 * on the event loop. The form itself and the confirmation come from memory and stay on the event
 * loop, like every other page: a hop to another thread and back cost a fifth of a page's time.
 */
abstract class FormController implements KeptPages {

    private final FormRoute route;
    private final Submissions submissions;

    FormController(FormRoute route, Submissions submissions) {
        this.route = route;
        this.submissions = submissions;
    }

    @Get
    HttpResponse<byte[]> show(HttpRequest<?> request) {
        return submissions.emptyForm(route, request);
    }

    @Override
    public void keep() {
        submissions.keepForm(route);
    }

    /** The empty form, as {@link #show} would send it now, if it is kept for this token window. */
    @Override
    public Precompressed kept(String path, String rawQuery) {
        return rawQuery == null && path.equals(route.path()) ? submissions.keptForm(route) : null;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<byte[]> send(@Nullable @Body Map<String, Object> body, HttpRequest<?> request) {
        return submissions.submit(route, request, body);
    }

    /** The form again with the answers a browser without the script sent; the empty form once they have expired. */
    @Get("/answers/{id}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<byte[]> answers(@PathVariable String id, HttpRequest<?> request) {
        return submissions.answers(route, request, id);
    }

    @Get("/sent/{sealed}")
    HttpResponse<byte[]> sent(@PathVariable String sealed, HttpRequest<?> request) {
        return submissions.confirmation(route, request, sealed);
    }
}
