package io.dealstream.events.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dealstream.events.EventCodec;
import io.dealstream.events.EventTypes;
import io.dealstream.events.common.Contact;
import io.dealstream.events.common.DecisionProcess;
import io.dealstream.events.common.KeyPerson;
import io.dealstream.events.common.Scenario;
import io.dealstream.events.lead.Channel;
import io.dealstream.events.lead.LeadCaptured;
import io.dealstream.events.needs.NeedsAnalysed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private final EventCodec codec = new EventCodec();
    private final UUID keyId = UUID.randomUUID();
    private final SecretKey key = newKey();

    private final LeadCaptured lead = new LeadCaptured(UUID.randomUUID(), null, "Acme GmbH",
            new Contact("Li Wei", "CTO", "+49 30 1234", "li.wei@acme.example"), Channel.WEBSITE_FORM, null,
            "ERP migration", Scenario.NEW_CUSTOMER, null, "manufacturing", null);

    @Test
    void finds_the_personal_fields_of_a_type_including_inside_lists() {
        assertThat(PersonalDataPaths.of(LeadCaptured.class)).containsExactly(
                List.of("contact", "name"), List.of("contact", "title"), List.of("contact", "phone"),
                List.of("contact", "email"));
        assertThat(PersonalDataPaths.of(NeedsAnalysed.class))
                .containsExactly(List.of("decisionProcess", "keyPeople", "*", "name"));
        assertThat(EventTypes.all()).filteredOn(t -> PersonalDataCipher.hasPersonalData(t.recordClass()))
                .extracting(EventTypes.EventType::name)
                .contains("AccountRegistered", "LeadCaptured", "LeadQualified", "NeedsResearchOpened",
                        "ReferralReceived", "UpsellIdentified")
                .doesNotContain("LeadDisqualified", "OrderConfirmed", "PersonalDataErased");
    }

    @Test
    void a_customer_link_s_evidence_is_personal_data_wherever_it_is_carried() {
        assertThat(PersonalDataPaths.of(io.dealstream.events.needs.NeedsConfirmed.class)).contains(
                List.of("signatures", PersonalDataPaths.EVERY_ELEMENT, "link", "ipAddress"),
                List.of("signatures", PersonalDataPaths.EVERY_ELEMENT, "link", "userAgent"));
        assertThat(PersonalDataPaths.of(io.dealstream.events.delivery.SatisfactionSurveyed.class)).contains(
                List.of("respondent"), List.of("evidence", "ipAddress"), List.of("evidence", "userAgent"));
        assertThat(PersonalDataPaths.of(io.dealstream.events.needs.NeedsLinkSent.class)).contains(List.of("sentTo"));
    }

    @Test
    void encrypted_payload_hides_every_personal_field_and_still_satisfies_the_schema() {
        ObjectNode payload = codec.toJsonNode(lead);
        PersonalDataCipher.encrypt(payload, LeadCaptured.class, keyId, key);

        String json = payload.toString();
        assertThat(json).doesNotContain("Li Wei", "CTO", "1234", "li.wei@acme.example").contains("Acme GmbH");
        assertThat(payload.at("/contact/email").textValue()).startsWith("pii:v1:" + keyId + ":");
        assertThat(PersonalDataCipher.keyIds(payload, LeadCaptured.class)).containsExactly(keyId);
        assertThat(codec.validate(EventTypes.of(lead), payload)).isEmpty();
    }

    @Test
    void decrypts_with_the_key_and_reads_erased_without_it() {
        ObjectNode payload = codec.toJsonNode(lead);
        PersonalDataCipher.encrypt(payload, LeadCaptured.class, keyId, key);

        ObjectNode readable = payload.deepCopy();
        PersonalDataCipher.decrypt(readable, LeadCaptured.class, Map.of(keyId, key));
        assertThat(codec.decode("LeadCaptured", 1, readable)).isEqualTo(lead);

        PersonalDataCipher.decrypt(payload, LeadCaptured.class, Map.of());
        LeadCaptured erased = (LeadCaptured) codec.decode("LeadCaptured", 1, payload);
        assertThat(erased.contact()).isEqualTo(new Contact("[erased]", "[erased]", "[erased]", "[erased]"));
        assertThat(erased.customerName()).isEqualTo("Acme GmbH");
    }

    @Test
    void a_value_moved_under_another_key_or_tampered_with_does_not_decrypt() {
        UUID otherId = UUID.randomUUID();
        String sealed = PersonalDataCipher.seal("li.wei@acme.example", keyId, key);
        String moved = sealed.replace(keyId.toString(), otherId.toString());
        assertThatThrownBy(() -> PersonalDataCipher.open(moved, key))
                .isInstanceOf(PersonalDataCipher.CorruptPersonalData.class);
        String flipped = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");
        assertThatThrownBy(() -> PersonalDataCipher.open(flipped, key))
                .isInstanceOf(PersonalDataCipher.CorruptPersonalData.class);
        assertThat(PersonalDataCipher.open(sealed, key)).isEqualTo("li.wei@acme.example");
    }

    @Test
    void key_people_inside_lists_are_protected() {
        NeedsAnalysed analysed = new NeedsAnalysed(NeedsAnalysed.Method.MEETING, "spreadsheets", List.of(),
                List.of("one ERP"), null, new DecisionProcess(List.of("board sign-off"), List.of(
                        new KeyPerson("Anna Schmidt", "CFO", KeyPerson.Influence.DECIDER),
                        new KeyPerson("Jon Berg", "IT lead", KeyPerson.Influence.INFLUENCER))));
        ObjectNode payload = codec.toJsonNode(analysed);
        PersonalDataCipher.encrypt(payload, NeedsAnalysed.class, keyId, key);
        assertThat(payload.toString()).doesNotContain("Anna Schmidt", "Jon Berg").contains("CFO", "IT lead");
        PersonalDataCipher.decrypt(payload, NeedsAnalysed.class, Map.of(keyId, key));
        assertThat(codec.decode("NeedsAnalysed", 1, payload)).isEqualTo(analysed);
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
