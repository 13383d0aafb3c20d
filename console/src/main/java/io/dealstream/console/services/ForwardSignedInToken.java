package io.dealstream.console.services;

import io.dealstream.console.signin.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/** Every call to a service carries the signed-in user's token: the services decide with the user's own roles. */
@ApplicationScoped
public class ForwardSignedInToken implements ClientHeadersFactory {

    @Inject
    SignedInUser user;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String token = user.token();
        if (token != null) {
            headers.putSingle("Authorization", "Bearer " + token);
        }
        return headers;
    }
}
