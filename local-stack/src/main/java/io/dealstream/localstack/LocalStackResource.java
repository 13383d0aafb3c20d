package io.dealstream.localstack;

import io.dealstream.events.Stage;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a service's {@code @QuarkusTest}s the real stack: PostgreSQL, Kafka, and Kafka Connect running the
 * service's outbox connector. One stack per test JVM, shared by all its tests. Use with
 * {@code @QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "LEAD"))}.
 */
public class LocalStackResource implements QuarkusTestResourceLifecycleManager {

    private static LocalStack shared;
    private Stage stage = Stage.LEAD;
    private String readOnlyDatabase;

    /** The stack of this test JVM, started on first use and stopped when the JVM exits. */
    public static synchronized LocalStack stack() {
        if (shared == null) {
            shared = LocalStack.startEphemeral();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "local-stack-stop"));
        }
        return shared;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        if (initArgs.containsKey("stage")) {
            stage = Stage.valueOf(initArgs.get("stage"));
        }
        // a read-only service names its database instead of a stage
        readOnlyDatabase = initArgs.get("database");
    }

    @Override
    public Map<String, String> start() {
        return readOnlyDatabase != null ? stack().readOnlyServiceConfig(readOnlyDatabase) : stack().serviceConfig(stage);
    }

    @Override
    public void stop() {
        // the stack outlives one test class: it is shared by the JVM and stopped at exit
    }
}
