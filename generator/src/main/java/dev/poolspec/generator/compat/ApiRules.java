package dev.poolspec.generator.compat;

import static dev.poolspec.generator.compat.Direction.NONE;
import static dev.poolspec.generator.compat.Direction.REQUEST;
import static dev.poolspec.generator.compat.Direction.RESPONSE;
import static dev.poolspec.generator.compat.Level.ERR;
import static dev.poolspec.generator.compat.Level.INFO;
import static dev.poolspec.generator.compat.Level.WARN;

import java.util.List;

/** The rules of the spec-level comparison: paths, operations, parameters, bodies, responses, security. */
public final class ApiRules {
    private static final String PATHS = "paths";
    private static final String PARAMETERS = "parameters";
    private static final String BODIES = "request bodies";
    private static final String RESPONSES = "responses";
    private static final String SECURITY = "security";

    public static final Rule PATH_REMOVED = new Rule(
            "path-removed", ERR, NONE, PATHS, "A path and all its operations were removed.", "/pets/{id}: {get}", "");
    public static final Rule PATH_ADDED =
            new Rule("path-added", INFO, NONE, PATHS, "A new path.", "", "/owners: {get}");
    public static final Rule OPERATION_REMOVED = new Rule(
            "operation-removed",
            ERR,
            NONE,
            PATHS,
            "An operation was removed without being deprecated first.",
            "/pets: {get, post}",
            "/pets: {get}");
    public static final Rule DEPRECATED_OPERATION_REMOVED = new Rule(
            "deprecated-operation-removed",
            WARN,
            NONE,
            PATHS,
            "An operation the base had deprecated was removed (clients were warned).",
            "/pets: {get, post: {deprecated: true}}",
            "/pets: {get}");
    public static final Rule OPERATION_ADDED = new Rule(
            "operation-added", INFO, NONE, PATHS, "A new operation on a path.", "/pets: {get}", "/pets: {get, post}");
    public static final Rule OPERATION_ID_CHANGED = new Rule(
            "operation-id-changed",
            WARN,
            NONE,
            PATHS,
            "The operationId changed: generated client method names change.",
            "operationId: listPets",
            "operationId: findPets");
    public static final Rule OPERATION_DEPRECATED = new Rule(
            "operation-deprecated",
            INFO,
            NONE,
            PATHS,
            "An operation became deprecated.",
            "get: {operationId: listPets}",
            "get: {operationId: listPets, deprecated: true}");

    public static final Rule REQUIRED_PARAMETER_ADDED = new Rule(
            "required-parameter-added",
            ERR,
            REQUEST,
            PARAMETERS,
            "A new required parameter: clients that do not send it fail.",
            "parameters: []",
            "parameters: [{name: tenant, in: header, required: true}]");
    public static final Rule OPTIONAL_PARAMETER_ADDED = new Rule(
            "optional-parameter-added",
            INFO,
            REQUEST,
            PARAMETERS,
            "A new optional parameter.",
            "parameters: []",
            "parameters: [{name: limit, in: query}]");
    public static final Rule PARAMETER_REMOVED = new Rule(
            "parameter-removed",
            WARN,
            REQUEST,
            PARAMETERS,
            "A query, header or cookie parameter was removed: clients still send it and it is ignored or refused.",
            "parameters: [{name: limit, in: query}]",
            "parameters: []");
    public static final Rule PARAMETER_BECAME_REQUIRED = new Rule(
            "parameter-became-required",
            ERR,
            REQUEST,
            PARAMETERS,
            "An optional parameter became required.",
            "{name: limit, in: query}",
            "{name: limit, in: query, required: true}");
    public static final Rule PARAMETER_BECAME_OPTIONAL = new Rule(
            "parameter-became-optional",
            INFO,
            REQUEST,
            PARAMETERS,
            "A required parameter became optional.",
            "{name: limit, in: query, required: true}",
            "{name: limit, in: query}");
    public static final Rule PARAMETER_LOCATION_CHANGED = new Rule(
            "parameter-location-changed",
            ERR,
            REQUEST,
            PARAMETERS,
            "A parameter moved (its in changed): clients send it where it is no longer read.",
            "{name: tenant, in: query}",
            "{name: tenant, in: header}");
    public static final Rule PARAMETER_STYLE_CHANGED = new Rule(
            "parameter-style-changed",
            ERR,
            REQUEST,
            PARAMETERS,
            "A parameter's serialization style changed (defaults included).",
            "{name: ids, in: query, style: form}",
            "{name: ids, in: query, style: pipeDelimited}");
    public static final Rule PARAMETER_EXPLODE_CHANGED = new Rule(
            "parameter-explode-changed",
            ERR,
            REQUEST,
            PARAMETERS,
            "A parameter's explode changed (defaults included).",
            "{name: ids, in: query}",
            "{name: ids, in: query, explode: false}");

