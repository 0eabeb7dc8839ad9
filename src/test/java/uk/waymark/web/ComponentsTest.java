package uk.waymark.web;

import com.github.jknack.handlebars.Handlebars;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.waymark.content.Audience;
import uk.waymark.content.Hours;
import uk.waymark.content.Page;
import uk.waymark.content.Phone;
import uk.waymark.content.Provider;
import uk.waymark.content.Service;
import uk.waymark.pages.PageViews;
import uk.waymark.web.forms.Choice;
import uk.waymark.web.forms.Field;
import uk.waymark.questions.FormErrors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every shared component in {@code templates/components} rendered on its own, with the portal's
 * own Handlebars, from named example contexts built of the real view models, and read back with
 * an HTML parser. Like GOV.UK Frontend's fixtures: each component has its examples, each
 * parameter its header comment lists is tried given and left out, and every example also passes
 * the checks that hold for any markup (ids unique, every reference lands on an id, text escaped).
 * No server and no browser: the whole class runs in about two seconds.
 */
class ComponentsTest {

    /** The portal's Handlebars, loading {@code views/…} from the classpath as Micronaut Views does. */
    private static final Handlebars HANDLEBARS = new HandlebarsConfiguration().handlebars();

    /** Text that breaks out of an attribute or opens a script if a template does not escape it. */
    private static final String HOSTILE = "Jo \"Bo\" O'Neil <script>alert('x')</script> & <b onmouseover=\"x\">co</b>";

    // ---------------------------------------------------------------- every example

