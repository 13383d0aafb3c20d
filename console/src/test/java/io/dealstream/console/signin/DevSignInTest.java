package io.dealstream.console.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DevSignInTest {

    @Test
    void theUserPickerIsOnOnlyInTheDevAndTestProfilesWithAKey() {
        assertThat(DevSignIn.allowed(true, true, List.of("dev"))).isTrue();
        assertThat(DevSignIn.allowed(true, true, List.of("test"))).isTrue();
        assertThat(DevSignIn.allowed(true, true, List.of("prod"))).as("never in production").isFalse();
        assertThat(DevSignIn.allowed(true, true, List.of())).isFalse();
        assertThat(DevSignIn.allowed(false, true, List.of("dev"))).as("not configured").isFalse();
        assertThat(DevSignIn.allowed(true, false, List.of("dev"))).as("no key to sign with").isFalse();
    }

    @Test
    void aTargetAfterSignInStaysOnTheConsole() {
        assertThat(SignInResource.safeTarget("/board?owner=alice")).isEqualTo("/board?owner=alice");
        assertThat(SignInResource.safeTarget("//evil.example/x")).isEqualTo("/");
        assertThat(SignInResource.safeTarget("https://evil.example/")).isEqualTo("/");
        assertThat(SignInResource.safeTarget("/\\evil.example")).isEqualTo("/");
        assertThat(SignInResource.safeTarget(null)).isEqualTo("/");
    }
}
