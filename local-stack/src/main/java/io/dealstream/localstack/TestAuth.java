package io.dealstream.localstack;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * REST Assured default for service tests: a request without an Authorization header gets a dev token
 * with every role. A test that sets the header itself (another role, an empty or bad token) keeps it.
 */
public final class TestAuth {

    private static final String ALL_ROLES = bearer("tester", "sales", "manager", "legal", "delivery", "admin");

    private TestAuth() {
    }

    public static void allRoles() {
        Filter addToken = (request, response, ctx) -> {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", ALL_ROLES);
            }
            return ctx.next(request, response);
        };
        RestAssured.replaceFiltersWith(addToken);
    }

    public static String bearer(String user, String... roles) {
        return "Bearer " + DevTokens.token(user, roles);
    }
}
