package uk.waymark.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class LogConfigurationTest {

    @Test
    void logbackIsSetUpByTheConfigurationInCode() {
        LoggerContext context = assertInstanceOf(LoggerContext.class, LoggerFactory.getILoggerFactory());
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);

        var console = assertInstanceOf(ConsoleAppender.class, root.getAppender("STDOUT"), "found through META-INF/services");
        assertEquals(LogConfiguration.PATTERN, assertInstanceOf(PatternLayoutEncoder.class, console.getEncoder()).getPattern());
        assertEquals(LogConfiguration.level(System.getProperty("LOG_LEVEL", System.getenv("LOG_LEVEL"))), root.getLevel());
    }

    @Test
    void logLevelNamesALevelInAnyCaseAndAnythingElseIsInfo() {
        assertEquals(Level.DEBUG, LogConfiguration.level("debug"));
        assertEquals(Level.WARN, LogConfiguration.level(" WARN "));
        assertEquals(Level.ERROR, LogConfiguration.level("Error"));
        assertEquals(Level.INFO, LogConfiguration.level(null));
        assertEquals(Level.INFO, LogConfiguration.level(""));
        assertEquals(Level.INFO, LogConfiguration.level("loud"));
    }
}
