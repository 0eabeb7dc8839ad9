package uk.waymark.delivery;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lease owner: the same length on every machine, whatever it is called, and never its name. */
class DeliveryInstanceTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 9, 39, 64, 253})
    void theOwnerIsFixedLengthAndFitsTheLeaseColumnWhateverTheHostName(int length) throws IOException {
        String hostName = hostName(length);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            DeliveryInstance instance = DeliveryInstance.next();
            assertEquals(DeliveryInstance.LENGTH, instance.id().length());
            assertTrue(instance.id().matches("[0-9a-f]{32}"), instance.id());
            assertFalse(instance.id().contains(hostName));
            ids.add(instance.id());
            String line = instance.startUpLine(hostName);
            assertTrue(line.contains(instance.id()) && line.endsWith(hostName), line);
        }
        assertEquals(1000, ids.size(), "every instance its own id");
        assertTrue(DeliveryInstance.LENGTH <= leaseOwnerColumnLength(), "fits case_delivery.lease_owner");
    }

    /** A DNS-shaped name of exactly {@code length} characters, like ip-10-0-1-23.eu-west-2.compute.internal. */
    private static String hostName(int length) {
        String cloud = "ip-10-0-1-23.eu-west-2.compute.internal";
        StringBuilder name = new StringBuilder(cloud);
        while (name.length() < length) {
            name.insert(0, "a".repeat(Math.min(62, length - name.length())) + ".");
        }
        String exact = name.substring(name.length() - length);
        return exact.startsWith(".") ? "b" + exact.substring(1) : exact;
    }

    private static int leaseOwnerColumnLength() throws IOException {
        try (var sql = DeliveryInstanceTest.class.getResourceAsStream("/db/migration/V2__case_delivery.sql")) {
            assertNotNull(sql);
            Matcher column = Pattern.compile("lease_owner\\s+VARCHAR\\((\\d+)\\)").matcher(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(column.find());
            return Integer.parseInt(column.group(1));
        }
    }
}
