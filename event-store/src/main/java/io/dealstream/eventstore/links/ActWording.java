package io.dealstream.eventstore.links;

import io.dealstream.events.common.CustomerAct;

/**
 * How each act is put to the customer: in the mail ("please ..."), above the form, on its button and by its consent
 * box, and whether the page also offers to send corrections instead (the needs report: a dispute; the contract: a
 * change request).
 */
public record ActWording(String request, String legend, String button, String consent, boolean disputable) {

    private static final String SIGN = "I have read this document and sign it electronically";

    public static ActWording of(CustomerAct act) {
        return switch (act) {
            case CONFIRM_NEEDS -> new ActWording("confirm the needs analysis we wrote with you",
                    "Confirm the needs analysis", "Confirm and sign", SIGN, true);
            case CONFIRM_PROPOSAL_REVISION -> new ActWording("confirm the revised proposal",
                    "Confirm this revision", "Confirm", "I have read this revision of the proposal and confirm it "
                    + "electronically", false);
            case ASK_ABOUT_PROPOSAL -> new ActWording("send us your questions or objections on the proposal",
                    "Your questions", "Send", null, false);
            case SIGN_MINUTES -> new ActWording("sign the minutes of our negotiation round",
                    "Sign the minutes", "Sign", SIGN, false);
            case SIGN_CONTRACT -> new ActWording("confirm and sign the contract", "Sign the contract", "Sign", SIGN,
                    true);
            case SIGN_ACCEPTANCE -> new ActWording("sign the acceptance report", "Sign the acceptance report", "Sign",
                    SIGN, false);
            case ANSWER_SURVEY -> new ActWording("tell us how satisfied you are", "Your answers", "Send", null, false);
        };
    }
}
