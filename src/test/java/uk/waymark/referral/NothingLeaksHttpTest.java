package uk.waymark.referral;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.waymark.support.Forms;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Captures everything the portal logs while both forms are filled in (with mistakes, then
 * correctly, then a confirmation is read) and checks that no submitted value appears in it,
 * in the addresses the browser was sent to, or in any cookie.
 */
@MicronautTest
class NothingLeaksHttpTest {

    @Inject
    EmbeddedServer server;

    @Test
    void noSubmittedValueAppearsInAnyLogLineAddressOrCookie() throws Exception {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        var forms = new Forms(server.getPort());
        List<String> addresses = new ArrayList<>();
        List<String> cookies = new ArrayList<>();
        try {
            Map<String, Object> contact = Forms.validContact();
            contact.put("email", "secret.address@example.org");
            Map<String, Object> concern = Forms.validConcern();
            concern.put("callBack", "yes");
            concern.put("reporterName", "Alex Neighbour");
            concern.put("reporterPhone", "07412 345678");

            Map<String, Object> broken = Forms.validContact();
            broken.put("phone", "0191 49");
            for (var response : List.of(forms.post("/contact", broken), forms.post("/contact", contact),
                    forms.post("/report", concern))) {
                response.headers().firstValue("Location").ifPresent(addresses::add);
                cookies.addAll(response.headers().allValues("Set-Cookie"));
            }
            assertEquals(2, addresses.size(), "both forms were accepted");
            for (String address : addresses) {
                HttpResponse<String> confirmation = forms.get(address);
                assertEquals(200, confirmation.statusCode());
                cookies.addAll(confirmation.headers().allValues("Set-Cookie"));
            }
            forms.post("/contact", "name=" + "%E0%A4%A", "Origin", forms.origin());

            List<String> logged = new ArrayList<>();
            for (ILoggingEvent event : captured.list) {
                logged.add(event.getFormattedMessage());
                if (event.getThrowableProxy() != null) {
                    logged.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
                }
            }
            String everything = String.join("\n", logged) + "\n" + String.join("\n", addresses);
            List<Object> values = new ArrayList<>();
            values.addAll(contact.values());
            values.addAll(concern.values());
            values.add("0191 49");
            for (Object value : values) {
                for (String part : value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value))) {
                    if (part.length() > 3) {
                        assertFalse(everything.contains(part), "'" + part + "' leaked into:\n" + everything);
                    }
                }
            }
            assertFalse(everything.contains("07911123456") || everything.contains("07412345678"), "normalised numbers leaked");
            assertEquals(List.of(), cookies);
            assertTrue(logged.stream().anyMatch(line -> line.contains("Refused a POST request")),
                "the capture works: the malformed post was logged, without its body");
        } finally {
            root.detachAppender(captured);
        }
    }
}
