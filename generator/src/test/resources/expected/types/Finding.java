package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * One validation finding: where ({@code in} and an RFC 6901 {@code pointer}), which rule ({@code code}, {@code schemaPointer}) and a sentence ({@code message}).
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "types.yaml 1.0.0"
)
public final class Finding {
    private final String in;

    private final String pointer;

    private final String code;

    private final String schemaPointer;

    private final String message;

    public Finding(String in, String pointer, String code, String schemaPointer, String message) {
        this.in = Objects.requireNonNull(in, "in == null");
        this.pointer = Objects.requireNonNull(pointer, "pointer == null");
        this.code = Objects.requireNonNull(code, "code == null");
        this.schemaPointer = Objects.requireNonNull(schemaPointer, "schemaPointer == null");
        this.message = Objects.requireNonNull(message, "message == null");
    }

    /**
     * Where the failing value is: {@code body}, {@code path}, {@code query}, {@code header}, or {@code status} for an undocumented response status.
     */
    public String in() {
        return in;
    }

    /**
     * RFC 6901 pointer to the failing value ({@code ""} is the body root; {@code /<name>} for a parameter).
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Stable rule code: the JSON Schema keyword, {@code x-poolspec-rules/<id>} or {@code operation.*}.
     */
    public String code() {
        return code;
    }

    /**
     * Pointer into the spec to the rule that failed.
     */
    public String schemaPointer() {
        return schemaPointer;
    }

    /**
     * A sentence saying what is wrong.
     */
    public String message() {
        return message;
    }

    /**
     * {@code <in> <pointer>: <message> [<code>]}
     */
    @Override
    public String toString() {
        return in + " " + pointer + ": " + message + " [" + code + "]";
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Finding)) {
            return false;
        }
        Finding that = (Finding) other;
        return in.equals(that.in) && pointer.equals(that.pointer) && code.equals(that.code)
                && schemaPointer.equals(that.schemaPointer) && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(in, pointer, code, schemaPointer, message);
    }
}
