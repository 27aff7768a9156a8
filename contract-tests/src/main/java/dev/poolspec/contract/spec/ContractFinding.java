package dev.poolspec.contract.spec;

/**
 * Something in a pact that the spec does not allow (or, in {@link CheckReport#expected()}, a request problem the
 * pact itself documents by expecting a rejection).
 *
 * @param interaction {@code <pact file> › "<description>"}
 * @param part        {@code request.path}, {@code request.query}, {@code request.header}, {@code request.body},
 *                    {@code response.status}, {@code response.header}, {@code response.body} or
 *                    {@code interaction}
 * @param pointer     RFC 6901 pointer inside that part ({@code ""} = the whole part; {@code /<name>} for a
 *                    parameter or header)
 * @param code        stable rule code
 * @param message     a sentence
 * @param source      "generated", "networknt" or "contract"
 */
public record ContractFinding(
        String interaction, String part, String pointer, String code, String message, String source) {

    @Override
    public String toString() {
        return interaction + " " + part + " '" + pointer + "': " + message + " [" + code + ", " + source + "]";
    }
}