    public static final Rule REQUIRED_REQUEST_BODY_ADDED = new Rule(
            "required-request-body-added",
            ERR,
            REQUEST,
            BODIES,
            "An operation without request body now requires one.",
            "post: {responses: ...}",
            "post: {requestBody: {required: true, ...}}");
    public static final Rule OPTIONAL_REQUEST_BODY_ADDED = new Rule(
            "optional-request-body-added",
            INFO,
            REQUEST,
            BODIES,
            "An operation without request body accepts an optional one.",
            "post: {responses: ...}",
            "post: {requestBody: {content: ...}}");
    public static final Rule REQUEST_BODY_BECAME_REQUIRED = new Rule(
            "request-body-became-required",
            ERR,
            REQUEST,
            BODIES,
            "An optional request body became required.",
            "requestBody: {required: false}",
            "requestBody: {required: true}");
    public static final Rule REQUEST_BODY_BECAME_OPTIONAL = new Rule(
            "request-body-became-optional",
            INFO,
            REQUEST,
            BODIES,
            "A required request body became optional.",
            "requestBody: {required: true}",
            "requestBody: {required: false}");
    public static final Rule REQUEST_BODY_REMOVED = new Rule(
            "request-body-removed",
            WARN,
            REQUEST,
            BODIES,
            "The request body was removed: clients still send one.",
            "post: {requestBody: ...}",
            "post: {}");
    public static final Rule REQUEST_MEDIA_TYPE_REMOVED = new Rule(
            "request-media-type-removed",
            ERR,
            REQUEST,
            BODIES,
            "A request media type is no longer accepted.",
            "content: {application/json, application/xml}",
            "content: {application/json}");
    public static final Rule REQUEST_MEDIA_TYPE_ADDED = new Rule(
            "request-media-type-added",
            INFO,
            REQUEST,
            BODIES,
            "A request media type is accepted in addition.",
            "content: {application/json}",
            "content: {application/json, application/xml}");

    public static final Rule SUCCESS_RESPONSE_REMOVED = new Rule(
            "success-response-removed",
            ERR,
            RESPONSE,
            RESPONSES,
            "A success (2xx) response was removed.",
            "responses: {200, 404}",
            "responses: {404}");
    public static final Rule RESPONSE_REMOVED = new Rule(
            "response-removed",
            WARN,
            RESPONSE,
            RESPONSES,
            "A non-success response was removed (clients that handle it keep dead code, or it is still sent).",
            "responses: {200, 404}",
            "responses: {200}");
    public static final Rule ERROR_RESPONSE_ADDED = new Rule(
            "error-response-added",
            INFO,
            RESPONSE,
            RESPONSES,
            "A new error status (4xx, 5xx, default) is documented.",
            "responses: {200}",
            "responses: {200, 409}");
    public static final Rule SUCCESS_RESPONSE_ADDED = new Rule(
            "success-response-added",
            WARN,
            RESPONSE,
            RESPONSES,
            "A new success (2xx) status: clients that expect only the old ones may not handle it.",
            "responses: {200}",
            "responses: {200, 202}");
    public static final Rule RESPONSE_ADDED = new Rule(
            "response-added",
            INFO,
            RESPONSE,
            RESPONSES,
            "A new informational or redirection (1xx, 3xx) status.",
            "responses: {200}",
            "responses: {200, 304}");
    public static final Rule RESPONSE_MEDIA_TYPE_REMOVED = new Rule(
            "response-media-type-removed",
            ERR,
            RESPONSE,
            RESPONSES,
            "A response media type is no longer sent: clients that ask for it get nothing they can read.",
            "200: {content: {application/json, application/xml}}",
            "200: {content: {application/json}}");
    public static final Rule RESPONSE_MEDIA_TYPE_ADDED = new Rule(
            "response-media-type-added",
            INFO,
            RESPONSE,
            RESPONSES,
            "A response media type is offered in addition.",
            "200: {content: {application/json}}",
            "200: {content: {application/json, application/xml}}");
    public static final Rule REQUIRED_RESPONSE_HEADER_REMOVED = new Rule(
            "required-response-header-removed",
            ERR,
            RESPONSE,
            RESPONSES,
            "A response header that was always sent (required) was removed.",
            "headers: {X-Rate-Limit: {required: true}}",
            "headers: {}");
    public static final Rule RESPONSE_HEADER_REMOVED = new Rule(
            "response-header-removed",
            WARN,
            RESPONSE,
            RESPONSES,
            "An optional response header was removed.",
            "headers: {X-Rate-Limit: {}}",
            "headers: {}");
    public static final Rule RESPONSE_HEADER_ADDED = new Rule(
            "response-header-added",
            INFO,
            RESPONSE,
            RESPONSES,
            "A new response header.",
            "headers: {}",
            "headers: {X-Rate-Limit: {}}");

