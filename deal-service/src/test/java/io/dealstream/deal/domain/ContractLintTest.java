package io.dealstream.deal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.events.deal.Clause;
import io.dealstream.events.deal.ContractFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractLintTest {

    static final List<Clause> COMPLETE = List.of(new Clause("Service standard", "Incidents answered within 4 hours."),
            new Clause("Confidentiality", "All project data stays confidential for 5 years."),
            new Clause("Dispute resolution", "Arbitration in Zurich."),
            new Clause("Liability", "Capped at the contract value."));

    @Test
    void aPreciseCompleteContractHasNoFindings() {
        assertThat(ContractLint.lint(COMPLETE)).isEmpty();
    }

    @Test
    void everyVagueTermIsFoundWithTheOffendingText() {
        List<ContractFinding> findings = ContractLint.vagueWording("Delivery",
                "Delivery ASAP, approximately 10 days, roughly 3 people, promptly, about 5, around noon, "
                        + "as soon as possible; 交付10天左右，尽快，大约三人");
        assertThat(findings).extracting(ContractFinding::kind).containsOnly(ContractFinding.Kind.VAGUE_WORDING);
        assertThat(findings).extracting(ContractFinding::text).anyMatch(t -> t.startsWith("'ASAP'"))
                .anyMatch(t -> t.startsWith("'approximately'")).anyMatch(t -> t.startsWith("'roughly'"))
                .anyMatch(t -> t.startsWith("'promptly'")).anyMatch(t -> t.startsWith("'about'"))
                .anyMatch(t -> t.startsWith("'around'")).anyMatch(t -> t.startsWith("'as soon as possible'"))
                .anyMatch(t -> t.startsWith("'左右'")).anyMatch(t -> t.startsWith("'尽快'"))
                .anyMatch(t -> t.startsWith("'大约'"));
        assertThat(findings).hasSize(10);
    }

    @Test
    void traditionalScriptIsCheckedLikeSimplified() {
        // the original SOP itself writes 盡快: both scripts, every form
        List<ContractFinding> findings = ContractLint.vagueWording("交付", "交付期十天左右，盡快安排，大約三人，大概一週");
        assertThat(findings).extracting(ContractFinding::text).anyMatch(t -> t.startsWith("'左右'"))
                .anyMatch(t -> t.startsWith("'盡快'")).anyMatch(t -> t.startsWith("'大約'"))
                .anyMatch(t -> t.startsWith("'大概'"));
        assertThat(findings).hasSize(4);
    }

    @Test
    void wordsThatOnlyContainAVagueTermAreNotFlagged() {
        assertThat(ContractLint.vagueWording("x", "The roundabout is surrounded; aboutness; gaspy")).isEmpty();
    }

    @Test
    void missingSopClausesAreNamed() {
        assertThat(ContractLint.lint(List.of(new Clause("Scope", "Licence for 12 users."))))
                .filteredOn(f -> f.kind() == ContractFinding.Kind.MISSING_CLAUSE)
                .extracting(ContractFinding::clause)
                .containsExactly("confidentiality", "dispute resolution", "liability", "service standard");
    }
}
