package io.dealstream.eventstore.domain;

import static io.dealstream.eventstore.domain.DomainRuleViolation.unprocessable;

import io.dealstream.events.common.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The SOP's "signed by both sides": at least one signatory of the customer AND one of ours, each a person
 * with a role, a time in the client-time window (not before the document was sent or held) and a method;
 * a paper signature names its document. The customer signs electronically only through a link (the signature
 * carries its evidence); what staff record for the customer is a paper signature. Two of our own staff are not
 * both sides. Pure Java.
 */
public final class BothSides {

    private BothSides() {
    }

    /**
     * The signatures, checked and stripped, in order of signing. {@code times} null: the times are the server's
     * own (a customer's act through a link, our signature given as the link was sent), not a client's to check.
     */
    public static List<Signature> check(List<Signature> signatures, Instant now, ClientTimes times, Instant notBefore,
            String what) {
        if (signatures == null || signatures.isEmpty()) {
            throw unprocessable("both-sides-sign", "signed by both sides: name the customer's signatory and ours");
        }
        List<Signature> out = new ArrayList<>();
        for (Signature s : signatures) {
            if (s == null || s.side() == null || s.method() == null) {
                throw unprocessable("signature-incomplete", "each signature names its side and method");
            }
            String name = Texts.required(s.name(), "signature name");
            String role = Texts.required(s.role(), "signature role");
            if (s.method() == Signature.Method.PAPER && Texts.isBlank(s.documentRef())) {
                throw unprocessable("paper-signature-needs-document", "a paper signature names the signed document "
                        + "(documentRef): " + name);
            }
            if (s.side() == Signature.Side.CUSTOMER && s.method() == Signature.Method.ELECTRONIC && !s.throughLink()) {
                throw unprocessable("customer-signs-through-link", "the customer signs electronically only through the "
                        + "link sent for it; staff record the customer's signature as PAPER with the signed document "
                        + "(documentRef): " + name);
            }
            Instant at = times == null ? s.signedAt() : times.accept("signedAt", s.signedAt(), now, notBefore, what);
            out.add(new Signature(s.side(), name, role, at, s.method(), Texts.blankToNull(s.documentRef()), s.link()));
        }
        boolean customer = out.stream().anyMatch(s -> s.side() == Signature.Side.CUSTOMER);
        boolean ours = out.stream().anyMatch(s -> s.side() == Signature.Side.OURS);
        if (!customer || !ours) {
            throw unprocessable("both-sides-sign", "signed by both sides: " + (customer ? "our" : "the customer's")
                    + " signatory is missing");
        }
        out.sort(Comparator.comparing(Signature::signedAt));
        return List.copyOf(out);
    }

    /** The first signatory of a side (the name older readers of the event know). */
    public static String nameOf(List<Signature> signatures, Signature.Side side) {
        return signatures.stream().filter(s -> s.side() == side).map(Signature::name).findFirst().orElse(null);
    }

    /** When the document was signed by both: the last signature. */
    public static Instant completedAt(List<Signature> signatures) {
        return signatures.get(signatures.size() - 1).signedAt();
    }
}
