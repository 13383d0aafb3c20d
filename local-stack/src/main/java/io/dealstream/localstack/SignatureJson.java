package io.dealstream.localstack;

/**
 * Request JSON of a document signed by both sides, for tests and the demo: the customer's signatory and ours,
 * signed now (the server's time), electronically.
 */
public final class SignatureJson {

    private SignatureJson() {
    }

    /**
     * A JSON array: {@code customer} for the customer (role CTO, a paper signature recorded by staff: the customer
     * signs electronically only through a link), {@code ours} for us (role Sales lead).
     */
    public static String bothSides(String customer, String ours) {
        return """
                [{"side": "CUSTOMER", "name": "%s", "role": "CTO", "method": "PAPER", "documentRef": "scan DMS-signed"},
                 {"side": "OURS", "name": "%s", "role": "Sales lead", "method": "ELECTRONIC"}]"""
                .formatted(customer, ours);
    }

    /** Li Wei for the customer, Alice for us. */
    public static String bothSides() {
        return bothSides("Li Wei", "Alice");
    }
}
