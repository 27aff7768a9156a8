package dev.poolspec.generator.compat;

import dev.poolspec.generator.read.ReadException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Compares the responses of two matching operations: statuses, media types, schemas and headers. */
final class ResponseComparison extends OperationPart {

    ResponseComparison(OperationPart operation) {
        super(operation);
    }

    void compare() throws ReadException {
        Map<String, String> old = base.members(before.location() + "/responses");
        Map<String, String> now = revision.members(after.location() + "/responses");
        for (Map.Entry<String, String> status : old.entrySet()) {
            if (status.getKey().startsWith("x-")) {
                continue;
            }
            String is = now.get(status.getKey());
            if (is == null) {
                reporter.report(
                        success(status.getKey()) ? ApiRules.SUCCESS_RESPONSE_REMOVED : ApiRules.RESPONSE_REMOVED,
                        status.getValue(),
                        null,
                        "The " + status.getKey() + " response was removed (now " + now.keySet() + ").");
            } else {
                compare(status.getKey(), base.deref(status.getValue()), revision.deref(is));
            }
        }
        for (Map.Entry<String, String> status : now.entrySet()) {
            String code = status.getKey();
            if (old.containsKey(code) || code.startsWith("x-")) {
                continue;
            }
            Rule rule = success(code)
                    ? ApiRules.SUCCESS_RESPONSE_ADDED
                    : code.startsWith("4") || code.startsWith("5") || code.equals("default")
                            ? ApiRules.ERROR_RESPONSE_ADDED
                            : ApiRules.RESPONSE_ADDED;
            reporter.report(
                    rule, null, status.getValue(), "The " + code + " response was added (was " + old.keySet() + ").");
        }
    }

    private static boolean success(String status) {
        return status.startsWith("2");
    }

    private void compare(String status, String was, String is) throws ReadException {
        new MediaTypes(base, revision, reporter, schemas)
                .compare(
                        was,
                        is,
                        status + " response",
                        Direction.RESPONSE,
                        ApiRules.RESPONSE_MEDIA_TYPE_REMOVED,
                        ApiRules.RESPONSE_MEDIA_TYPE_ADDED);
        Map<String, String> oldHeaders = headers(base, was);
        Map<String, String> newHeaders = headers(revision, is);
        for (Map.Entry<String, String> header : oldHeaders.entrySet()) {
            String name = nameOf(header.getValue());
            String now = newHeaders.get(header.getKey());
            String oldHeader = base.deref(header.getValue());
            if (now == null) {
                boolean required = base.node(oldHeader).path("required").asBoolean(false);
                reporter.report(
                        required ? ApiRules.REQUIRED_RESPONSE_HEADER_REMOVED : ApiRules.RESPONSE_HEADER_REMOVED,
                        header.getValue(),
                        null,
                        "The " + (required ? "required " : "") + "header " + name + " of the " + status
                                + " response was removed.");
                continue;
            }
            String newHeader = revision.deref(now);
            if (base.node(oldHeader).has("schema") && revision.node(newHeader).has("schema")) {
                schemas.compare(reporter.operation(), Direction.RESPONSE, oldHeader + "/schema", newHeader + "/schema");
            }
        }
        for (Map.Entry<String, String> header : newHeaders.entrySet()) {
            if (!oldHeaders.containsKey(header.getKey())) {
                reporter.report(
                        ApiRules.RESPONSE_HEADER_ADDED,
                        null,
                        header.getValue(),
                        "The " + status + " response has the new header " + nameOf(header.getValue()) + ".");
            }
        }
    }

    /** Header locations by lower-case name (header names ignore case). */
    private static Map<String, String> headers(ApiSpec spec, String response) {
        Map<String, String> headers = new LinkedHashMap<>();
        spec.members(response + "/headers")
                .forEach((name, location) -> headers.put(name.toLowerCase(Locale.ROOT), location));
        return headers;
    }

    /** The header name as the spec spells it: the last token of its location. */
    private static String nameOf(String location) {
        return location.substring(location.lastIndexOf('/') + 1)
                .replace("~1", "/")
                .replace("~0", "~");
    }
}
