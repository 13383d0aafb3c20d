package io.dealstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.events.EventTypes;
import io.dealstream.events.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every event a service publishes is folded by one of its deciders: each type of the stage's sealed event
 * interface is named by an {@code instanceof} in some {@code evolve} of the service's domain. Java 17 has no
 * exhaustive pattern switch (a preview there, final in 21), so this scan is what flags an event type added to the
 * contract but forgotten by the state, the way the compiler would.
 */
class EvolveCoverageTest {

    private static final Path ROOT = Path.of(System.getProperty("dealstream.root", "..")).toAbsolutePath().normalize();
    private static final Map<Stage, String> MODULES = Map.of(Stage.LEAD, "lead-service", Stage.NEEDS, "needs-service",
            Stage.PROPOSAL, "proposal-service", Stage.DEAL, "deal-service", Stage.DELIVERY, "delivery-service");
    private static final Pattern EVOLVE_METHOD = Pattern.compile("\\s(evolve\\w*)\\([^)]*\\)\\s*\\{");
    /** Appended on their own streams and never folded into a state: the erasure record. */
    private static final Set<String> NEVER_FOLDED = Set.of("PersonalDataErased");

    @Test
    void everyPublishedEventTypeIsFoldedByADecider() throws IOException {
        Set<String> unfolded = new TreeSet<>();
        Map<Stage, Integer> folded = new TreeMap<>();
        for (Map.Entry<Stage, String> module : MODULES.entrySet()) {
            String evolves = evolveBodies(ROOT.resolve(module.getValue()).resolve("src/main/java"));
            int count = 0;
            for (EventTypes.EventType type : EventTypes.of(module.getKey())) {
                // a customer link's events are folded by the runtime's CustomerLinks, which the state evolves
                boolean linkFolded = io.dealstream.events.common.CustomerLinkEvent.class
                        .isAssignableFrom(type.recordClass()) && evolves.contains(".links().evolve(");
                if (linkFolded
                        || Pattern.compile("instanceof\\s+([\\w.]+\\.)?" + type.name() + "\\b").matcher(evolves).find()) {
                    count++;
                } else if (!NEVER_FOLDED.contains(type.name())) {
                    unfolded.add(module.getValue() + " " + type.name());
                }
            }
            folded.put(module.getKey(), count);
        }
        System.out.println("event types folded by a decider, per stage: " + folded);
        assertThat(folded.values()).as("the scan finds the deciders").allMatch(n -> n > 5);
        assertThat(unfolded).as("event types no decider's evolve handles (add a branch, even one that keeps the state)")
                .isEmpty();
    }

    /** The text of every {@code evolve} method in the module's {@code *Decider.java} files. */
    private static String evolveBodies(Path main) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Decider.java")).toList()) {
                String source = Files.readString(file);
                // evolve and the methods it folds through (evolveReport, ...)
                java.util.regex.Matcher method = EVOLVE_METHOD.matcher(source);
                while (method.find()) {
                    int start = method.start();
                    int open = source.indexOf('{', start);
                    int depth = 0;
                    int end = open;
                    do {
                        char c = source.charAt(end++);
                        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    } while (depth > 0);
                    out.append(source, start, end).append('\n');
                }
            }
        }
        return out.toString();
    }
}
