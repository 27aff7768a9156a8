package dev.poolspec.signing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The {@code X-Sdk-Date} value: {@code yyyyMMdd'T'HHmmss'Z'} in UTC, e.g. {@code 20191115T033655Z}. */
public final class SdkDate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private SdkDate() {}

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /**
     * @throws IllegalArgumentException when {@code text} is not in the {@code yyyyMMdd'T'HHmmss'Z'} form
     */
    public static Instant parse(String text) {
        try {
            return LocalDateTime.parse(text, FORMAT).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "X-Sdk-Date must look like 20191115T033655Z (yyyyMMdd'T'HHmmss'Z', UTC): " + text, e);
        }
    }
}
