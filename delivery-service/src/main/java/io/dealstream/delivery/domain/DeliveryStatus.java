package io.dealstream.delivery.domain;

/** Where a delivery stands in stage 6. */
public enum DeliveryStatus {
    /** Opened by the signed contract; the plan is being made. */
    PLANNING,
    /** Delivering: weekly progress reports are due. */
    IN_DELIVERY,
    /** Accepted by the customer: after-sales (callback, maintenance, survey, relationship). */
    AFTER_SALES
}
