package dev.poolspec.contract.consumer;

/**
 * The project IDs of the documented examples (the examples themselves come from the published spec:
 * {@code dev.poolspec.spec.testsupport.SpecExamples}).
 */
final class DocumentedExamples {

    static final String LIST_PROJECT = "86c13962597848eeb29c5861153a391f";
    static final String CREATE_PROJECT = "6f5da086876d4cd084d36f8bd3346036";

    private DocumentedExamples() {}
}