    public static final Rule SECURITY_REQUIREMENT_ADDED = new Rule(
            "security-requirement-added",
            ERR,
            NONE,
            SECURITY,
            "Calls need credentials they did not need (a requirement where anonymous calls were allowed, or one"
                    + " more scheme in a requirement).",
            "security: []",
            "security: [{apiKey: []}]");
    public static final Rule SECURITY_ALTERNATIVE_ADDED = new Rule(
            "security-alternative-added",
            INFO,
            NONE,
            SECURITY,
            "One more way to authenticate, besides the existing ones.",
            "security: [{apiKey: []}]",
            "security: [{apiKey: []}, {oauth: [read]}]");
    public static final Rule SECURITY_ALTERNATIVE_REMOVED = new Rule(
            "security-alternative-removed",
            WARN,
            NONE,
            SECURITY,
            "One way to authenticate was removed; clients using it must switch to another.",
            "security: [{apiKey: []}, {oauth: [read]}]",
            "security: [{oauth: [read]}]");
    public static final Rule SECURITY_REMOVED = new Rule(
            "security-removed",
            INFO,
            NONE,
            SECURITY,
            "Calls no longer need credentials (credentials still sent are not needed).",
            "security: [{apiKey: []}]",
            "security: []");
    public static final Rule SECURITY_SCOPE_ADDED = new Rule(
            "security-scope-added",
            ERR,
            NONE,
            SECURITY,
            "A requirement needs one more scope: existing tokens lack it.",
            "security: [{oauth: [read]}]",
            "security: [{oauth: [read, write]}]");
    public static final Rule SECURITY_SCOPE_REMOVED = new Rule(
            "security-scope-removed",
            INFO,
            NONE,
            SECURITY,
            "A requirement needs one scope less.",
            "security: [{oauth: [read, write]}]",
            "security: [{oauth: [read]}]");
    public static final Rule SECURITY_SCHEME_REMOVED = new Rule(
            "security-scheme-removed",
            ERR,
            NONE,
            SECURITY,
            "A security scheme the base used was removed from the components.",
            "securitySchemes: {apiKey, oauth}",
            "securitySchemes: {oauth}");

    private static final List<Rule> ALL = List.of(
            PATH_REMOVED,
            PATH_ADDED,
            OPERATION_REMOVED,
            DEPRECATED_OPERATION_REMOVED,
            OPERATION_ADDED,
            OPERATION_ID_CHANGED,
            OPERATION_DEPRECATED,
            REQUIRED_PARAMETER_ADDED,
            OPTIONAL_PARAMETER_ADDED,
            PARAMETER_REMOVED,
            PARAMETER_BECAME_REQUIRED,
            PARAMETER_BECAME_OPTIONAL,
            PARAMETER_LOCATION_CHANGED,
            PARAMETER_STYLE_CHANGED,
            PARAMETER_EXPLODE_CHANGED,
            REQUIRED_REQUEST_BODY_ADDED,
            OPTIONAL_REQUEST_BODY_ADDED,
            REQUEST_BODY_BECAME_REQUIRED,
            REQUEST_BODY_BECAME_OPTIONAL,
            REQUEST_BODY_REMOVED,
            REQUEST_MEDIA_TYPE_REMOVED,
            REQUEST_MEDIA_TYPE_ADDED,
            SUCCESS_RESPONSE_REMOVED,
            RESPONSE_REMOVED,
            ERROR_RESPONSE_ADDED,
            SUCCESS_RESPONSE_ADDED,
            RESPONSE_ADDED,
            RESPONSE_MEDIA_TYPE_REMOVED,
            RESPONSE_MEDIA_TYPE_ADDED,
            REQUIRED_RESPONSE_HEADER_REMOVED,
            RESPONSE_HEADER_REMOVED,
            RESPONSE_HEADER_ADDED,
            SECURITY_REQUIREMENT_ADDED,
            SECURITY_ALTERNATIVE_ADDED,
            SECURITY_ALTERNATIVE_REMOVED,
            SECURITY_REMOVED,
            SECURITY_SCOPE_ADDED,
            SECURITY_SCOPE_REMOVED,
            SECURITY_SCHEME_REMOVED);

    private ApiRules() {}

    /** Every spec-level rule, in the order of the docs. */
    public static List<Rule> all() {
        return ALL;
    }
}
