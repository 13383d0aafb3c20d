package io.dealstream.proposal.domain;

import io.dealstream.events.proposal.ObjectionType;
import io.dealstream.events.proposal.TrustMaterialKind;
import java.util.List;
import java.util.Map;

/** The SOP's answer kinds per objection type, suggested to whoever answers. */
public final class ObjectionPlaybook {

    /** A suggested way to answer, and the trust material that backs it. */
    public record Suggestion(String answer, List<TrustMaterialKind> evidence) {
    }

    private static final Map<ObjectionType, List<Suggestion>> PLAYBOOK = Map.of(
            ObjectionType.PRICE, List.of(
                    new Suggestion("Break the quote down line by line", List.of()),
                    new Suggestion("Compare the cost with the quantified benefit", List.of(TrustMaterialKind.CASE_STUDY)),
                    new Suggestion("Offer payment in phases to lower the first outlay", List.of())),
            ObjectionType.FUNCTION, List.of(
                    new Suggestion("Offer a demo or a trial", List.of(TrustMaterialKind.TRIAL)),
                    new Suggestion("Send the technical white paper", List.of(TrustMaterialKind.CERTIFICATION)),
                    new Suggestion("Show customer cases of the same function", List.of(TrustMaterialKind.CASE_STUDY))),
            ObjectionType.TRUST, List.of(
                    new Suggestion("Share team success stories and customer testimonials",
                            List.of(TrustMaterialKind.CASE_STUDY, TrustMaterialKind.TESTIMONIAL)),
                    new Suggestion("Arrange a call with an existing customer", List.of(TrustMaterialKind.REFERENCE_CALL)),
                    new Suggestion("Make a service commitment, e.g. a 30-day no-questions refund",
                            List.of(TrustMaterialKind.SERVICE_COMMITMENT)),
                    new Suggestion("Share the risk: a trial phase or staged acceptance",
                            List.of(TrustMaterialKind.TRIAL, TrustMaterialKind.STAGED_ACCEPTANCE))),
            ObjectionType.DECISION, List.of(
                    new Suggestion("Provide a decision-process guide", List.of()),
                    new Suggestion("Meet the customer's key people (IT, finance)", List.of()),
                    new Suggestion("Bring third-party endorsement for the decision makers",
                            List.of(TrustMaterialKind.PRESS, TrustMaterialKind.PARTNER_ENDORSEMENT))));

    private ObjectionPlaybook() {
    }

    public static List<Suggestion> suggestionsFor(ObjectionType type) {
        return PLAYBOOK.get(type);
    }
}
