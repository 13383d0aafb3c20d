package io.dealstream.localstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real SMTP server (GreenMail) on a free local port, so the services' mails (customer links) travel over SMTP in
 * the tests and can be read back as the customer receives them.
 */
public final class LocalMail implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/links/[A-Za-z0-9_.-]+");
    private final GreenMail server;

    public LocalMail() {
        server = new GreenMail(new ServerSetup(LocalKafka.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** The configuration that points a service's Quarkus Mailer here. */
    public Map<String, String> mailerConfig() {
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(port()),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    /** The mails received so far for {@code to}. */
    public List<MimeMessage> to(String to) {
        return Stream.of(server.getReceivedMessages()).filter(m -> {
            try {
                return Stream.of(m.getAllRecipients()).anyMatch(a -> a.toString().contains(to));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Waits for a mail to {@code to} and returns the customer link in its body. */
    public String awaitLink(String to, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mails = to(to);
            if (!mails.isEmpty()) {
                Matcher link = LINK.matcher(GreenMailUtil.getBody(mails.get(mails.size() - 1)));
                if (link.find()) {
                    return link.group();
                }
            }
            server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail with a link to " + to + " within " + within);
    }

    /** Waits until a mail to {@code to} carries {@code link} (one address may receive several links). */
    public void awaitMailWith(String to, String link, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (to(to).stream().anyMatch(m -> GreenMailUtil.getBody(m).contains(link))) {
                return;
            }
            server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + to + " with the link within " + within);
    }

    @Override
    public void close() {
        server.stop();
    }
}
