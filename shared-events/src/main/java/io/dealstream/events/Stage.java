package io.dealstream.events;

/** The five services, each publishing its events to one topic. */
public enum Stage {
    LEAD("lead"),
    NEEDS("needs"),
    PROPOSAL("proposal"),
    DEAL("deal"),
    DELIVERY("delivery");

    private final String id;

    Stage(String id) {
        this.id = id;
    }

    /** Short name: {@code lead}, {@code needs}, ... */
    public String id() {
        return id;
    }

    /** Kafka topic: {@code dealstream.<stage>.events}. */
    public String topic() {
        return "dealstream." + id + ".events";
    }

    /** Owning service: {@code lead-service}, ... */
    public String serviceName() {
        return id + "-service";
    }

    /** CloudEvents {@code source} attribute: {@code /dealstream/lead-service}. */
    public String cloudEventSource() {
        return "/dealstream/" + serviceName();
    }

    /** CloudEvents {@code type} attribute: {@code io.dealstream.lead.LeadQualified.v1}. */
    public String cloudEventType(String eventType, int schemaVersion) {
        return "io.dealstream." + id + "." + eventType + ".v" + schemaVersion;
    }
}
