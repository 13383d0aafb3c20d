package io.dealstream.console.signin;

import io.quarkus.security.credential.TokenCredential;

/** A token the dev sign-in minted, carried in the console's cookie. */
public final class DevToken extends TokenCredential {

    public DevToken(String token) {
        super(token, "bearer");
    }

    public String token() {
        return getToken();
    }
}
