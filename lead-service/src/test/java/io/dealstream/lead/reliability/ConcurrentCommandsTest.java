package io.dealstream.lead.reliability;

import static io.dealstream.lead.support.LeadApi.command;
import static io.dealstream.lead.support.LeadApi.firstContact;
import static io.dealstream.lead.support.LeadApi.newLead;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.dealstream.localstack.LocalStackResource;
import io.dealstream.localstack.TestAuth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 50 concurrent commands on one lead: the accepted ones are consecutive versions, the rest 409, nothing lost. */
@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, initArgs = @ResourceArg(name = "stage", value = "LEAD"))
class ConcurrentCommandsTest {

    @BeforeAll
    static void authenticate() {
        TestAuth.allRoles();
    }

    @Test
    void fiftyConcurrentCommandsOnOneAggregate() throws Exception {
        String lead = newLead();
        command(lead, "first-contact", firstContact(true, false)).statusCode(200);
        int versionBefore = given().get("/leads/" + lead).then().extract().path("version");

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String material = "material " + i;
            Callable<Integer> send = () -> {
                start.await();
                return given().contentType(ContentType.JSON)
                        .body("{\"material\": \"" + material + "\", \"channel\": \"email\"}")
                        .post("/leads/" + lead + "/nurture-material").statusCode();
            };
            results.add(pool.submit(send));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();

        long accepted = statuses.stream().filter(s -> s == 200).count();
        long conflicts = statuses.stream().filter(s -> s == 409).count();
        assertThat(accepted + conflicts).as("only 200 or 409: " + statuses).isEqualTo(50);
        assertThat(accepted).isGreaterThanOrEqualTo(1);

        List<Integer> versions = given().get("/leads/" + lead + "/history").then().extract().path("streamVersion");
        for (int i = 0; i < versions.size(); i++) {
            assertThat(versions.get(i)).isEqualTo(i + 1);
        }
        List<String> types = given().get("/leads/" + lead + "/history").then().extract().path("eventType");
        assertThat(types.stream().filter("NurtureMaterialSent"::equals).count()).isEqualTo(accepted);
        assertThat(versions).hasSize((int) (versionBefore + accepted));
        assertThat((Integer) given().get("/leads/" + lead).then().extract().path("nurtureCount")).isEqualTo((int) accepted);
    }
}
