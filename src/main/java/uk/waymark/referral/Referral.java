package uk.waymark.referral;

import uk.waymark.web.forms.FormData;
import uk.waymark.web.forms.FormErrors;

import java.util.Map;

/** A posted form that becomes an intake case: a self-referral or a concern. */
interface Referral {

    /** What is missing or wrong, in the order the questions appear. */
    FormErrors check(FormData posted);

    /** What the case keeps, safe-contact instructions first. */
    Map<String, Object> answers();

    /** How we may make contact: a method id, or "none". */
    String contactMethod();

    /** Whether the person said they are the provider's tenant. */
    boolean tenant();
}
