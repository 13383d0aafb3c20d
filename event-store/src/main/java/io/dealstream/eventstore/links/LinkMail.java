package io.dealstream.eventstore.links;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jboss.logging.Logger;

/**
 * Mails a customer the link for one act, through the operator's SMTP server. A failed delivery is reported to the
 * sender (the link stands and can be copied from the console), logged without the address or the token.
 */
@ApplicationScoped
public class LinkMail {

    /** How the mail went. */
    public enum Delivery {
        SENT, FAILED, NOT_REQUESTED
    }

    private static final Logger LOG = Logger.getLogger(LinkMail.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private final ReactiveMailer mailer;

    public LinkMail(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    public Uni<Delivery> send(String to, String customerName, String what, String url, Instant expiresAt) {
        if (to == null || to.isBlank()) {
            return Uni.createFrom().item(Delivery.NOT_REQUESTED);
        }
        String greeting = customerName == null ? "Hello," : "Hello " + customerName + ",";
        String text = greeting + "\n\nplease " + what + ":\n\n" + url + "\n\nThe link works once and until "
                + DAY.format(expiresAt) + ". It opens the exact document we ask you to " + "review; nothing is signed "
                + "until you sign it there.\n\nYour Dealstream sales team\n";
        return mailer.send(Mail.withText(to.strip(), "Please " + what, text))
                .replaceWith(Delivery.SENT)
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("a customer link could not be mailed (%s); it can be copied from the console",
                            e.getClass().getSimpleName());
                    return Delivery.FAILED;
                });
    }
}
