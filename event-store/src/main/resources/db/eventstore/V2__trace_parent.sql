-- The W3C trace context of the span that appended each event; Debezium publishes it as the Kafka
-- header "traceparent", so a trace follows an opportunity from a REST call into every consumer.
ALTER TABLE events ADD COLUMN trace_parent text;
