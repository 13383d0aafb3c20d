package io.dealstream.events.schema;

import io.dealstream.events.Topics;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dealstream.events.CloudEventHeaders;
import io.dealstream.events.EventTypes;
import io.dealstream.events.EventTypes.EventType;
import io.dealstream.events.Stage;

/**
 * Builds the AsyncAPI 3.0 document of the public event contract: one channel per topic, one send
 * operation per service, and every message with its CloudEvents headers, Kafka key and payload schema.
 */
public final class AsyncApiGenerator {

    private final ObjectMapper mapper;

    public AsyncApiGenerator(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode document(String version) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Dealstream domain events");
        info.put("version", version);
        info.put("description", "The events of the Dealstream sales process, one topic per service. Records use the "
                + "CloudEvents Kafka protocol binding in binary content mode: CloudEvents attributes travel as ce_* "
                + "headers, the value is the JSON payload, and the key is the opportunity id, so one opportunity's "
                + "events stay in order. Consumers must deduplicate on ce_id (delivery is at least once) and ignore "
                + "unknown payload fields. Personal data (fields marked x-personal-data) is encrypted field by field with its "
                + "data subject's key (pii:v1:<keyId>:<base64url of AES-256-GCM iv|ciphertext|tag>); erasure deletes the "
                + "key, so retained records stay valid but unreadable. lead-service announces each erasure with "
                + "PersonalDataErased: consumers must then drop any copy they hold of the named subjects' data.");
        info.putObject("license").put("name", "Apache-2.0");
        ObjectNode servers = doc.putObject("servers");
        servers.putObject("local").put("host", "localhost:9092").put("protocol", "kafka")
                .put("description", "The broker of the local stack (see README).");

        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("CloudEventHeaders", headersSchema());
        schemas.set("OpportunityKey", mapper.createObjectNode().put("type", "string").put("format", "uuid")
                .put("description", "opportunity_id: the lead's id, carried by every stage"));

        for (Stage stage : Stage.values()) {
            String channelId = stage.id() + "Events";
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", stage.topic());
            channel.put("description", "Events published by " + stage.serviceName() + ".");
            ObjectNode channelMessages = channel.putObject("messages");
            channel.putObject("bindings").putObject("kafka").put("bindingVersion", "0.5.0")
                    .put("topic", stage.topic());

            ObjectNode operation = operations.putObject("publish" + capitalise(stage.id()) + "Events");
            operation.put("action", "send");
            operation.put("summary", stage.serviceName() + " publishes its domain events (through Debezium).");
            operation.putObject("channel").put("$ref", "#/channels/" + channelId);
            ArrayNode opMessages = operation.putArray("messages");

            for (EventType type : EventTypes.of(stage)) {
                channelMessages.putObject(type.name()).put("$ref", "#/components/messages/" + type.name());
                opMessages.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + type.name());
                messages.set(type.name(), message(type));
            }
        }
        deadLetters(channels, operations, messages);
        return doc;
    }

    /** Each service's dead-letter topic: the record it could not process, as it came, with SmallRye's reason headers. */
    private void deadLetters(ObjectNode channels, ObjectNode operations, ObjectNode messages) {
        ObjectNode message = messages.putObject("DeadLetter");
        message.put("name", "DeadLetter");
        message.put("title", "A record a consumer could not process");
        message.put("summary", "The original record's key, value and headers, plus why it was set aside");
        ObjectNode headers = message.putObject("headers").put("type", "object");
        ObjectNode props = headers.putObject("properties");
        for (String h : new String[] {"dead-letter-reason", "dead-letter-cause", "dead-letter-topic"}) {
            props.putObject(h).put("type", "string");
        }
        for (String h : new String[] {"dead-letter-partition", "dead-letter-offset"}) {
            props.putObject(h).put("type", "string").put("description", "a number, as text");
        }
        headers.putArray("required").add("dead-letter-reason").add("dead-letter-topic");
        message.putObject("payload").put("description", "the original record's value, unchanged");
        for (String service : Topics.DEAD_LETTER_SERVICES) {
            String channelId = service + "DeadLetters";
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", Topics.deadLetter(service));
            channel.put("description", "Records " + service + "-service's consumers could not process (dead letters).");
            channel.putObject("messages").putObject("DeadLetter").put("$ref", "#/components/messages/DeadLetter");
            ObjectNode operation = operations.putObject("send" + capitalise(service) + "DeadLetters");
            operation.put("action", "send");
            operation.put("summary", service + "-service sets aside a record it cannot process, with the reason.");
            operation.putObject("channel").put("$ref", "#/channels/" + channelId);
            operation.putArray("messages").addObject().put("$ref", "#/channels/" + channelId + "/messages/DeadLetter");
        }
    }

    private ObjectNode message(EventType type) {
        ObjectNode message = mapper.createObjectNode();
        message.put("name", type.name());
        message.put("title", type.name());
        message.put("contentType", CloudEventHeaders.JSON);
        message.put("summary", "ce_type " + type.cloudEventType());
        if (type.schemaVersion() > 1) {
            // records published before the break keep their ce_type and schema; the upcaster reads them as current
            message.put("description", "Schema version " + type.schemaVersion() + ". Records published earlier carry "
                    + "ce_type " + type.stage().cloudEventType(type.name(), type.schemaVersion() - 1) + " and match ./"
                    + type.schemaPath().replace(".v" + type.schemaVersion() + ".", ".v" + (type.schemaVersion() - 1) + ".")
                    + "; io.dealstream.events.Upcasters (shared-events) turns them into the current shape.");
        }
        // the CloudEvents headers, with this message's ce_type machine-readable
        ObjectNode headers = message.putObject("headers");
        ArrayNode allOf = headers.putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/CloudEventHeaders");
        allOf.addObject().put("type", "object").putObject("properties").putObject(CloudEventHeaders.TYPE)
                .put("type", "string").put("const", type.cloudEventType());
        message.putObject("payload").put("$ref", "./" + type.schemaPath());
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.put("bindingVersion", "0.5.0");
        kafka.putObject("key").put("$ref", "#/components/schemas/OpportunityKey");
        message.putObject("correlationId").put("location", "$message.header#/" + CloudEventHeaders.CORRELATION_ID);
        return message;
    }

    private ObjectNode headersSchema() {
        ObjectNode schema = mapper.createObjectNode();
        schema.put("type", "object");
        ObjectNode p = schema.putObject("properties");
        p.putObject(CloudEventHeaders.SPEC_VERSION).put("type", "string").put("const", "1.0");
        p.putObject(CloudEventHeaders.ID).put("type", "string").put("format", "uuid")
                .put("description", "event_id, the dedupe key");
        p.putObject(CloudEventHeaders.TYPE).put("type", "string")
                .put("description", "io.dealstream.<stage>.<EventType>.v<schemaVersion>");
        p.putObject(CloudEventHeaders.SOURCE).put("type", "string")
                .put("description", "/dealstream/<service>");
        p.putObject(CloudEventHeaders.SUBJECT).put("type", "string").put("format", "uuid")
                .put("description", "opportunity_id");
        p.putObject(CloudEventHeaders.TIME).put("type", "string").put("format", "date-time");
        p.putObject(CloudEventHeaders.CONTENT_TYPE).put("type", "string").put("const", CloudEventHeaders.JSON);
        p.putObject(CloudEventHeaders.EVENT_TYPE).put("type", "string").put("description", "event_type");
        p.putObject(CloudEventHeaders.SCHEMA_VERSION).put("type", "string").put("description", "schema_version");
        p.putObject(CloudEventHeaders.STREAM_ID).put("type", "string").put("format", "uuid");
        p.putObject(CloudEventHeaders.STREAM_VERSION).put("type", "string").put("description", "1, 2, 3 ... per stream");
        p.putObject(CloudEventHeaders.CORRELATION_ID).put("type", "string").put("format", "uuid");
        p.putObject(CloudEventHeaders.CAUSATION_ID).put("type", "string").put("format", "uuid");
        p.putObject(CloudEventHeaders.ACTOR).put("type", "string").put("description", "who issued the command");
        p.putObject(CloudEventHeaders.TRACE_PARENT).put("type", "string")
                .put("description", "W3C trace context (00-<trace-id>-<span-id>-<flags>) of the span that appended the"
                        + " event; absent when untraced. Continue the trace from it.");
        ArrayNode required = schema.putArray("required");
        for (String h : new String[] {CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.TYPE,
                CloudEventHeaders.SOURCE, CloudEventHeaders.SUBJECT, CloudEventHeaders.TIME,
                CloudEventHeaders.CONTENT_TYPE}) {
            required.add(h);
        }
        return schema;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
