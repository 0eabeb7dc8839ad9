package uk.waymark.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "08000 198 668, 08000198668, tel:08000198668, 18001 08000 198 668",
            "01246 242424, 01246242424, tel:01246242424, 18001 01246 242424",
            "+44 1246 242424, 01246242424, tel:01246242424, 18001 +44 1246 242424",
            "(01623) 450000, 01623450000, tel:01623450000, 18001 (01623) 450000",
            "0808 2000 247, 08082000247, tel:08082000247, 18001 0808 2000 247"})
    void readsUkNumbersHoweverTheyAreWritten(String written, String digits, String href, String relay) {
        Phone phone = PhoneNumbers.parse(written, null).orElseThrow();
        assertEquals(written, phone.display());
        assertEquals(digits, phone.digits());
        assertEquals(href, phone.href());
        assertTrue(phone.relayable());
        assertEquals(relay, phone.relayDisplay());
        assertEquals("tel:18001" + digits, phone.relayHref());
    }

    @ParameterizedTest
    @ValueSource(strings = {"999", "116 123", "18000"})
    void readsTheShortNumbersPeopleNeedButNeverRelaysThem(String written) {
        Phone phone = PhoneNumbers.parse(written, null).orElseThrow();
        assertEquals("tel:" + written.replace(" ", ""), phone.href());
        assertFalse(phone.relayable(), "a short number cannot take the 18001 prefix");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "0800 CALL NOW", "01246 24242", "+1 212 555 0100", "tel:01246242424", "0124624242412345"})
    void refusesWhatIsNotAUkNumber(String written) {
        assertTrue(PhoneNumbers.parse(written, null).isEmpty(), written);
    }

    @ParameterizedTest
    @CsvSource({"07911 123456, 07911123456", "+447911123456, 07911123456", "+44 7911 123 456, 07911123456",
            "(01246) 242424, 01246242424", "07911 12345, ", "+1 212 555 0100, ", "01246 242424 ext 3, "})
    void nationalDigitsAcceptsWhatAPersonTypesIntoAForm(String typed, String expected) {
        assertEquals(expected == null ? java.util.Optional.empty() : java.util.Optional.of(expected), PhoneNumbers.nationalDigits(typed));
    }
}
