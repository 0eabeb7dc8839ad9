package uk.waymark.behaviour;

import jakarta.inject.Singleton;
import uk.waymark.content.Audience;
import uk.waymark.content.Criteria;
import uk.waymark.content.Pack;
import uk.waymark.content.Service;
import uk.waymark.web.forms.Choice;
import uk.waymark.web.forms.FormErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    private static final List<String[]> AGES = List.of(new String[] {UNDER_18, "Under 18"}, new String[] {ADULT, "18 or over"});
    private static final List<String[]> YES_NO_NOT_SURE = List.of(new String[] {YES, "Yes"}, new String[] {NO, "No"},
            new String[] {NOT_SURE, "I’m not sure"});
    private static final List<String[]> RECOGNITION = List.of(
            new String[] {RECOGNISE, "I know some of what I do is abusive, and I want to change it"},
            new String[] {NOT_YET, "I’m not sure what I do is abuse, but I know things need to change"});

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

    List<Choice> questions(BehaviourAnswers answers, FormErrors errors) {
        return List.of(
                Choice.radios("age", "How old are you?", null, AGES, answers.age(), errors.of("age")),
                Choice.radios("police", "Are you on bail, or are the police investigating something you did to a partner or ex-partner?",
                        null, YES_NO_NOT_SURE, answers.police(), errors.of("police")),
                Choice.radios("recognise", "Which is closest to how you feel?", null, RECOGNITION, answers.recognise(),
                        errors.of("recognise")),
                Choice.radios("harm", "Has a partner, ex-partner or child been badly hurt by you, or has a police officer or support worker told you the risk is high?",
                        "Services make their own assessment of risk. Your answer only helps us show you the right service.",
                        YES_NO_NOT_SURE, answers.harm(), errors.of("harm")));
    }

    FormErrors check(BehaviourAnswers answers) {
        var errors = new FormErrors();
        if (!oneOf(answers.age(), UNDER_18, ADULT)) {
            errors.add("age", "Select how old you are");
        }
        if (!oneOf(answers.police(), YES, NO, NOT_SURE)) {
            errors.add("police", "Select yes if you are on bail or the police are investigating you");
        }
        if (!oneOf(answers.recognise(), RECOGNISE, NOT_YET)) {
            errors.add("recognise", "Select the answer closest to how you feel");
        }
        if (!oneOf(answers.harm(), YES, NO, NOT_SURE)) {
            errors.add("harm", "Select yes if someone has been badly hurt or you have been told the risk is high");
        }
        return errors;
    }

    /** The programmes for these (checked) answers. */
    Suggestions suggest(BehaviourAnswers answers) {
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
        return new Suggestions(List.copyOf(fits), List.copyOf(unknown), List.copyOf(always), UNDER_18.equals(answers.age()));
    }

    private static boolean fits(Criteria criteria, BehaviourAnswers answers, List<String> check) {
        if (criteria.minimumAge() != null && UNDER_18.equals(answers.age()) && criteria.minimumAge() >= 18) {
            return false;
        }
        if (criteria.notOnBail()) {
            if (YES.equals(answers.police())) {
                return false;
            }
            if (NOT_SURE.equals(answers.police())) {
                check.add("It is not for people on bail or under police investigation. Check with them if this applies to you.");
            }
        }
        if (criteria.mustRecognise() && NOT_YET.equals(answers.recognise())) {
            return false;
        }
        Set<Criteria.Risk> risks = criteria.risks();
        if (!risks.isEmpty()) {
            boolean high = risks.contains(Criteria.Risk.HIGH);
            boolean lower = risks.contains(Criteria.Risk.STANDARD) || risks.contains(Criteria.Risk.MEDIUM);
            if ((YES.equals(answers.harm()) && !high) || (NO.equals(answers.harm()) && !lower)) {
                return false;
            }
            if (NOT_SURE.equals(answers.harm())) {
                check.add(high && !lower ? "It works with people whose abuse is high risk. They will assess this with you."
                        : "It works with people whose abuse is standard or medium risk. They will assess this with you.");
            }
        }
        return true;
    }

    private static boolean oneOf(String value, String... allowed) {
        return value != null && List.of(allowed).contains(value);
    }
}
