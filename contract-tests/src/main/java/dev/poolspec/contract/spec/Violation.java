package dev.poolspec.contract.spec;

/**
 * One thing a validator did not allow, before it is tied to a pact interaction.
 *
 * @param in      "path", "query", "header", "body" or "status"
 * @param pointer RFC 6901 pointer: into the body ({@code ""} = root) or {@code /<parameter name>}
 * @param code    stable rule code (JSON Schema keyword, {@code x-poolspec-rules/<id>}, {@code operation.*},
 *                {@code contract.*})
 * @param message a sentence
 * @param source  which validator said so: "generated", "networknt" or "contract"
 */
public record Violation(String in, String pointer, String code, String message, String source) {}