    static Stream<Arguments> everyExample() {
        List<Arguments> all = new ArrayList<>();
        Map<String, Map<String, Object>> components = new LinkedHashMap<>();
        components.put("field", fieldExamples());
        components.put("choice", choiceExamples());
        components.put("contact-routes", contactRoutesExamples());
        components.put("emergency", emergencyExamples());
        components.put("error-summary", errorSummaryExamples());
        components.put("exit-this-page", exitThisPageExamples());
        components.put("help-strip", helpStripExamples());
        components.put("page-heading", pageHeadingExamples());
        components.put("service-card", serviceCardExamples());
        components.forEach((component, examples) ->
                examples.forEach((name, context) -> all.add(Arguments.of(component, name, context))));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyExample")
    void everyExampleRendersWellFormedMarkupWithEveryReferenceLandingOnAnId(String component, String example, Object context) {
        String html = html(component, context);
        Element body = Jsoup.parseBodyFragment(html).body();

        assertFalse(body.children().isEmpty(), "renders something");
        assertFalse(html.contains("{{"), "no Handlebars left over");
        assertTrue(body.select("script").isEmpty(), "no script, so text was escaped");
        assertTrue(body.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .noneMatch(a -> a.getKey().startsWith("on")), "no event handler attribute, so no attribute was broken out of");

        Set<String> ids = new HashSet<>();
        for (Element e : body.select("[id]")) {
            assertFalse(e.id().isBlank(), () -> "empty id on " + e);
            assertTrue(ids.add(e.id()), () -> "id used twice: " + e.id());
        }
        for (Element e : body.select("[for]")) {
            assertTrue(ids.contains(e.attr("for")), () -> "label for nothing: " + e);
        }
        for (Element e : body.select("[aria-describedby]")) {
            for (String id : e.attr("aria-describedby").split(" ")) {
                assertTrue(ids.contains(id), () -> "describedby " + id + " not on the page: " + e);
            }
        }
        for (Element e : body.select("[data-aria-controls]")) {
            assertTrue(ids.contains(e.attr("data-aria-controls")), () -> "controls nothing: " + e);
        }
        for (Element e : body.select("[href]")) {
            assertFalse(e.attr("href").isBlank(), () -> "empty link: " + e);
        }
        for (Element e : body.select("a")) {
            assertFalse(e.text().isBlank(), () -> "link without words: " + e);
        }
    }

    // ---------------------------------------------------------------- field

    static Map<String, Object> fieldExamples() {
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("text input", Field.input("name", "Your name", null, "text", null, null, null));
        examples.put("with hint", Field.input("phone", "Phone number", "For example, 07700 900 982", "tel", null, null, null));
        examples.put("with error", Field.input("phone", "Phone number", null, "tel", null, "0770", "Enter a phone number, like 07700 900 982"));
        examples.put("with hint and error", Field.input("phone", "Phone number", "For example, 07700 900 982", "tel",
                "govuk-input--width-20", "0770", "Enter a phone number, like 07700 900 982"));
        examples.put("with width", Field.input("email", "Email address", null, "email", "govuk-input--width-20", "jo@example.org", null));
        examples.put("textarea", Field.textarea("noticed", "What have you noticed?", null, null, null));
        examples.put("textarea with hint, value and error", Field.textarea("noticed", "What have you noticed?",
                "Only what you are happy to tell us.", "Shouting", "What you have noticed must be 2000 characters or fewer"));
        examples.put("hostile text", Field.input("name", HOSTILE, HOSTILE, "text", null, HOSTILE, HOSTILE));
        examples.put("hostile textarea", Field.textarea("noticed", HOSTILE, HOSTILE, HOSTILE, HOSTILE));
        return examples;
    }

    @Test
    void aFieldIsAGovukFormGroupWithALabelForItsInput() {
        Element body = render("field", fieldExamples().get("text input"));

        Element group = one(body, "div.govuk-form-group");
        assertEquals(Set.of("govuk-form-group"), group.classNames());
        Element label = one(group, "label.govuk-label.govuk-label--s");
        assertEquals("name", label.attr("for"));
        assertEquals("Your name", label.text());
        Element input = one(group, "input");
        assertEquals(Set.of("govuk-input"), input.classNames());
        assertEquals("name", input.id());
        assertEquals("name", input.attr("name"));
        assertEquals("text", input.attr("type"));
        assertEquals("", input.attr("value"));
        assertTrue(group.select("textarea, .govuk-hint, .govuk-error-message").isEmpty());
    }

    @Test
    void aFieldAsksTheBrowserNotToRememberWhatIsTypedInAnInputOrATextarea() {
        assertEquals("off", one(render("field", fieldExamples().get("text input")), "input").attr("autocomplete"));
        assertEquals("false", one(render("field", fieldExamples().get("text input")), "input").attr("spellcheck"));
        assertEquals("off", one(render("field", fieldExamples().get("textarea")), "textarea").attr("autocomplete"));
        assertEquals("true", one(render("field", fieldExamples().get("textarea")), "textarea").attr("spellcheck"));
    }

    @Test
    void aFieldWithoutHintOrErrorIsDescribedByNothing() {
        Element input = one(render("field", fieldExamples().get("text input")), "input");
        assertFalse(input.hasAttr("aria-describedby"));
    }

    @Test
    void aFieldsHintHasItsOwnIdAndDescribesTheInput() {
        Element body = render("field", fieldExamples().get("with hint"));

        Element hint = one(body, "#phone-hint");
        assertEquals(Set.of("govuk-hint"), hint.classNames());
        assertEquals("For example, 07700 900 982", hint.text());
        assertEquals("phone-hint", one(body, "input").attr("aria-describedby"));
        assertEquals("tel", one(body, "input").attr("type"));
        assertTrue(body.select(".govuk-error-message, .govuk-form-group--error").isEmpty());
    }

    @Test
    void aFieldsErrorIsPrefixedForScreenReadersAndMarksTheGroupAndTheInput() {
        Element body = render("field", fieldExamples().get("with error"));

        assertTrue(one(body, "div.govuk-form-group").hasClass("govuk-form-group--error"));
        Element error = one(body, "p#phone-error.govuk-error-message");
        assertEquals("Error:", one(error, "span.govuk-visually-hidden").text());
        assertEquals("Error: Enter a phone number, like 07700 900 982", error.text());
        Element input = one(body, "input");
        assertTrue(input.hasClass("govuk-input--error"));
        assertEquals("phone-error", input.attr("aria-describedby"));
        assertEquals("0770", input.attr("value"), "what was sent is given back");
    }

    @Test
    void aFieldWithHintAndErrorIsDescribedByTheHintThenTheError() {
        Element body = render("field", fieldExamples().get("with hint and error"));

        assertEquals("phone-hint phone-error", one(body, "input").attr("aria-describedby"));
        List<String> order = body.select("label, .govuk-hint, .govuk-error-message, input").eachAttr("class");
        assertEquals(List.of("govuk-label govuk-label--s", "govuk-hint", "govuk-error-message",
                "govuk-input govuk-input--width-20 govuk-input--error"), order, "label, hint, error, then the input");
    }

    @Test
    void aFieldsWidthIsAddedToTheInputsClasses() {
        Element input = one(render("field", fieldExamples().get("with width")), "input");
        assertEquals(Set.of("govuk-input", "govuk-input--width-20"), input.classNames());
        assertEquals("email", input.attr("type"));
        assertEquals("jo@example.org", input.attr("value"));
    }

    @Test
    void aMultilineFieldIsAGovukTextareaHoldingItsValue() {
        Element plain = render("field", fieldExamples().get("textarea"));
        Element textarea = one(plain, "textarea");
        assertEquals(Set.of("govuk-textarea"), textarea.classNames());
        assertEquals("noticed", textarea.id());
        assertEquals("noticed", textarea.attr("name"));
        assertEquals("5", textarea.attr("rows"));
        assertEquals("", textarea.val());
        assertFalse(textarea.hasAttr("aria-describedby"));
        assertTrue(plain.select("input").isEmpty());

        Element full = render("field", fieldExamples().get("textarea with hint, value and error"));
        Element given = one(full, "textarea");
        assertEquals(Set.of("govuk-textarea", "govuk-textarea--error"), given.classNames());
        assertEquals("Shouting", given.val());
        assertEquals("noticed-hint noticed-error", given.attr("aria-describedby"));
        assertEquals("Error: What you have noticed must be 2000 characters or fewer", one(full, "#noticed-error").text());
    }

    @Test
    void aFieldEscapesItsLabelHintValueAndError() {
        for (String example : List.of("hostile text", "hostile textarea")) {
            Element body = render("field", fieldExamples().get(example));
            assertEquals(HOSTILE, one(body, "label").text());
            assertEquals(HOSTILE, one(body, ".govuk-hint").text());
            assertEquals("Error: " + HOSTILE, one(body, ".govuk-error-message").text());
            assertEquals(HOSTILE, one(body, "input, textarea").val());
            assertTrue(body.select("script, b").isEmpty());
        }
    }

    // ---------------------------------------------------------------- choice

    private static final List<String[]> CONTACT_TIMES = List.of(
            new String[]{"morning", "Morning"}, new String[]{"afternoon", "Afternoon"}, new String[]{"evening", "Evening"});

    private static final List<String[]> SAFE_WAYS = List.of(
            new String[]{"phone", "Phone call", "We will not leave a message"}, new String[]{"text", "Text message"},
            new String[]{"email", "Email"});

    static Map<String, Object> choiceExamples() {
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("radios", Choice.radios("time", "When is it safe to contact you?", null, CONTACT_TIMES, null, null));
        examples.put("radios with hint and error", Choice.radios("time", "When is it safe to contact you?",
                "We will only contact you then.", CONTACT_TIMES, null, "Select when it is safe to contact you"));
        examples.put("radios with an answer", Choice.radios("time", "When is it safe to contact you?", null, CONTACT_TIMES,
                "afternoon", null));
        examples.put("checkboxes with option hints and answers", Choice.checkboxes("ways", "How can we contact you safely?",
                "Select all that are safe.", SAFE_WAYS, List.of("phone", "email"), null));
        examples.put("checkboxes with error", Choice.checkboxes("ways", "How can we contact you safely?", null, SAFE_WAYS,
                List.of(), "Select how we can contact you safely"));
        examples.put("radios revealing questions, not chosen", callBack(null));
        examples.put("radios revealing questions, chosen", callBack("yes"));
        examples.put("hostile text", new Choice("odd", HOSTILE, HOSTILE, "radios",
                List.of(new Choice.Option("odd", "x\"y", HOSTILE, HOSTILE, false)), HOSTILE));
        return examples;
    }

    private static Choice callBack(String given) {
        return Choice.radios("callBack", "Do you want us to contact you?", null,
                        List.of(new String[]{"yes", "Yes"}, new String[]{"no", "No"}), given, null)
                .revealing("yes", List.of(
                        Field.input("reporterName", "Your name (optional)", null, "text", "govuk-input--width-20", null, null),
                        Field.input("reporterPhone", "Phone number", null, "tel", "govuk-input--width-20", null,
                                "Enter a phone number, like 07700 900 982")));
    }

    @Test
    void radiosAreAGovukFieldsetWithALegendAndOneInputPerOption() {
        Element body = render("choice", choiceExamples().get("radios"));

        Element group = one(body, "div.govuk-form-group");
        assertEquals(Set.of("govuk-form-group"), group.classNames());
        Element fieldset = one(group, "fieldset.govuk-fieldset");
        assertFalse(fieldset.hasAttr("aria-describedby"), "no hint and no error describe it");
        Element legend = one(fieldset, "legend.govuk-fieldset__legend.govuk-fieldset__legend--m");
        assertEquals("When is it safe to contact you?", legend.text());
        Element radios = one(fieldset, "div.govuk-radios");
        assertEquals("govuk-radios", radios.attr("data-module"));

        Elements items = radios.select("div.govuk-radios__item");
        assertEquals(3, items.size());
        assertEquals(List.of("time", "time-2", "time-3"), items.select("input").eachAttr("id"),
                "the first option's id is the field's name, so the error summary's link lands on it");
        assertEquals(List.of("morning", "afternoon", "evening"), items.select("input").eachAttr("value"));
        for (Element item : items) {
            Element input = one(item, "input.govuk-radios__input");
            assertEquals("radio", input.attr("type"));
            assertEquals("time", input.attr("name"));
            assertFalse(input.hasAttr("checked"));
            assertFalse(input.hasAttr("aria-describedby"));
            assertFalse(input.hasAttr("data-aria-controls"));
            Element label = one(item, "label.govuk-label.govuk-radios__label");
            assertEquals(input.id(), label.attr("for"));
        }
        assertEquals(List.of("Morning", "Afternoon", "Evening"), items.select("label").eachText());
        assertTrue(body.select(".govuk-hint, .govuk-error-message, .govuk-radios__conditional").isEmpty());
    }

    @Test
    void aChoicesHintAndErrorDescribeItsFieldsetWithThePrefixedMessage() {
        Element body = render("choice", choiceExamples().get("radios with hint and error"));

        assertTrue(one(body, "div.govuk-form-group").hasClass("govuk-form-group--error"));
        assertEquals("time-hint time-error", one(body, "fieldset").attr("aria-describedby"));
        assertEquals("We will only contact you then.", one(body, "#time-hint.govuk-hint").text());
        Element error = one(body, "p#time-error.govuk-error-message");
        assertEquals("Error:", one(error, "span.govuk-visually-hidden").text());
        assertEquals("Error: Select when it is safe to contact you", error.text());
    }

    @Test
    void aChoiceWithOnlyAnErrorIsDescribedByTheError() {
        Element body = render("choice", choiceExamples().get("checkboxes with error"));
        assertEquals("ways-error", one(body, "fieldset").attr("aria-describedby"));
        assertNull(body.selectFirst("#ways-hint"));
    }

    @Test
    void aChoiceWithOnlyAHintIsDescribedByTheHint() {
        Element body = render("choice", choiceExamples().get("checkboxes with option hints and answers"));
        assertEquals("ways-hint", one(body, "fieldset").attr("aria-describedby"));
        assertTrue(body.select(".govuk-error-message, .govuk-form-group--error").isEmpty());
    }

    @Test
    void aChoiceTicksTheAnswersGiven() {
        Element radios = render("choice", choiceExamples().get("radios with an answer"));
        assertEquals(List.of("afternoon"), radios.select("input[checked]").eachAttr("value"));

        Element checkboxes = render("choice", choiceExamples().get("checkboxes with option hints and answers"));
        assertEquals(List.of("phone", "email"), checkboxes.select("input[checked]").eachAttr("value"));
    }

    @Test
    void checkboxesUseTheGovukCheckboxesClassesAndModule() {
        Element body = render("choice", choiceExamples().get("checkboxes with option hints and answers"));

        Element checkboxes = one(body, "div.govuk-checkboxes");
        assertEquals("govuk-checkboxes", checkboxes.attr("data-module"));
        assertEquals(3, checkboxes.select("div.govuk-checkboxes__item").size());
        for (Element input : checkboxes.select("input")) {
            assertEquals(Set.of("govuk-checkboxes__input"), input.classNames());
            assertEquals("checkbox", input.attr("type"));
            assertEquals("ways", input.attr("name"));
        }
        assertEquals(3, checkboxes.select("label.govuk-label.govuk-checkboxes__label").size());
        assertTrue(body.select("[class*=govuk-radios]").isEmpty());
    }

    @Test
    void anOptionsHintHasItsOwnIdAndDescribesOnlyThatOption() {
        Element body = render("choice", choiceExamples().get("checkboxes with option hints and answers"));

        Element hint = one(body, "#ways-item-hint");
        assertEquals(Set.of("govuk-hint", "govuk-checkboxes__hint"), hint.classNames());
        assertEquals("We will not leave a message", hint.text());
        assertEquals("ways-item-hint", one(body, "input#ways").attr("aria-describedby"));
        assertFalse(one(body, "input#ways-2").hasAttr("aria-describedby"));
        assertFalse(one(body, "input#ways-3").hasAttr("aria-describedby"));
    }

    @Test
    void anOptionRevealingQuestionsControlsAConditionalHiddenUntilItIsChosen() {
        Element body = render("choice", choiceExamples().get("radios revealing questions, not chosen"));

        Element yes = one(body, "input#callBack");
        assertEquals("conditional-callBack", yes.attr("data-aria-controls"));
        assertFalse(one(body, "input#callBack-2").hasAttr("data-aria-controls"), "no reveals, no controls");
        Element conditional = one(body, "div#conditional-callBack");
        assertEquals(Set.of("govuk-radios__conditional", "govuk-radios__conditional--hidden"), conditional.classNames());
        assertEquals(yes.parent(), conditional.previousElementSibling(), "the reveal follows its option's item");
        assertEquals(List.of("reporterName", "reporterPhone"), conditional.select("input").eachAttr("id"));
        assertEquals(2, conditional.select("div.govuk-form-group").size(), "each revealed question is a whole field");
        assertEquals("reporterPhone-error", one(conditional, "input#reporterPhone").attr("aria-describedby"));
        assertTrue(one(conditional, "div.govuk-form-group:has(#reporterPhone)").hasClass("govuk-form-group--error"));
        assertEquals("off", one(conditional, "input#reporterName").attr("autocomplete"));
    }

    @Test
    void aChosenOptionsRevealedQuestionsAreShown() {
        Element body = render("choice", choiceExamples().get("radios revealing questions, chosen"));

        assertTrue(one(body, "input#callBack").hasAttr("checked"));
        assertEquals(Set.of("govuk-radios__conditional"), one(body, "#conditional-callBack").classNames());
    }

    @Test
    void aChoiceEscapesItsLegendHintLabelsValuesAndError() {
        Element body = render("choice", choiceExamples().get("hostile text"));

        assertEquals(HOSTILE, one(body, "legend").text());
        assertEquals(HOSTILE, one(body, "#odd-hint").text());
        assertEquals(HOSTILE, one(body, "#odd-item-hint").text());
        assertEquals(HOSTILE, one(body, "label").text());
        assertEquals("Error: " + HOSTILE, one(body, "#odd-error").text());
        assertEquals("x\"y", one(body, "input").val());
        assertTrue(body.select("script, b").isEmpty());
    }

    // ---------------------------------------------------------------- contact-routes

    private static final Phone OFFICE_PHONE = new Phone("01246 242424", "01246242424", null);

    static Map<String, Object> contactRoutesExamples() {
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("every way in", new Provider.Contact(OFFICE_PHONE, "housing@example.gov.uk", "https://www.example.gov.uk/housing",
                "Book a BSL video call through our website", true, List.of("Clowne", "Shirebrook", "Bolsover"),
                "Monday to Friday, 9am to 5pm"));
        examples.put("phone only", new Provider.Contact(OFFICE_PHONE, null, null, null, false, List.of(), null));
        examples.put("relay UK with a number it cannot reach", new Provider.Contact(new Phone("101", "101", null), null, null, null,
                true, List.of(), null));
        examples.put("email and one office, no hours", new Provider.Contact(null, "housing@example.gov.uk", null, null, false,
                List.of("Bolsover"), null));
        examples.put("two offices with hours", new Provider.Contact(null, null, null, null, false, List.of("Clowne", "Bolsover"),
                "Monday to Friday, 9am to 5pm"));
        examples.put("no way in", new Provider.Contact(null, null, null, null, false, List.of(), null));
        examples.put("hostile text", new Provider.Contact(null, null, null, HOSTILE, false, List.of(HOSTILE), HOSTILE));
        return examples;
    }

    @Test
    void contactRoutesListEveryWayInWithItsLink() {
        Element body = render("contact-routes", contactRoutesExamples().get("every way in"));

        Element heading = one(body, "h2#ways-to-contact-us.govuk-heading-l");
        assertEquals("Ways to contact us", heading.text());
        Element list = one(body, "ul.govuk-list.govuk-list--spaced");
        assertEquals(List.of("Phone:", "Relay UK:", "Email:", "Website:", "BSL video call:", "In person:", "Opening hours:"),
                list.select("li > strong").eachText());
        assertLink(list, "tel:01246242424", "01246 242424");
        assertLink(list, "tel:1800101246242424", "18001 01246 242424");
        assertLink(list, "mailto:housing@example.gov.uk", "housing@example.gov.uk");
        assertLink(list, "https://www.example.gov.uk/housing", "https://www.example.gov.uk/housing");
        assertEquals(4, list.select("a.govuk-link").size(), "phone, relay, email and website are links; BSL and offices are not");
        assertEquals("BSL video call: Book a BSL video call through our website", item(list, "BSL video call:").text());
        assertEquals("In person: at one of our offices in Clowne, Shirebrook and Bolsover.", item(list, "In person:").text());
        assertEquals("Opening hours: Monday to Friday, 9am to 5pm", item(list, "Opening hours:").text());
        assertTrue(body.select("p").isEmpty());
    }

    @Test
    void contactRoutesLeaveOutEveryFactThePackDoesNotGive() {
        Element list = one(render("contact-routes", contactRoutesExamples().get("phone only")), "ul");
        assertEquals(List.of("Phone:"), list.select("li > strong").eachText());
        assertEquals("Phone: 01246 242424", list.text());
    }

    @Test
    void contactRoutesOfferRelayUkOnlyForANumberRelayUkCanReach() {
        Element list = one(render("contact-routes", contactRoutesExamples().get("relay UK with a number it cannot reach")), "ul");
        assertEquals(List.of("Phone:"), list.select("li > strong").eachText());

        Element full = one(render("contact-routes", contactRoutesExamples().get("every way in")), "ul");
        assertEquals("Relay UK: 18001 01246 242424 (type 18001 before our number, or use the Relay UK app)",
                item(full, "Relay UK:").text());
    }

    @Test
    void contactRoutesNameOfficesInPlainEnglishAndSayToAskWhenThereAreNoHours() {
        Element one = one(render("contact-routes", contactRoutesExamples().get("email and one office, no hours")), "ul");
        assertEquals(List.of("Email:", "In person:"), one.select("li > strong").eachText());
        assertEquals("In person: at one of our offices in Bolsover. Ask us for the address and opening times.",
                item(one, "In person:").text());

        Element two = one(render("contact-routes", contactRoutesExamples().get("two offices with hours")), "ul");
        assertEquals("In person: at one of our offices in Clowne and Bolsover.", item(two, "In person:").text());
        assertEquals(List.of("In person:", "Opening hours:"), two.select("li > strong").eachText());
    }

    @Test
    void contactRoutesWithNoWayInSendPeopleToTheHelplineInstead() {
        Element body = render("contact-routes", contactRoutesExamples().get("no way in"));

        assertNotNull(body.selectFirst("h2#ways-to-contact-us"));
        assertTrue(body.select("ul").isEmpty());
        assertTrue(one(body, "p.govuk-body").text().startsWith("We have not published a phone number or email address for this yet."));
    }

    @Test
    void contactRoutesEscapeWhatThePackWrites() {
        Element list = one(render("contact-routes", contactRoutesExamples().get("hostile text")), "ul");
        assertEquals("BSL video call: " + HOSTILE, item(list, "BSL video call:").text());
        assertEquals("In person: at one of our offices in " + HOSTILE + ".", item(list, "In person:").text());
        assertEquals("Opening hours: " + HOSTILE, item(list, "Opening hours:").text());
        assertTrue(list.select("script, b").isEmpty());
    }

    // ---------------------------------------------------------------- emergency

    static Map<String, Object> emergencyExamples() {
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("one route", List.of(aService("silent-solution").named("Silent Solution")
                .summarised("If you cannot speak, call 999 and press 55 when asked.").emergency().build()));
        examples.put("every route", List.of(
                aService("silent-solution").named("Silent Solution").summarised("Call 999 and press 55.").emergency().build(),
                aService("999-bsl").named("999 BSL").summarised("A BSL interpreter on a video call.").emergency()
                        .website("https://999bsl.co.uk").build(),
                aService("relay-uk").named("Relay UK").summarised("Text or call through the app.").emergency()
                        .phones(new Phone("18000", "18000", null), new Phone("0800 112 999", "0800112999", "By text")).build()));
        examples.put("no routes", List.of());
        examples.put("hostile text", List.of(aService("odd").named(HOSTILE).summarised(HOSTILE).emergency().build()));
        return examples;
    }

    @Test
    void theEmergencyBoxIsAGovukWarningWithTheCallTo999() {
        Element body = render("emergency", emergencyExamples().get("one route"));

        Element warning = one(body, "div.govuk-warning-text.waymark-emergency");
        Element icon = one(warning, "span.govuk-warning-text__icon");
        assertEquals("true", icon.attr("aria-hidden"));
        assertEquals("!", icon.text());
        Element text = one(warning, "div.govuk-warning-text__text");
        assertEquals("Warning", one(text, "span.govuk-visually-hidden").text());
        assertLink(text, "tel:999", "999");
        assertTrue(text.ownText().startsWith("If you are in danger now, call"));
        Element route = one(text, "ul.govuk-list.govuk-list--bullet.waymark-emergency__list > li");
        assertEquals("Silent Solution", one(route, "strong").text());
        assertEquals("Silent Solution: If you cannot speak, call 999 and press 55 when asked.", route.text());
        assertTrue(route.select("a").isEmpty(), "no phones and no website, no links");
    }

    @Test
    void theEmergencyBoxListsEachRouteWithItsPhonesAndWebsite() {
        Element body = render("emergency", emergencyExamples().get("every route"));

        Elements routes = body.select("ul.waymark-emergency__list > li");
        assertEquals(List.of("Silent Solution", "999 BSL", "Relay UK"), routes.select("strong").eachText());
        assertLink(routes.get(1), "https://999bsl.co.uk", "https://999bsl.co.uk");
        assertEquals(List.of("tel:18000", "tel:0800112999"), routes.get(2).select("a.govuk-link").eachAttr("href"));
        assertEquals(List.of("18000", "0800 112 999"), routes.get(2).select("a.govuk-link").eachText());
    }

    @Test
    void theEmergencyBoxWithNoRoutesStillGivesTheCallTo999() {
        Element body = render("emergency", emergencyExamples().get("no routes"));
        assertLink(body, "tel:999", "999");
        assertTrue(body.select("li").isEmpty());
    }

    @Test
    void theEmergencyBoxEscapesNamesAndSummaries() {
        Element route = one(render("emergency", emergencyExamples().get("hostile text")), "li");
        assertEquals(HOSTILE, one(route, "strong").text());
        assertEquals(HOSTILE + ": " + HOSTILE, route.text());
        assertTrue(route.select("script, b").isEmpty());
    }

    // ---------------------------------------------------------------- error-summary

    static Map<String, Object> errorSummaryExamples() {
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("one error", new FormErrors().add("time", "Select when it is safe to contact you").summary());
        examples.put("errors in question order", new FormErrors()
                .add("ways", "Select how we can contact you safely")
                .add("phone", "Enter a phone number, like 07700 900 982")
                .add("ways", "a second message for the same question is not shown")
                .add("noticed", "What you have noticed must be 2000 characters or fewer").summary());
        examples.put("hostile text", new FormErrors().add("odd", HOSTILE).summary());
        return examples;
    }

    @Test
    void theErrorSummaryIsAnAlertTitledThereIsAProblem() {
        Element body = render("error-summary", errorSummaryExamples().get("one error"));

        Element summary = one(body, "div.govuk-error-summary");
        assertEquals("govuk-error-summary", summary.attr("data-module"), "GOV.UK Frontend's module moves focus to it");
        assertTrue(body.select("[tabindex]").isEmpty(),
                "no tabindex in the markup: the module adds tabindex=-1 as it moves focus, as GOV.UK Frontend 5 does");
        Element alert = one(summary, "div[role=alert]");
        assertEquals(summary, alert.parent());
        assertEquals("There is a problem", one(alert, "h2.govuk-error-summary__title").text());
        Element list = one(alert, "div.govuk-error-summary__body > ul.govuk-list.govuk-error-summary__list");
        assertLink(list, "#time", "Select when it is safe to contact you");
    }

    @Test
    void theErrorSummaryLinksEachQuestionOnceInTheOrderTheyAppear() {
        Elements links = render("error-summary", errorSummaryExamples().get("errors in question order")).select("li > a");

        assertEquals(List.of("#ways", "#phone", "#noticed"), links.eachAttr("href"));
        assertEquals(List.of("Select how we can contact you safely", "Enter a phone number, like 07700 900 982",
                "What you have noticed must be 2000 characters or fewer"), links.eachText());
    }

    @Test
    void theErrorSummaryEscapesItsMessages() {
        Element body = render("error-summary", errorSummaryExamples().get("hostile text"));
        assertEquals(HOSTILE, one(body, "li > a").text());
        assertTrue(body.select("script, b").isEmpty());
    }

    // ---------------------------------------------------------------- exit-this-page

    /** Its only parameter is required: the layout always gives it, from validated configuration. */
    static Map<String, Object> exitThisPageExamples() {
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("the default neutral site", Map.of("layout", aLayout().exitUrl("https://www.bbc.co.uk/weather").build()));
        examples.put("an address with a query", Map.of("layout", aLayout().exitUrl("https://www.example.org/search?q=weather&hl=en").build()));
        return examples;
    }

    @Test
    void exitThisPageIsTheGovukWarningButtonLinkingToTheNeutralSite() {
        Element body = render("exit-this-page", exitThisPageExamples().get("the default neutral site"));

        Element exit = one(body, "div.govuk-exit-this-page");
        assertEquals("govuk-exit-this-page", exit.attr("data-module"));
        Element button = one(exit, "a");
        assertEquals("https://www.bbc.co.uk/weather", button.attr("href"));
        assertEquals(Set.of("govuk-button", "govuk-button--warning", "govuk-exit-this-page__button",
                "govuk-js-exit-this-page-button"), button.classNames());
        assertEquals("button", button.attr("role"));
        assertEquals("false", button.attr("draggable"));
        assertEquals("govuk-button", button.attr("data-module"));
        assertEquals(Set.of("nofollow", "noreferrer"), Set.of(button.attr("rel").split(" ")),
                "noreferrer: the site it opens is not told where the person came from");
        assertEquals("Emergency", one(button, "span.govuk-visually-hidden").text());
        assertEquals("Emergency Exit this page", button.text());
    }

    @Test
    void exitThisPageKeepsTheWholeAddressIncludingItsQuery() {
        Element button = one(render("exit-this-page", exitThisPageExamples().get("an address with a query")), "a");
        assertEquals("https://www.example.org/search?q=weather&hl=en", button.attr("href"));
    }

    // ---------------------------------------------------------------- help-strip

    /** Every parameter is required: the layout always gives them, from the validated pack. */
    static Map<String, Object> helpStripExamples() {
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("the national helpline", Map.of("layout", aLayout().build()));
        examples.put("another helpline", Map.of("layout", aLayout()
                .helpline("Respect Men's Advice Line", new Phone("0808 8010 327", "08088010327", null))
                .exitExplained("/online#section-quick-exit").build()));
        examples.put("hostile text", Map.of("layout", aLayout()
                .helpline(HOSTILE, new Phone(HOSTILE, "08082000247", null)).build()));
        return examples;
    }

    @Test
    void theHelpStripIsALabelledAsideWithTheSameNumbersOnEveryPage() {
        Element body = render("help-strip", helpStripExamples().get("the national helpline"));

        Element aside = one(body, "aside.waymark-help-strip");
        assertEquals("Get help now", aside.attr("aria-label"));
        assertEquals("Get help now", one(aside, "h2.govuk-heading-s.waymark-help-strip__title").text());
        Elements items = aside.select("ul.govuk-list.waymark-help-strip__list > li");
        assertEquals(3, items.size());
        assertLink(items.get(0), "tel:999", "999");
        assertEquals("55", one(items.get(0), "strong").text());
        assertEquals("National Domestic Abuse Helpline, 24 hours: 0808 2000 247", items.get(1).text());
        assertLink(items.get(1), "tel:08082000247", "0808 2000 247");
        assertLink(items.get(2), "tel:18000", "18000");
        assertLink(items.get(2), "/bsl-and-relay-uk", "BSL and Relay UK");
        Element exit = one(aside, "p.govuk-body-s.waymark-help-strip__exit");
        assertLink(exit, "/online#section-exit-this-page", "What the Exit this page button does");
    }

    @Test
    void theHelpStripShowsTheLayoutsHelplineAndExitExplanation() {
        Element aside = one(render("help-strip", helpStripExamples().get("another helpline")), "aside");
        assertTrue(aside.text().contains("Respect Men's Advice Line, 24 hours: 0808 8010 327"));
        assertLink(aside, "tel:08088010327", "0808 8010 327");
        assertLink(aside, "/online#section-quick-exit", "What the Exit this page button does");
    }

    @Test
    void theHelpStripEscapesTheHelplinesWords() {
        Element body = render("help-strip", helpStripExamples().get("hostile text"));
        assertEquals(HOSTILE + ", 24 hours: " + HOSTILE, body.select("li").get(1).text());
        assertTrue(body.select("script, b").isEmpty());
    }

    // ---------------------------------------------------------------- page-heading

    static Map<String, Object> pageHeadingExamples() {
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("title and summary", Map.of("page", contentView(aPage("Get support", "Who can help, and how to reach them."))));
        examples.put("title only", Map.of("page", contentView(aPage("Our policy", null))));
        examples.put("hostile text", Map.of("page", contentView(aPage(HOSTILE, HOSTILE))));
        return examples;
    }

    @Test
    void thePageHeadingIsAnExtraLargeH1AndALeadParagraph() {
        Element body = render("page-heading", pageHeadingExamples().get("title and summary"));

        assertEquals("Get support", one(body, "h1.govuk-heading-xl").text());
        assertEquals("Who can help, and how to reach them.", one(body, "p.govuk-body-l").text());
        assertEquals(2, body.children().size());
    }

    @Test
    void thePageHeadingWithoutASummaryIsTheH1Alone() {
        Element body = render("page-heading", pageHeadingExamples().get("title only"));

        assertEquals("Our policy", one(body, "h1.govuk-heading-xl").text());
        assertTrue(body.select("p").isEmpty());
    }

    @Test
    void thePageHeadingEscapesTitleAndSummary() {
        Element body = render("page-heading", pageHeadingExamples().get("hostile text"));
        assertEquals(HOSTILE, one(body, "h1").text());
        assertEquals(HOSTILE, one(body, "p").text());
        assertTrue(body.select("script, b").isEmpty());
    }

    // ---------------------------------------------------------------- service-card

    static Map<String, Object> serviceCardExamples() {
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("every fact", aService("national-helpline").named("National Domestic Abuse Helpline")
                .organisation("Refuge").summarised("Free, confidential support for women.")
                .audiences(Audience.WOMEN, Audience.ANYONE_AFFECTED)
                .eligibility("Women aged 16 or over", "Anyone supporting them")
                .howToRefer("Call at any time, or use the web chat.")
                .phones(new Phone("0808 2000 247", "08082000247", null))
                .text(new Phone("07860 077 333", "07860077333", null))
                .email("helpline@example.org").website("https://www.example.org").webchat("https://www.example.org/chat")
                .bslVideo("Through the website, weekdays").build());
        examples.put("only the facts every service has", aService("bolsover-outreach").named("Bolsover Outreach")
                .summarised("Support in your home.").area("Bolsover District").hours(new Hours.Unknown()).build());
        examples.put("labelled and short numbers", aService("police").named("Derbyshire Police").summarised("Report a crime.")
                .phones(new Phone("101", "101", "Non-emergency"), new Phone("01246 220 100", "01246220100", null)).build());
        examples.put("weekly hours", aService("respect").named("Respect Phoneline").summarised("For people who want to stop.")
                .hours(new Hours.Weekly(List.of(new Hours.Session(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(10, 0), LocalTime.of(17, 0))))).build());
        examples.put("hostile text", aService("odd").named(HOSTILE).organisation(HOSTILE).summarised(HOSTILE).area(HOSTILE)
                .eligibility(HOSTILE).howToRefer(HOSTILE).bslVideo(HOSTILE).website("https://www.example.org")
                .phones(new Phone(HOSTILE, "08082000247", HOSTILE)).build());
        return examples;
    }

    @Test
    void aServiceCardGivesEveryFactThePackHasInAGovukSummaryList() {
        Element card = one(render("service-card", serviceCardExamples().get("every fact")), "div.waymark-service");

        assertEquals("service-national-helpline", card.id());
        assertEquals("National Domestic Abuse Helpline", one(card, "h3.govuk-heading-m").text());
        assertEquals("Run by Refuge", one(card, "p.govuk-body-s.waymark-service__org").text());
        assertEquals("Free, confidential support for women.", one(card, "p.govuk-body").text());
        Element facts = one(card, "dl.govuk-summary-list.waymark-service__facts");
        assertEquals(List.of("For", "Contact", "Open", "Area", "Who can use it", "How to get help"),
                facts.select("div.govuk-summary-list__row > dt.govuk-summary-list__key").eachText());
        assertEquals(6, facts.select("div.govuk-summary-list__row > dd.govuk-summary-list__value").size());
        assertEquals("24 hours a day, every day", row(facts, "Open").text());
        assertEquals("England", row(facts, "Area").text());
        assertEquals(List.of("Women aged 16 or over", "Anyone supporting them"),
                row(facts, "Who can use it").select("ul.govuk-list.govuk-list--bullet > li").eachText());
        assertEquals("Call at any time, or use the web chat.", row(facts, "How to get help").text());

        Element contact = one(row(facts, "Contact"), "ul.govuk-list");
        assertEquals(List.of("Phone: 0808 2000 247 (Relay UK: 18001 0808 2000 247)", "Text: 07860 077 333",
                "Email: helpline@example.org", "Web chat with National Domestic Abuse Helpline",
                "Website of National Domestic Abuse Helpline", "BSL: Through the website, weekdays"), contact.select("li").eachText());
        assertLink(contact, "tel:08082000247", "0808 2000 247");
        assertLink(one(contact, "span.waymark-relay"), "tel:1800108082000247", "18001 0808 2000 247");
        assertLink(contact, "sms:07860077333", "07860 077 333");
        assertLink(contact, "mailto:helpline@example.org", "helpline@example.org");
        assertEquals(" with National Domestic Abuse Helpline",
                one(contact, "a[href=\"https://www.example.org/chat\"] > span.govuk-visually-hidden").wholeText(),
                "a screen reader's list of links says whose web chat it is");
        assertEquals(" of National Domestic Abuse Helpline",
                one(contact, "a[href=\"https://www.example.org\"] > span.govuk-visually-hidden").wholeText());
    }

    @Test
    void aServiceCardLeavesOutEveryFactThePackDoesNotGive() {
        Element card = one(render("service-card", serviceCardExamples().get("only the facts every service has")), "div.waymark-service");

        assertTrue(card.select(".waymark-service__org").isEmpty());
        Element facts = one(card, "dl");
        assertEquals(List.of("Contact", "Open", "Area"), facts.select("dt").eachText());
        assertTrue(one(row(facts, "Contact"), "ul.govuk-list").children().isEmpty());
        assertEquals("Check opening hours with the service", row(facts, "Open").text());
        assertEquals("Bolsover District", row(facts, "Area").text());
    }

    @Test
    void aServiceCardLabelsEachNumberAndOffersRelayUkOnlyWhereItCanConnect() {
        Element contact = row(one(render("service-card", serviceCardExamples().get("labelled and short numbers")), "dl"), "Contact");

        assertEquals(List.of("Non-emergency: 101", "Phone: 01246 220 100 (Relay UK: 18001 01246 220 100)"),
                contact.select("li").eachText());
        assertEquals(1, contact.select("span.waymark-relay").size());
        assertLink(contact, "tel:101", "101");
        assertLink(contact, "tel:1800101246220100", "18001 01246 220 100");
    }

    @Test
    void aServiceCardDescribesWeeklyHoursInGovukStyle() {
        Element facts = one(render("service-card", serviceCardExamples().get("weekly hours")), "dl");
        assertEquals("Monday to Friday, 10am to 5pm", row(facts, "Open").text());
    }

    @Test
    void aServiceCardEscapesEverythingThePackWrites() {
        Element card = one(render("service-card", serviceCardExamples().get("hostile text")), "div.waymark-service");

        assertEquals(HOSTILE, one(card, "h3").text());
        assertEquals("Run by " + HOSTILE, one(card, ".waymark-service__org").text());
        assertEquals(HOSTILE, one(card, "p.govuk-body").text());
        Element facts = one(card, "dl");
        assertEquals(HOSTILE, row(facts, "Area").text());
        assertEquals(HOSTILE, row(facts, "Who can use it").text());
        assertEquals(HOSTILE, row(facts, "How to get help").text());
        assertEquals(List.of(HOSTILE + ": " + HOSTILE + " (Relay UK: 18001 " + HOSTILE + ")", "Website of " + HOSTILE,
                "BSL: " + HOSTILE), row(facts, "Contact").select("li").eachText());
        assertTrue(card.select("script, b").isEmpty());
    }

    @Test
    void aServiceCardForEveryoneHasNoForRow() {
        Element facts = one(render("service-card", serviceCardExamples().get("labelled and short numbers")), "dl");
        assertNull(facts.selectFirst("dt:containsOwn(For)"));
    }

    @Test
    void aServiceCardNamesWhoTheServiceIsForInTheDirectorysOrder() {
        Element facts = one(render("service-card", serviceCardExamples().get("every fact")), "dl");
        assertEquals("Anyone experiencing abuse, Women", row(facts, "For").text());
    }

    // ---------------------------------------------------------------- rendering and reading

    private static String html(String component, Object context) {
        try {
            return HANDLEBARS.compile("views/components/" + component).apply(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Element render(String component, Object context) {
        assertNotNull(context, "no such example");
        return Jsoup.parseBodyFragment(html(component, context)).body();
    }

    /** The only element matching the query. */
    private static Element one(Element root, String query) {
        Elements found = root.select(query);
        assertEquals(1, found.size(), () -> "expected one " + query + " in " + root);
        return found.first();
    }

    private static void assertLink(Element root, String href, String text) {
        Elements links = root.select("a").stream().filter(a -> a.attr("href").equals(href))
                .collect(Elements::new, Elements::add, Elements::addAll);
        assertEquals(1, links.size(), () -> "expected one link to " + href + " in " + root);
        assertEquals(text, links.first().text());
        assertTrue(links.first().hasClass("govuk-link") || links.first().parent().parent().hasClass("govuk-error-summary__list"),
                () -> "a GOV.UK link: " + links.first());
    }

    private static Element item(Element list, String strong) {
        return list.select("li").stream().filter(li -> li.select("> strong").text().equals(strong)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + strong + " in " + list));
    }

    /** The value of the summary list row with that key. */
    private static Element row(Element list, String key) {
        return list.select("div.govuk-summary-list__row").stream().filter(r -> r.select("> dt").text().equals(key))
                .map(r -> one(r, "> dd")).findFirst().orElseThrow(() -> new AssertionError("no row " + key + " in " + list));
    }

    // ---------------------------------------------------------------- fixtures

    private static Page aPage(String title, String summary) {
        return new Page("/support", title, title, summary, 0, null, false, "<p>Text</p>", Set.of(), null, null, List.of());
    }

    private static PageViews.ContentView contentView(Page page) {
        return new PageViews.ContentView(page, null, List.of(), null, null);
    }

    private static LayoutBuilder aLayout() {
        return new LayoutBuilder();
    }

    /** The layout every page gets; only what the components read is set. */
    private static final class LayoutBuilder {
        private String helplineName = "National Domestic Abuse Helpline";
        private Phone helpline = new Phone("0808 2000 247", "08082000247", null);
        private String exitUrl = "https://www.bbc.co.uk/weather";
        private String exitExplained = "/online#section-exit-this-page";

        LayoutBuilder helpline(String name, Phone phone) {
            this.helplineName = name;
            this.helpline = phone;
            return this;
        }

        LayoutBuilder exitUrl(String url) {
            this.exitUrl = url;
            return this;
        }

        LayoutBuilder exitExplained(String href) {
            this.exitExplained = href;
            return this;
        }

        Layout build() {
            return new Layout("Support - Example", "Example Council", List.of(), List.of(), helplineName, helpline, exitUrl,
                    exitExplained, "/another-format", "/online", new Layout.AssetUrls("/a.css", "/b.js"), null, null,
                    null, null, null, false);
        }
    }

    private static ServiceBuilder aService(String id) {
        return new ServiceBuilder(id);
    }

    /** A service as a pack gives it; a national helpline open all day unless told otherwise. */
    private static final class ServiceBuilder {
        private final String id;
        private String name = "A service";
        private String organisation;
        private String summary = "What it does.";
        private Set<Audience> audiences = Set.of();
        private List<String> eligibility = List.of();
        private String howToRefer;
        private String area = "England";
        private List<Phone> phones = List.of();
        private Phone text;
        private String email;
        private String website;
        private String webchat;
        private String bslVideo;
        private Hours hours = new Hours.Always();
        private boolean emergency;

        ServiceBuilder(String id) {
            this.id = id;
        }

        ServiceBuilder named(String name) {
            this.name = name;
            return this;
        }

        ServiceBuilder organisation(String organisation) {
            this.organisation = organisation;
            return this;
        }

        ServiceBuilder summarised(String summary) {
            this.summary = summary;
            return this;
        }

        ServiceBuilder audiences(Audience... audiences) {
            this.audiences = Set.copyOf(Arrays.asList(audiences)); // as the pack loader keeps them
            return this;
        }

        ServiceBuilder eligibility(String... lines) {
            this.eligibility = List.of(lines);
            return this;
        }

        ServiceBuilder howToRefer(String howToRefer) {
            this.howToRefer = howToRefer;
            return this;
        }

        ServiceBuilder area(String area) {
            this.area = area;
            return this;
        }

        ServiceBuilder phones(Phone... phones) {
            this.phones = List.of(phones);
            return this;
        }

        ServiceBuilder text(Phone text) {
            this.text = text;
            return this;
        }

        ServiceBuilder email(String email) {
            this.email = email;
            return this;
        }

        ServiceBuilder website(String website) {
            this.website = website;
            return this;
        }

        ServiceBuilder webchat(String webchat) {
            this.webchat = webchat;
            return this;
        }

        ServiceBuilder bslVideo(String bslVideo) {
            this.bslVideo = bslVideo;
            return this;
        }

        ServiceBuilder hours(Hours hours) {
            this.hours = hours;
            return this;
        }

        ServiceBuilder emergency() {
            this.emergency = true;
            return this;
        }

        Service build() {
            return new Service(id, name, organisation, summary, audiences, eligibility, howToRefer, area, List.of(), List.of(),
                    phones, text, email, website, webchat, bslVideo, hours, null, "https://www.example.org/source", true, emergency);
        }
    }
}
