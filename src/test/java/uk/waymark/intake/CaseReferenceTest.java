package uk.waymark.intake;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseReferenceTest {

    @Test
    void referencesUseEveryCharacterOfCrockfordsAlphabetAndNoOther() {
        var random = new SecureRandom();
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            CaseReference reference = CaseReference.random(random);
            assertTrue(reference.wellFormed(), reference.value());
            assertEquals('-', reference.value().charAt(4));
            reference.value().replace("-", "").chars().forEach(c -> used.add((char) c));
        }
        Set<Character> expected = new HashSet<>();
        "0123456789ABCDEFGHJKMNPQRSTVWXYZ".chars().forEach(c -> expected.add((char) c));
        assertEquals(expected, used, "no I, L, O or U");
    }

    @Test
    void onlyTheReferenceShapeIsWellFormed() {
        assertTrue(new CaseReference("K7QF-3M9X").wellFormed());
        for (String bad : new String[] {"K7QF3M9X", "k7qf-3m9x", "K7QF-3M9O", "K7QF-3M9", "K7QF-3M9XX", "ILOU-0000", ""}) {
            assertTrue(!new CaseReference(bad).wellFormed(), bad);
        }
    }
}
