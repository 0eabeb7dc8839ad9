package uk.waymark.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every pack in the repository loads without a problem and keeps the promises every pack must. */
class ContentPacksTest {

    private static final PackLoader LOADER = new PackLoader(Path.of("content"));

    static List<String> packs() {
        return LOADER.available();
    }

    @Test
    void everySeedProviderHasAPack() {
        assertEquals(List.of("ashfield", "believe-housing", "bolsover", "connect-housing", "peaks-and-plains"), packs());
    }

    @ParameterizedTest
    @MethodSource("packs")
    void loadsWithoutAProblem(String id) {
        Pack pack = LOADER.load(id);
        assertEquals(id, pack.provider().id());
        assertFalse(pack.policySections().isEmpty());
        for (Page page : pack.pages().values()) {
            assertFalse(page.html().contains("href=\"\""), page.path() + " has a link that goes nowhere");
        }
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyPackCarriesTheNationalRoutesToSafety(String id) {
        Pack pack = LOADER.load(id);
        List<String> emergency = pack.emergencyRoutes().stream().map(Service::id).toList();
        assertEquals(List.of("emergency-999", "silent-solution", "999-bsl", "relay-uk-emergency"), emergency);
        assertTrue(pack.provider().helpline24h().alwaysOpen());
        assertTrue(pack.service("respect-phoneline").isPresent(), "Respect Phoneline");
        assertTrue(pack.directory().stream().anyMatch(s -> s.isFor(Audience.STOP_ABUSING)), "someone to call about your own behaviour");
    }
}
