package io.dealstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every business rule the deciders can break has a test that breaks it: each rejection slug raised in main
 * code ({@code conflict/unprocessable/forbidden("slug")}, {@code required(value, "field")} as
 * {@code field-required}, {@code ClientTimes.accept("field", ...)} as {@code field-in-future},
 * {@code field-backdated} and {@code field-before-what}) must appear quoted in a test of its service (or the
 * e2e tests; shared event-store rules in any test), so that the next rule cannot be added untested.
 */
class RuleCoverageTest {

    private static final Path ROOT = Path.of(System.getProperty("dealstream.root", "..")).toAbsolutePath().normalize();
    private static final List<String> MODULES = List.of("event-store", "lead-service", "needs-service", "proposal-service",
            "deal-service", "delivery-service");
    private static final Pattern LITERAL = Pattern.compile(
            "(?:conflict|unprocessable|forbidden)\\(\\s*\"([a-z0-9-]+)\"|new DomainRuleViolation\\(\\s*\"([a-z0-9-]+)\"");
    // Texts.required, statically imported or qualified; not a builder's .required(list) such as an OpenAPI schema's
    private static final Pattern REQUIRED = Pattern.compile(
            "(?:(?<![.\\w])|\\bTexts\\.)required\\(\\s*[^;]*?,\\s*\"([A-Za-z ]+)\"\\s*\\)");
    private static final Pattern CLIENT_TIME = Pattern.compile("\\.accept\\(\\s*\"([A-Za-z]+)\"\\s*,([^;]*?)\\)");
    private static final Pattern BEFORE_WHAT = Pattern.compile("\"([a-z-]+)\"\\s*$");

    @Test
    void everyRuleTheCodeCanBreakIsBrokenByATest() throws IOException {
        String e2e = sources(ROOT.resolve("e2e-tests/src/test/java"));
        String everyTest = e2e;
        for (String module : MODULES) {
            everyTest += sources(ROOT.resolve(module).resolve("src/test/java"));
        }
        Set<String> untested = new TreeSet<>();
        TreeMap<String, String> coverage = new TreeMap<>();
        for (String module : MODULES) {
            Set<String> rules = rules(sources(ROOT.resolve(module).resolve("src/main/java")));
            String tests = module.equals("event-store") ? everyTest : e2e + sources(ROOT.resolve(module).resolve("src/test/java"));
            Set<String> missing = rules.stream().filter(r -> !tests.contains("\"" + r + "\""))
                    .map(r -> module + " " + r).collect(Collectors.toCollection(TreeSet::new));
            untested.addAll(missing);
            coverage.put(module, (rules.size() - missing.size()) + "/" + rules.size());
        }
        System.out.println("rules broken by a test, per module: " + coverage);
        assertThat(coverage).as("the scan finds the rules").hasSize(MODULES.size());
        assertThat(untested).as("rules without a test that breaks them and names their slug (write one:"
                + " given / when / thenRejected(\"slug\"), or over HTTP asserting the problem's rule)").isEmpty();
    }

    static Set<String> rules(String main) {
        Set<String> rules = new TreeSet<>();
        Matcher literal = LITERAL.matcher(main);
        while (literal.find()) {
            rules.add(literal.group(1) != null ? literal.group(1) : literal.group(2));
        }
        Matcher required = REQUIRED.matcher(main);
        while (required.find()) {
            rules.add(required.group(1) + "-required");
        }
        Matcher time = CLIENT_TIME.matcher(main);
        while (time.find()) {
            rules.add(time.group(1) + "-in-future");
            rules.add(time.group(1) + "-backdated");
            Matcher what = BEFORE_WHAT.matcher(time.group(2).strip());
            if (what.find()) {
                rules.add(time.group(1) + "-before-" + what.group(1));
            }
        }
        return rules;
    }

    private static String sources(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        List<String> texts = new ArrayList<>();
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        return String.join("\n", texts);
    }
}
