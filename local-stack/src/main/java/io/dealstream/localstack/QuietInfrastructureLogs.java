package io.dealstream.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Infrastructure categories at INFO in a JVM that runs the stack without a Quarkus application's log
 * configuration (the launcher, the bench, the e2e tests): there nothing filters DEBUG, and Debezium logs
 * every empty poll at DEBUG, so the JVM spent over a third of its CPU building and buffering log records
 * nobody reads (measured with JFR under the bench). A level configured explicitly is left as it is.
 */
final class QuietInfrastructureLogs {

    private static final List<String> CATEGORIES = List.of("io.debezium", "org.apache.kafka", "kafka",
            "org.eclipse.jetty", "org.glassfish", "org.reflections", "io.zonky");
    // java.util.logging holds loggers weakly: a collected one would forget its level
    private static final List<Logger> HELD = new ArrayList<>();

    private QuietInfrastructureLogs() {
    }

    static synchronized void apply() {
        if (!HELD.isEmpty()) {
            return;
        }
        for (String category : CATEGORIES) {
            Logger logger = logger(category);
            if (logger.getLevel() == null) {
                logger.setLevel(Level.INFO);
            }
            HELD.add(logger);
        }
    }

    /**
     * The category's logger where SLF4J logs to: the JBoss log context when it is on the class path (as in
     * every JVM with Quarkus jars, whether or not it is the JUL log manager), else java.util.logging.
     */
    private static Logger logger(String category) {
        try {
            Class<?> context = Class.forName("org.jboss.logmanager.LogContext");
            Object current = context.getMethod("getLogContext").invoke(null);
            return (Logger) context.getMethod("getLogger", String.class).invoke(current, category);
        } catch (ReflectiveOperationException | LinkageError e) {
            return Logger.getLogger(category);
        }
    }
}
