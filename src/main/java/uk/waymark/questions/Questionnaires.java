package uk.waymark.questions;

import jakarta.inject.Singleton;
import uk.waymark.content.Pack;

/** The portal's forms for the provider it runs for, built once. */
@Singleton
public final class Questionnaires {

    private final Form selfReferral;

    public Questionnaires(Pack pack) {
        this.selfReferral = SelfReferral.form(pack.provider());
    }

    /** "Contact us safely". */
    public Form selfReferral() {
        return selfReferral;
    }

    /** "Report a concern". */
    public Form concern() {
        return ConcernReport.FORM;
    }
}
