package io.dealstream.deal.domain;

import io.dealstream.events.common.Terms;
import io.dealstream.events.deal.Clause;
import io.dealstream.events.deal.ContractFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SOP's contract risk control: no vague wording (every time, quantity and standard explicit), and
 * the clauses legal must see (service standard, confidentiality, dispute resolution, liability).
 */
public final class ContractLint {

    /**
     * Vague terms; latin ones match as whole words, case-insensitive. The Chinese ones in simplified AND
     * traditional script (the original SOP itself writes 盡快).
     */
    public static final List<String> VAGUE_TERMS = List.of("about", "approximately", "approx", "around", "roughly",
            "as soon as possible", "asap", "promptly", "左右", "尽快", "盡快", "大约", "大約", "大概");

    /** Finding names of the contract's terms that are free text, checked like clauses. */
    public static final String PAYMENT_METHOD = "terms: payment method";
    public static final String LIABILITY = "terms: liability";
    public static final String SERVICE_SCOPE = "terms: service scope";

    /** Required clause -> words of a clause title that satisfy it. */
    public static final Map<String, List<String>> REQUIRED_CLAUSES = Map.of(
            "service standard", List.of("service standard", "service level", "sla"),
            "confidentiality", List.of("confidential", "non-disclosure", "nda"),
            "dispute resolution", List.of("dispute", "arbitration", "jurisdiction", "governing law"),
            "liability", List.of("liability", "liabilities", "breach"));

    private static final List<Pattern> VAGUE = VAGUE_TERMS.stream().map(ContractLint::pattern).toList();

    private ContractLint() {
    }

    private static Pattern pattern(String term) {
        boolean latin = term.chars().allMatch(c -> c < 128);
        String quoted = Pattern.quote(term);
        return Pattern.compile(latin ? "(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])" : quoted,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A title keyword starts a word: "confidential" finds "Confidentiality". */
    private static Pattern titleWord(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Every finding of a contract: vague wording in its clauses and in the free texts of its terms
     * (payment method, liability, each service-scope item), and missing SOP clauses.
     */
    public static List<ContractFinding> lint(List<Clause> clauses, Terms terms) {
        List<ContractFinding> findings = new ArrayList<>(lint(clauses));
        if (terms != null) {
            findings.addAll(vagueWording(PAYMENT_METHOD, terms.paymentMethod()));
            findings.addAll(vagueWording(LIABILITY, terms.liability()));
            if (terms.serviceScope() != null) {
                terms.serviceScope().forEach(item -> findings.addAll(vagueWording(SERVICE_SCOPE, item)));
            }
        }
        return findings;
    }

    /** Every finding of a set of clauses: vague wording with the offending text, and missing clauses. */
    public static List<ContractFinding> lint(List<Clause> clauses) {
        List<ContractFinding> findings = new ArrayList<>();
        for (Clause clause : clauses) {
            findings.addAll(vagueWording(clause.title(), clause.text()));
        }
        REQUIRED_CLAUSES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(required -> {
            boolean present = clauses.stream().anyMatch(c -> required.getValue().stream()
                    .anyMatch(word -> titleWord(word).matcher(c.title()).find()));
            if (!present) {
                findings.add(new ContractFinding(required.getKey(), ContractFinding.Kind.MISSING_CLAUSE,
                        "no " + required.getKey() + " clause", null));
            }
        });
        return findings;
    }

    /** Vague wording in one text, each finding quoting the offending words in context. */
    public static List<ContractFinding> vagueWording(String clause, String text) {
        List<ContractFinding> findings = new ArrayList<>();
        if (text == null) {
            return findings;
        }
        for (Pattern p : VAGUE) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 30);
                int to = Math.min(text.length(), m.end() + 30);
                findings.add(new ContractFinding(clause, ContractFinding.Kind.VAGUE_WORDING,
                        "'" + m.group() + "' in \"" + text.substring(from, to).strip() + "\"", null));
            }
        }
        return findings;
    }

    /** The identity of a finding, to match legal's overrides: clause, kind and text. */
    public static String key(ContractFinding f) {
        return f.clause().toLowerCase(Locale.ROOT) + "|" + f.kind() + "|" + f.text();
    }
}
