package uk.waymark.intake;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each thread keeps one cipher and initialises it again for every case: nothing of one case may carry into the next. */
class CaseCipherTest {

    private static final String POSTGRES = "jdbc:postgresql://db.example/waymark";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneThreadSealsAndOpensCaseAfterCaseEvenAfterARefusal() {
        CaseCipher cipher = new CaseCipher(EncryptionKeys.load(IntakeCasesContract.KEY_A, POSTGRES));
        CaseReference first = new CaseReference("AAAA-0000");
        CaseReference second = new CaseReference("BBBB-1111");
        CaseCipher.Sealed one = cipher.seal(first, bytes("first answers"));
        CaseCipher.Sealed two = cipher.seal(second, bytes("second answers"));
        CaseCipher.Sealed again = cipher.seal(first, bytes("first answers"));
        assertNotEquals(List.of(one.data()[0], one.data()[1], one.data()[2]), List.of(again.data()[0], again.data()[1], again.data()[2]),
                "a fresh nonce for each case");

        byte[] changed = one.data().clone();
        changed[changed.length - 1] ^= 1;
        assertThrows(CaseDecryptionException.class, () -> cipher.open(first, "a", changed));
        assertThrows(CaseDecryptionException.class, () -> cipher.open(second, "a", one.data()));

        assertArrayEquals(bytes("first answers"), cipher.open(first, "a", one.data()));
        assertArrayEquals(bytes("second answers"), cipher.open(second, "a", two.data()));
        assertArrayEquals(bytes("first answers"), cipher.open(first, "a", again.data()));
    }

    @Test
    void casesOpenUnderTheKeyTheyWereSealedWithAfterARotation() {
        CaseReference reference = new CaseReference("CCCC-2222");
        CaseCipher.Sealed underA = new CaseCipher(EncryptionKeys.load(IntakeCasesContract.KEY_A, POSTGRES)).seal(reference, bytes("old"));
        CaseCipher rotated = new CaseCipher(EncryptionKeys.load(IntakeCasesContract.KEY_B + ", " + IntakeCasesContract.KEY_A, POSTGRES));
        CaseCipher.Sealed underB = rotated.seal(reference, bytes("new"));

        assertEquals("b", underB.keyId());
        assertArrayEquals(bytes("old"), rotated.open(reference, "a", underA.data()));
        assertArrayEquals(bytes("new"), rotated.open(reference, "b", underB.data()));
        assertThrows(CaseDecryptionException.class, () -> rotated.open(reference, "a", underB.data()));
    }

    @Test
    void threadsSharingTheCipherEachOpenOnlyWhatTheySealed() throws Exception {
        CaseCipher cipher = new CaseCipher(EncryptionKeys.load(IntakeCasesContract.KEY_A, POSTGRES));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(threads.submit(() -> {
                    int opened = 0;
                    for (int i = 0; i < 500; i++) {
                        CaseReference reference = new CaseReference(String.format("%04d-%04d", thread, i));
                        byte[] answers = bytes("answers " + thread + " " + i);
                        CaseCipher.Sealed sealed = cipher.seal(reference, answers);
                        assertArrayEquals(answers, cipher.open(reference, "a", sealed.data()));
                        opened++;
                    }
                    return opened;
                }));
            }
            for (Future<Integer> each : done) {
                assertEquals(500, each.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
