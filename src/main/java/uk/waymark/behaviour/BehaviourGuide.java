package uk.waymark.behaviour;

import jakarta.inject.Singleton;
import uk.waymark.content.Audience;
import uk.waymark.content.Criteria;
import uk.waymark.content.Pack;
import uk.waymark.content.Service;
import uk.waymark.questions.Answers;
import uk.waymark.questions.ChoiceQuestion;
import uk.waymark.questions.Condition;
import uk.waymark.questions.Form;
import uk.waymark.questions.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static uk.waymark.questions.Option.of;

/**
 * Points someone worried about their own behaviour to the programmes whose published criteria
 * fit their answers: age, bail or investigation, recognition of the behaviour, and risk. National
 * lines for people who want to stop (the Respect Phoneline) are always offered. Where an answer is
 * "not sure", a programme stays in with a note of what to check with it.
 */
@Singleton
final class BehaviourGuide {

    static final String YES = "yes";
    static final String NO = "no";
    static final String NOT_SURE = "not-sure";
    static final String ADULT = "18-or-over";
    static final String UNDER_18 = "under-18";
    static final String RECOGNISE = "recognise";
    static final String NOT_YET = "not-yet";

    /** The questions, defined once: the page, the checks and what the answers choose all follow from it. */
    static final Form QUESTIONS = new Form("behaviour", List.of(new Form.Section(null, List.of(
            ChoiceQuestion.radios("age", "How old are you?", List.of(of(UNDER_18, "Under 18"), of(ADULT, "18 or over")))
                    .required("Select how old you are"),
            ChoiceQuestion.radios("police", "Are you on bail, or are the police investigating something you did to a partner or ex-partner?",
                            yesNoNotSure())
                    .required("Select yes if you are on bail or the police are investigating you"),
            ChoiceQuestion.radios("recognise", "Which is closest to how you feel?", List.of(
                            of(RECOGNISE, "I know some of what I do is abusive, and I want to change it"),
                            of(NOT_YET, "I’m not sure what I do is abuse, but I know things need to change")))
                    .required("Select the answer closest to how you feel"),
            ChoiceQuestion.radios("harm", "Has a partner, ex-partner or child been badly hurt by you, or has a police officer or support worker told you the risk is high?",
                            yesNoNotSure())
                    .withHint("Services make their own assessment of risk. Your answer only helps us show you the right service.")
                    .required("Select yes if someone has been badly hurt or you have been told the risk is high")))),
            Condition.NEVER);

    /** One programme that may suit the person, with anything they should check with it. */
    record Suggestion(Service service, List<String> check) {
    }

    /** What the answers lead to. */
    record Suggestions(List<Suggestion> fits, List<Service> unknownCriteria, List<Service> always, boolean under18) {
    }

    private final Pack pack;

    BehaviourGuide(Pack pack) {
        this.pack = pack;
    }

    /** The programmes for these (checked) answers. */
    Suggestions suggest(Answers answers) {
        List<Suggestion> fits = new ArrayList<>();
        List<Service> unknown = new ArrayList<>();
        List<Service> always = new ArrayList<>();
        for (Service service : pack.directory()) {
            if (!service.audiences().contains(Audience.STOP_ABUSING)) {
                continue;
            }
            if (service.national()) {
                always.add(service);
            } else if (service.criteria() == null) {
                unknown.add(service);
            } else {
                List<String> check = new ArrayList<>();
                if (fits(service.criteria(), answers, check)) {
                    fits.add(new Suggestion(service, List.copyOf(check)));
                }
            }
        }
        return new Suggestions(List.copyOf(fits), List.copyOf(unknown), List.copyOf(always), UNDER_18.equals(answers.choice("age")));
    }

    private static boolean fits(Criteria criteria, Answers answers, List<String> check) {
        String age = answers.choice("age");
        String police = answers.choice("police");
        String harm = answers.choice("harm");
        if (criteria.minimumAge() != null && UNDER_18.equals(age) && criteria.minimumAge() >= 18) {
            return false;
        }
        if (criteria.notOnBail()) {
            if (YES.equals(police)) {
                return false;
            }
            if (NOT_SURE.equals(police)) {
                check.add("It is not for people on bail or under police investigation. Check with them if this applies to you.");
            }
        }
        if (criteria.mustRecognise() && NOT_YET.equals(answers.choice("recognise"))) {
            return false;
        }
        Set<Criteria.Risk> risks = criteria.risks();
        if (!risks.isEmpty()) {
            boolean high = risks.contains(Criteria.Risk.HIGH);
            boolean lower = risks.contains(Criteria.Risk.STANDARD) || risks.contains(Criteria.Risk.MEDIUM);
            if ((YES.equals(harm) && !high) || (NO.equals(harm) && !lower)) {
                return false;
            }
            if (NOT_SURE.equals(harm)) {
                check.add(high && !lower ? "It works with people whose abuse is high risk. They will assess this with you."
                        : "It works with people whose abuse is standard or medium risk. They will assess this with you.");
            }
        }
        return true;
    }

    private static List<Option> yesNoNotSure() {
        return List.of(of(YES, "Yes"), of(NO, "No"), of(NOT_SURE, "I’m not sure"));
    }
}
