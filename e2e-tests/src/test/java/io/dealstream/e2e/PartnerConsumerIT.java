package io.dealstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.dealstream.events.EventCodec;
import io.dealstream.events.EventTypes;
import io.dealstream.events.Stage;
import io.dealstream.localstack.TopicProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/**
 * Reads every stage topic as a partner would, with the CloudEvents Java SDK's Kafka deserializer (binary mode),
 * after a whole won journey: every record must be a CloudEvent the SDK accepts (a null {@code ce_*} header
 * makes it throw), with the type, source and subject the AsyncAPI document promises, and data valid against the
 * published JSON Schema of its type.
 */
class PartnerConsumerIT {

    private static final Map<String, EventTypes.EventType> BY_CLOUD_EVENT_TYPE = EventTypes.all().stream()
            .collect(Collectors.toMap(EventTypes.EventType::cloudEventType, Function.identity()));

    @Test
    void everyPublishedRecordIsAValidCloudEventOfThePublishedContract() throws Exception {
        Platform platform = Platform.get();
        Steps steps = new Steps(platform);
        String id = steps.captureLead("Partner Reader GmbH", "NEW_CUSTOMER");
        steps.winAndDeliver(id, "45000.00");

        EventCodec codec = new EventCodec();
        for (Stage stage : Stage.values()) {
            List<ConsumerRecord<String, CloudEvent>> records = new ArrayList<>();
            try (KafkaConsumer<String, CloudEvent> consumer = TopicProbe.fromBeginning(
                    platform.stack().kafkaBootstrapServers(), stage.topic(), new CloudEventDeserializer())) {
                // the journey's events reach every topic (the delivery's by the time its REST answer came)
                await().atMost(Steps.HANDOVER).until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                    return records.stream().anyMatch(r -> id.equals(r.key()));
                });
            }
            for (ConsumerRecord<String, CloudEvent> record : records) {
                CloudEvent event = record.value();
                String where = stage.topic() + "@" + record.partition() + ":" + record.offset();
                assertThat(event.getSpecVersion()).as(where).isEqualTo(SpecVersion.V1);
                EventTypes.EventType type = BY_CLOUD_EVENT_TYPE.get(event.getType());
                assertThat(type).as(where + " type " + event.getType() + " is in the contract").isNotNull();
                assertThat(type.stage()).as(where).isEqualTo(stage);
                assertThat(event.getSource().toString()).as(where).isEqualTo(stage.cloudEventSource());
                assertThat(event.getSubject()).as(where + " subject is the record key").isEqualTo(record.key());
                assertThat(event.getDataContentType()).as(where).isEqualTo("application/json");
                assertThat(event.getData()).as(where + " has data").isNotNull();
                var payload = EventCodec.mapper().readTree(event.getData().toBytes());
                assertThat(codec.validate(type, payload)).as(where + " " + type.name() + " against its schema").isEmpty();
                // a header is there with a value or not there at all (untraced: no traceparent), never null
                record.headers().forEach(h -> assertThat(h.value()).as(where + " header " + h.key()).isNotNull());
                // extension attributes the SDK read: none of them null
                event.getExtensionNames().forEach(name -> assertThat(event.getExtension(name)).as(where + " " + name).isNotNull());
            }
        }
    }
}
