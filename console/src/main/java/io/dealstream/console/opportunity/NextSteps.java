package io.dealstream.console.opportunity;

import io.dealstream.console.services.Service;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SOP's usual order of each stage's commands, each with the event that shows it done: the first one not yet
 * done is the next step the page puts first. Only a suggestion: the services decide, and refuse naming the rule.
 */
final class NextSteps {

    /** A command (its published path) and the event type its completion records, needed {@code times} times. */
    record Step(String path, String doneBy, int times) {
    }

    private static final Map<Service, List<Step>> USUAL_ORDER = Map.of(
            Service.LEAD, List.of(
                    new Step("/leads/{id}/first-contact", "FirstContactLogged", 1)),
            Service.NEEDS, List.of(
                    new Step("/needs/{id}/outline", "ResearchOutlinePrepared", 1),
                    new Step("/needs/{id}/discovery-meeting", "DiscoveryMeetingHeld", 1),
                    new Step("/needs/{id}/analysis", "NeedsAnalysed", 1),
                    new Step("/needs/{id}/requirements", "RequirementsClassified", 1),
                    new Step("/needs/{id}/solution-design-handoff", "NeedsHandedToSolutionDesign", 1),
                    // the customer confirms through the link (a paper confirmation stays among the commands)
                    new Step("/needs/{id}/links", "NeedsLinkSent", 1)),
            Service.PROPOSAL, List.of(
                    new Step("/proposals/{id}/draft", "ProposalDrafted", 1),
                    new Step("/proposals/{id}/rehearsals", "ProposalRehearsed", 2),
                    new Step("/proposals/{id}/presentation", "ProposalPresented", 1),
                    new Step("/proposals/{id}/acceptance", "ProposalAccepted", 1)),
            Service.DEAL, List.of(
                    new Step("/deals/{id}/preparation", "NegotiationPrepared", 1),
                    new Step("/deals/{id}/rehearsals", "NegotiationRehearsed", 1),
                    new Step("/deals/{id}/rounds", "NegotiationRoundHeld", 1),
                    // the customer signs the minutes and the contract through links
                    new Step("/deals/{id}/links", "MeetingMinutesSigned", 1),
                    new Step("/deals/{id}/contract", "ContractDrafted", 1),
                    new Step("/deals/{id}/contract/review", "ContractReviewed", 1),
                    new Step("/deals/{id}/contract/sending", "ContractSentForConfirmation", 1),
                    new Step("/deals/{id}/links", "ContractSigned", 1)),
            Service.DELIVERY, List.of(
                    new Step("/deliveries/{id}/plan", "DeliveryPlanned", 1),
                    new Step("/deliveries/{id}/progress", "ProgressReported", 1),
                    new Step("/deliveries/{id}/milestones/{milestoneId}/completion", "MilestoneCompleted", 1),
                    // the customer signs the acceptance and answers the survey through links
                    new Step("/deliveries/{id}/links", "AcceptanceSigned", 1),
                    new Step("/deliveries/{id}/callback", "CallbackCompleted", 1),
                    new Step("/deliveries/{id}/links", "SatisfactionSurveyed", 1)));

    private NextSteps() {
    }

    /** The first step of the stage not yet done, given the event types its timeline holds; empty when all are. */
    static Optional<Step> next(Service stage, List<String> eventTypes) {
        for (Step step : USUAL_ORDER.getOrDefault(stage, List.of())) {
            long done = eventTypes.stream().filter(step.doneBy()::equals).count();
            if (done < step.times()) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
