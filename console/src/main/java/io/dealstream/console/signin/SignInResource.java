package io.dealstream.console.signin;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** The dev and test sign-in: pick a user, get their token in an HttpOnly cookie. 404 where dev sign-in is off. */
@Path("/")
public class SignInResource {

    record login(Map<String, List<String>> users, String then) implements TemplateInstance {
    }

    private final DevSignIn devSignIn;

    public SignInResource(DevSignIn devSignIn) {
        this.devSignIn = devSignIn;
    }

    @GET
    @Path("login")
    public TemplateInstance picker(@QueryParam("then") String then) {
        requireDevSignIn();
        return new login(DevSignIn.USERS, safeTarget(then));
    }

    @POST
    @Path("login")
    public Response signIn(@FormParam("user") String user, @FormParam("then") String then) {
        requireDevSignIn();
        String token = user == null ? null : devSignIn.mint(user);
        if (token == null) {
            return Response.seeOther(URI.create("/login")).build();
        }
        NewCookie cookie = new NewCookie.Builder(DevSignIn.COOKIE).value(token).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge(12 * 3600).build();
        return Response.seeOther(URI.create(safeTarget(then))).cookie(cookie).build();
    }

    /** Dev sign-out (in production the OIDC extension answers this path with the provider's logout). */
    @POST
    @Path("logout")
    public Response signOut() {
        NewCookie gone = new NewCookie.Builder(DevSignIn.COOKIE).value("").path("/").httpOnly(true).maxAge(0).build();
        return Response.seeOther(URI.create(devSignIn.enabled() ? "/login" : "/")).cookie(gone).build();
    }

    private void requireDevSignIn() {
        if (!devSignIn.enabled()) {
            throw new NotFoundException();
        }
    }

    /** Only a path on this console: never another site (an open redirect). */
    static String safeTarget(String then) {
        return then != null && then.startsWith("/") && !then.startsWith("//") && !then.contains("\\") ? then : "/";
    }
}
