package io.dealstream.localstack.demo;

import io.dealstream.events.Stage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One opportunity's life, decided by its own random source (seeded from the demo's seed and its number, so two runs
 * give the same pipeline) and played step by step by the {@link Simulation}. The stages' acts live in
 * {@link LeadLife}, {@link NeedsLife}, {@link ProposalLife}, {@link DealLife} and {@link DeliveryLife}.
 */
final class Journey {

    private static final List<String> COMPANIES = List.of("Acme Rail", "Globex", "Initech", "Umbrella Freight",
            "Stark Logistics", "Wayne Foods", "Tyrell Energy", "Cyberdyne Parts", "Soylent Retail", "Hooli Cloud",
            "Vandelay Imports", "Wonka Confections", "Oceanic Air", "Aperture Labs", "Black Mesa Mining");
    private static final List<DemoPerson> SALES = List.of(DemoPerson.ALICE, DemoPerson.ALICE, DemoPerson.BRUNO,
            DemoPerson.BRUNO, DemoPerson.MARIA);
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    /** A step due between these from now runs at the next sitting: the same afternoon, or the next morning. */
    static final Duration NEXT_SITTING_MIN = Duration.ofMinutes(1);
    static final Duration NEXT_SITTING_MAX = Duration.ofHours(4);

    final int number;
    final Random random;
    final DemoApi api;
    final DemoPerson owner;
    final String customer;
    final boolean keyAccount;
    String id;

    Journey(int number, long seed, DemoApi api) {
        this.number = number;
        this.random = new Random(seed * 31 + number);
        this.api = api;
        this.owner = SALES.get(random.nextInt(SALES.size()));
        this.customer = COMPANIES.get(random.nextInt(COMPANIES.size())) + " " + (100 + number);
        this.keyAccount = random.nextInt(7) == 0;
    }

    /** The life's first step: the lead arrives at {@code at}. */
    Step arrival(Instant at) {
        return at(at, new LeadLife(this)::capture);
    }

    Step at(Instant at, Step.Act act) {
        return new Step(this, at, act, null, null);
    }

    /** A step some random time between {@code min} and {@code max} from now. */
    Step within(Instant now, Duration min, Duration max, Step.Act act) {
        return at(now.plus(between(min, max)), act);
    }

    /** A step after a hand-over through Kafka to {@code stage}, which the simulation awaits first. */
    Step afterHandOver(Instant now, Duration min, Duration max, Stage stage, String path, Step.Act act) {
        return new Step(this, now.plus(between(min, max)), act, stage, path);
    }

    Duration between(Duration min, Duration max) {
        long span = max.toMinutes() - min.toMinutes();
        return min.plusMinutes(span <= 0 ? 0 : (long) (random.nextDouble() * span));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    String post(Stage stage, String path, DemoPerson who, String body) throws IOException, InterruptedException {
        return api.post(stage, path, who, body);
    }

    String get(Stage stage, String path) throws IOException, InterruptedException {
        return api.get(stage, path, owner);
    }

    static List<Step> next(Step... steps) {
        return List.of(steps);
    }

    static List<Step> end() {
        return List.of();
    }

    static Duration hours(long h) {
        return Duration.ofHours(h);
    }

    static Duration days(long d) {
        return Duration.ofDays(d);
    }

    static LocalDate date(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    static String createdId(String reply) throws IOException {
        Matcher m = ID.matcher(reply);
        if (!m.find()) {
            throw new IOException("no id in " + reply);
        }
        return m.group(1);
    }
}
