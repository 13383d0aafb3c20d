package io.dealstream.eventstore.links;

import io.dealstream.events.common.CustomerAct;

/**
 * How each act is put to the customer: in the mail ("please ..."), above the form and on its button, and whether the
 * page also offers to send corrections instead (the needs report: a dispute; the contract: a change request).
 */
public record ActWording(String request, String legend, String button, boolean disputable) {

    public static ActWording of(CustomerAct act) {
        return switch (act) {
            case CONFIRM_NEEDS -> new ActWording("confirm the needs analysis we wrote with you",
                    "Confirm the needs analysis", "Confirm and sign", true);
            case CONFIRM_PROPOSAL_REVISION -> new ActWording("confirm the revised proposal",
                    "Confirm this revision", "Confirm", false);
            case ASK_ABOUT_PROPOSAL -> new ActWording("send us your questions on the proposal",
                    "Your question or objection", "Send", false);
            case SIGN_MINUTES -> new ActWording("sign the minutes of our negotiation round",
                    "Sign the minutes", "Sign", false);
            case SIGN_CONTRACT -> new ActWording("confirm and sign the contract", "Sign the contract", "Sign", true);
            case SIGN_ACCEPTANCE -> new ActWording("sign the acceptance report", "Sign the acceptance report", "Sign",
                    false);
            case ANSWER_SURVEY -> new ActWording("tell us how satisfied you are", "Your answers", "Send", false);
        };
    }
}
