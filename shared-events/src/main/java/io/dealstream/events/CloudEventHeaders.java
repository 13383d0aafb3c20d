package io.dealstream.events;

/**
 * Kafka header names of the CloudEvents Kafka protocol binding, binary content mode, plus the
 * Dealstream envelope fields that travel as extension attributes.
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    // Dealstream extension attributes (lower-case alphanumerics, as CloudEvents requires)
    public static final String EVENT_TYPE = "ce_dseventtype";
    public static final String SCHEMA_VERSION = "ce_dsschemaversion";
    public static final String STREAM_ID = "ce_dsstreamid";
    public static final String STREAM_VERSION = "ce_dsstreamversion";
    public static final String CORRELATION_ID = "ce_dscorrelationid";
    public static final String CAUSATION_ID = "ce_dscausationid";
    public static final String ACTOR = "ce_dsactor";
    /** W3C Trace Context, the header Kafka instrumentations (OpenTelemetry) read and write. */
    public static final String TRACE_PARENT = "traceparent";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
