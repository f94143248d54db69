package dev.zairyu.bot.channel.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What LINE accepts at {@code POST /v2/bot/message/reply} (and {@code /push}): the {@code ReplyMessageRequest}
 * ({@code PushMessageRequest}) schema of LINE's OpenAPI spec, plus limits LINE's Messaging API reference
 * documents but the spec snapshot does not encode.
 */
final class LineReplyContract {
    static final String SPEC = "fixtures/line-openapi/messaging-api.yml";
    static final OpenApiSchemas SCHEMAS = OpenApiSchemas.fromClasspath(SPEC);

    /** The spec as published: at most 5 messages, at most 13 quick reply items, known message and action types… */
    static final OpenApiSchemas.Validator SPEC_SCHEMA = SCHEMAS.schema("ReplyMessageRequest");
    static final OpenApiSchemas.Validator PUSH_SPEC_SCHEMA = SCHEMAS.schema("PushMessageRequest");

    /**
     * From the Messaging API reference, not in the spec: a text message holds at most 5000 characters; a quick
     * reply button has an action, and its label is required and at most 20 characters; a postback's
     * displayText is at most 300 characters; a date picker in date mode takes dates as YYYY-MM-DD.
     */
    static final OpenApiSchemas.Validator DOCUMENTED_LIMITS = SCHEMAS.extended(json("""
            {"properties": {"messages": {"items": {"properties": {
              "text": {"maxLength": 5000},
              "quickReply": {"required": ["items"], "properties": {"items": {"items": {
                "required": ["action"],
                "properties": {"action": {
                  "required": ["label"],
                  "properties": {"label": {"minLength": 1, "maxLength": 20}, "displayText": {"maxLength": 300}},
                  "if": {"required": ["mode"], "properties": {"mode": {"const": "date"}}},
                  "then": {"properties": {
                    "initial": {"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
                    "max": {"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
                    "min": {"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}}
                }}}}}}
            }}}}}"""));

    private LineReplyContract() {
    }

    /** Every way {@code body} breaks the spec or the documented limits; empty when LINE would take it. */
    static List<String> problems(JsonNode body) {
        List<String> problems = new ArrayList<>(SPEC_SCHEMA.problems(body));
        problems.addAll(DOCUMENTED_LIMITS.problems(body));
        return problems;
    }

    /** As {@link #problems}, for a push. */
    static List<String> pushProblems(JsonNode body) {
        List<String> problems = new ArrayList<>(PUSH_SPEC_SCHEMA.problems(body));
        problems.addAll(DOCUMENTED_LIMITS.problems(body));
        return problems;
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
