package io.dealstream.events.common;

/** The customer's own acts the SOP records, each done by the customer through a link sent for it. */
public enum CustomerAct {
    /** Stage 2: the needs confirmation, signed by both sides. */
    CONFIRM_NEEDS,
    /** Stage 3-4: the customer's confirmation of a revised proposal. */
    CONFIRM_PROPOSAL_REVISION,
    /** Stage 3-4: a question or an objection on the proposal, answered in writing within 24 h. */
    ASK_ABOUT_PROPOSAL,
    /** Stage 5: the minutes of a negotiation round, signed by both sides. */
    SIGN_MINUTES,
    /** Stage 5: the contract's last confirmation and signature, or a change request. */
    SIGN_CONTRACT,
    /** Stage 6: the acceptance report, signed by both sides. */
    SIGN_ACCEPTANCE,
    /** Stage 6: the satisfaction survey a month after acceptance. */
    ANSWER_SURVEY
}
