package io.dealstream.e2e;

import io.dealstream.localstack.fuzz.RequestContract;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every answer a journey gets from a service is checked against the service's own OpenAPI document: the status
 * is one the operation documents, a JSON body has a documented schema and keeps it, Location and ETag are
 * declared. A frontend built from the documents (the console) can then rely on them. A breach fails the
 * request that met it, naming the operation.
 */
final class ResponseContractCheck implements Filter {

    static final ResponseContractCheck INSTANCE = new ResponseContractCheck();
    private static final Map<String, RequestContract> CONTRACTS = new ConcurrentHashMap<>();

    private ResponseContractCheck() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        Response answer = context.next(request, response);
        URI uri = URI.create(request.getURI());
        if (uri.getPath().startsWith("/q/")) {
            return answer;
        }
        String base = uri.getScheme() + "://" + uri.getAuthority();
        RequestContract contract = CONTRACTS.computeIfAbsent(base, b -> RequestContract.of(RestAssured.given()
                .baseUri(b).get("/q/openapi?format=json").then().statusCode(200).extract().asString()));
        List<String> violations = contract.responseViolations(request.getMethod(), uri.getPath(),
                answer.statusCode(), answer.contentType(), answer.getHeaders()::hasHeaderWithName, answer.asString());
        if (!violations.isEmpty()) {
            throw new AssertionError("the answer breaks the service's OpenAPI document: " + violations);
        }
        return answer;
    }
}
