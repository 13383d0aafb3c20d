package io.dealstream.localstack.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The published contract, not the valid body's JSON types, decides what is malformed. */
class RequestContractTest {

    private static final RequestContract CONTRACT = RequestContract.of("""
            {"openapi": "3.1.0", "paths": {
              "/deals/{id}/rounds": {"post": {"requestBody": {"required": true,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Round"}}}}}},
              "/deliveries/{id}/completion": {"post": {"requestBody": {
                "content": {"application/json": {"schema": {"type": "object"}}}}}},
              "/deals/{id}": {"get": {}}},
             "components": {"schemas": {
              "Round": {"type": "object", "required": ["price", "note"], "properties": {
                "price": {"type": "string", "pattern": "^\\\\d{1,15}([.]\\\\d{1,2})?$"},
                "note": {"type": "string", "maxLength": 10, "not": {"pattern": "\\u0000"}},
                "kind": {"type": "string", "enum": ["A", "B"]}}}}}}""");

    private final RequestContract.Body round = CONTRACT.body("POST", "/deals/42/rounds").orElseThrow();

    @Test
    void aBodyKeepingTheSchemaHasNoViolations() {
        assertThat(round.violations("{\"price\": \"48000.00\", \"note\": \"ok\", \"kind\": \"A\"}")).isEmpty();
        assertThat(round.violations("{\"price\": \"48000\", \"note\": \"<script>\"}")).isEmpty();
    }

    @Test
    void everyBrokenConstraintIsAViolation() {
        assertThat(round.violations("{\"note\": \"ok\"}")).singleElement().asString().contains("price");
        assertThat(round.violations("{\"price\": \"1e16\", \"note\": \"ok\"}")).isNotEmpty();
        assertThat(round.violations("{\"price\": 48000, \"note\": \"ok\"}")).as("an amount is a string").isNotEmpty();
        assertThat(round.violations("{\"price\": \"1.001\", \"note\": \"ok\"}")).isNotEmpty();
        assertThat(round.violations("{\"price\": \"-1\", \"note\": \"ok\"}")).isNotEmpty();
        assertThat(round.violations("{\"price\": \"null\", \"note\": \"ok\"}")).isNotEmpty();
        assertThat(round.violations("{\"price\": \"1\", \"note\": \"far too long a note\"}")).isNotEmpty();
        assertThat(round.violations("{\"price\": \"1\", \"note\": \"a\\u0000b\"}")).isNotEmpty();
        assertThat(round.violations("{\"price\": \"1\", \"note\": \"ok\", \"kind\": \"C\"}")).isNotEmpty();
        assertThat(round.violations("{\"price\": \"1\", \"note\": ")).containsExactly("not JSON");
        assertThat(round.violations("null")).containsExactly("the request body is required");
    }

    @Test
    void anOptionalBodyMayBeAbsentAndAnOperationWithoutBodyHasNoSchema() {
        assertThat(CONTRACT.body("POST", "/deliveries/7/completion").orElseThrow().violations("null")).isEmpty();
        assertThat(CONTRACT.body("GET", "/deals/7")).isEmpty();
        assertThatThrownBy(() -> CONTRACT.body("POST", "/nowhere")).hasMessageContaining("no path");
    }
}
