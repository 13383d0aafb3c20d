package io.dealstream.console.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.console.services.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextStepsTest {

    @Test
    void theFirstStepNotYetDoneIsNext() {
        assertThat(NextSteps.next(Service.NEEDS, List.of("NeedsResearchOpened")).orElseThrow().path())
                .isEqualTo("/needs/{id}/outline");
        assertThat(NextSteps.next(Service.NEEDS, List.of("NeedsResearchOpened", "ResearchOutlinePrepared")).orElseThrow().path())
                .isEqualTo("/needs/{id}/discovery-meeting");
    }

    @Test
    void aStepNeededTwiceIsNextUntilDoneTwice() {
        List<String> once = List.of("ProposalOpened", "ProposalDrafted", "ProposalRehearsed");
        assertThat(NextSteps.next(Service.PROPOSAL, once).orElseThrow().path()).isEqualTo("/proposals/{id}/rehearsals");
        List<String> twice = List.of("ProposalOpened", "ProposalDrafted", "ProposalRehearsed", "ProposalRehearsed");
        assertThat(NextSteps.next(Service.PROPOSAL, twice).orElseThrow().path()).isEqualTo("/proposals/{id}/presentation");
    }

    @Test
    void aStageWithEveryStepDoneHasNoNextStep() {
        assertThat(NextSteps.next(Service.LEAD, List.of("LeadCaptured", "FirstContactLogged"))).isEmpty();
    }
}
