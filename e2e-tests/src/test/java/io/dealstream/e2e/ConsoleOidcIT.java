package io.dealstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dealstream.events.Stage;
import io.dealstream.localstack.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The console's production sign-in against a real identity provider (Keycloak): the OpenID Connect
 * authorization-code flow in the browser, the provider's access token forwarded to a service that trusts the
 * provider's keys, and no dev user picker in the prod profile.
 */
class ConsoleOidcIT {

    @Test
    void staffSignInAtTheIdentityProviderAndTheServicesTrustItsToken() {
        Platform platform = Platform.get();
        try (LocalKeycloak keycloak = LocalKeycloak.start(platform.logs())) {
            // a lead-service that trusts the provider's tokens (its keys and issuer), as production is set up
            ServiceProcess lead = platform.startExtra(Stage.LEAD, "lead-service-oidc", Map.of(
                    "mp.jwt.verify.publickey.location", keycloak.jwks(), "mp.jwt.verify.issuer", keycloak.issuer()));
            Map<String, String> config = new LinkedHashMap<>();
            platform.serviceUrls().forEach((key, url) -> config.put("quarkus.rest-client." + key + ".url", url));
            config.put("quarkus.rest-client.lead.url", lead.baseUrl());
            config.put("quarkus.oidc.auth-server-url", keycloak.issuer());
            config.put("quarkus.oidc.client-id", LocalKeycloak.CLIENT);
            config.put("quarkus.oidc.credentials.secret", LocalKeycloak.SECRET);
            // the packaged console in its default profile, prod: no dev sign-in, no dev key
            ServiceProcess console = platform.startConsole("console-oidc", config);
            try (Browser browser = new Browser(console.awaitReady(Duration.ofSeconds(180)).baseUrl(),
                    Path.of("target/console-screens"))) {
                lead.awaitReady(Duration.ofSeconds(180));
                browser.open("/commands/lead/new?path=/leads", "sign-in (OIDC)");
                assertThat(browser.driver().getCurrentUrl()).as("sent to the identity provider").startsWith(keycloak.issuer());
                browser.screenshot("oidc-provider-login");
                browser.driver().findElement(By.id("username")).sendKeys("olivia");
                browser.driver().findElement(By.id("password")).sendKeys("olivia-password");
                browser.click(browser.driver().findElement(By.id("kc-login")));
                await().atMost(Duration.ofSeconds(30)).until(() -> browser.driver().getCurrentUrl().startsWith(console.baseUrl()));

                assertThat(browser.text("[data-testid=signed-in-as]")).isEqualTo("olivia");
                assertThat(browser.text("header")).contains("sales");
                browser.fill("customerName", "Provider Signed GmbH", "contact.name", "Ida Lund",
                        "contact.email", "ida@provider-signed.example", "channel", "WEBSITE_FORM");
                browser.submitAccepted();
                // lead-service accepted the provider's token: the event's actor is the provider's user
                assertThat(browser.stageText("lead")).contains("Provider Signed GmbH");
                assertThat(browser.text("[data-testid=timeline]")).contains("LeadCaptured").contains("by olivia");
                browser.screenshot("oidc-signed-in");

                // production has no dev user picker
                browser.open("/login", "sign-in (OIDC)");
                assertThat(browser.all("[data-testid=user-alice]")).isEmpty();
                assertThat(browser.text("h1")).isEqualTo("Not available");
            } finally {
                console.stop();
                lead.stop();
                console.close();
                lead.close();
            }
        }
    }
}
