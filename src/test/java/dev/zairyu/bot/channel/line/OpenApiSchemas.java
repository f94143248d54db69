package dev.zairyu.bot.channel.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schemas of an OpenAPI 3.0 document as one JSON Schema (draft 7) document, for a real validator.
 *
 * <p>OpenAPI 3.0 schemas are JSON Schema but for these things, converted here:
 * <ul>
 *   <li>{@code $ref: '#/components/schemas/X'} becomes {@code #/definitions/X};</li>
 *   <li>{@code nullable: true} becomes a {@code "null"} in {@code type};</li>
 *   <li>{@code discriminator} is not a validation keyword, but it is how the spec says which subtype a
 *       {@code Message} or {@code Action} is. A schema X with a discriminator becomes a dispatcher: the
 *       property must be one of the mapping's keys, and the mapped subtype's schema applies (if/then).
 *       The subtypes' own {@code allOf: [$ref X]} is pointed at {@code X__base} (X without its
 *       discriminator), so the subtype still gets X's common properties without recursing;</li>
 *   <li>a {@code $ref} with siblings (ignored beside {@code $ref} in draft 7) becomes an {@code allOf}.</li>
 * </ul>
 * Only the explicit mapping counts: LINE dispatches on those values, not on schema names. OpenAPI-only
 * annotations ({@code externalDocs}, {@code example}, {@code xml}, {@code x-…} extensions) are dropped;
 * nothing else is changed.
 */
final class OpenApiSchemas {
    private static final String COMPONENTS = "#/components/schemas/";
    private static final String DEFINITIONS = "#/definitions/";
    private static final String BASE = "__base";
    private static final Set<String> ANNOTATIONS_ONLY = Set.of("externalDocs", "example", "xml", "discriminator", "nullable");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode definitions = NODES.objectNode();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private OpenApiSchemas(JsonNode schemas) {
        Map<String, String> parentOf = subtypeParents(schemas);
        schemas.properties().forEach(entry -> {
            String name = entry.getKey();
            JsonNode schema = entry.getValue();
            ObjectNode converted = (ObjectNode) convert(schema, parentOf.get(name), true);
            if (schema.has("discriminator")) {
                definitions.set(name + BASE, converted);
                definitions.set(name, dispatcher(name, schema.get("discriminator")));
            } else {
                definitions.set(name, converted);
            }
        });
    }

    static OpenApiSchemas fromClasspath(String resource) {
        try (InputStream in = OpenApiSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            JsonNode schemas = new YAMLMapper().readTree(in).at("/components/schemas");
            if (!schemas.isObject() || schemas.isEmpty()) {
                throw new IllegalArgumentException(resource + " has no components.schemas");
            }
            return new OpenApiSchemas(schemas);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A validator for the named schema of the spec. */
    Validator schema(String name) {
        if (!definitions.has(name)) {
            throw new IllegalArgumentException("no schema " + name + " in the spec");
        }
        return extended(NODES.objectNode().set("allOf", NODES.arrayNode().add(ref(name))));
    }

    /** A validator for a schema of our own that may refer to the spec's schemas as {@code #/definitions/X}. */
    Validator extended(ObjectNode schema) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.set("definitions", definitions);
        root.setAll(schema);
        return new Validator(factory.getSchema(root));
    }

    record Validator(JsonSchema schema) {
        /** Every problem found in {@code instance} as "message [keyword]", sorted; empty when it is valid. */
        List<String> problems(JsonNode instance) {
            Set<ValidationMessage> messages = schema.validate(instance);
            return messages.stream().map(m -> m.getMessage() + " [" + m.getType() + "]").sorted().toList();
        }
    }

    /** For each subtype named in a discriminator mapping, the schema whose discriminator names it. */
    private static Map<String, String> subtypeParents(JsonNode schemas) {
        Map<String, String> parentOf = new HashMap<>();
        schemas.properties().forEach(entry -> {
            JsonNode discriminator = entry.getValue().get("discriminator");
            if (discriminator == null) {
                return;
            }
            JsonNode mapping = discriminator.get("mapping");
            if (mapping == null || mapping.isEmpty()) {
                throw new IllegalStateException(entry.getKey() + " has a discriminator without a mapping; not supported");
            }
            mapping.forEach(target -> parentOf.put(name(target.asText()), entry.getKey()));
        });
        return parentOf;
    }

    /** {@code type} must be one of the mapping's keys, and the mapped subtype's schema applies. */
    private static ObjectNode dispatcher(String name, JsonNode discriminator) {
        String property = discriminator.get("propertyName").asText();
        ObjectNode dispatcher = NODES.objectNode();
        dispatcher.put("description", "the subtypes of " + name + " by " + property);
        dispatcher.set("required", NODES.arrayNode().add(property));
        ArrayNode known = NODES.arrayNode();
        ArrayNode branches = NODES.arrayNode();
        discriminator.get("mapping").properties().forEach(entry -> {
            known.add(entry.getKey());
            ObjectNode condition = NODES.objectNode();
            condition.set("required", NODES.arrayNode().add(property));
            condition.set("properties", NODES.objectNode().set(property, NODES.objectNode().put("const", entry.getKey())));
            branches.add(NODES.objectNode().<ObjectNode>set("if", condition).set("then", ref(name(entry.getValue().asText()))));
        });
        dispatcher.set("properties", NODES.objectNode().set(property, NODES.objectNode().set("enum", known)));
        dispatcher.set("allOf", branches);
        return dispatcher;
    }

    /**
     * Converts one schema. {@code parent} is the discriminated schema this one is a subtype of: its
     * {@code allOf} reference to the parent is pointed at the parent's base.
     */
    private static JsonNode convert(JsonNode schema, String parent, boolean top) {
        if (!schema.isObject()) {
            return schema.deepCopy();
        }
        ObjectNode out = NODES.objectNode();
        schema.properties().forEach(entry -> {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            switch (keyword) {
                case "$ref" -> out.put("$ref", DEFINITIONS + name(value.asText()));
                case "properties", "patternProperties" -> {
                    ObjectNode properties = NODES.objectNode();
                    value.properties().forEach(p -> properties.set(p.getKey(), convert(p.getValue(), null, false)));
                    out.set(keyword, properties);
                }
                case "items", "additionalProperties", "not" -> out.set(keyword, convert(value, null, false));
                case "allOf", "anyOf", "oneOf" -> {
                    ArrayNode list = NODES.arrayNode();
                    for (JsonNode member : value) {
                        JsonNode converted = convert(member, null, false);
                        if (top && keyword.equals("allOf") && parent != null && member.has("$ref")
                                && name(member.get("$ref").asText()).equals(parent)) {
                            converted = ref(parent + BASE);
                        }
                        list.add(converted);
                    }
                    out.set(keyword, list);
                }
                default -> {
                    if (!ANNOTATIONS_ONLY.contains(keyword) && !keyword.startsWith("x-")) {
                        out.set(keyword, value.deepCopy());
                    }
                }
            }
        });
        if (schema.path("nullable").asBoolean(false) && out.has("type") && out.get("type").isTextual()) {
            out.set("type", NODES.arrayNode().add(out.get("type").asText()).add("null"));
        }
        if (out.has("$ref") && out.size() > 1) {
            // A $ref's siblings are ignored in draft 7; keep them in force.
            ObjectNode wrapped = NODES.objectNode();
            ObjectNode rest = out.deepCopy();
            rest.remove("$ref");
            wrapped.set("allOf", NODES.arrayNode().add(ref(name(out.get("$ref").asText()))).add(rest));
            return wrapped;
        }
        return out;
    }

    private static ObjectNode ref(String name) {
        return NODES.objectNode().put("$ref", DEFINITIONS + name);
    }

    private static String name(String ref) {
        if (ref.startsWith(COMPONENTS)) {
            return ref.substring(COMPONENTS.length());
        }
        if (ref.startsWith(DEFINITIONS)) {
            return ref.substring(DEFINITIONS.length());
        }
        throw new IllegalArgumentException("only local schema references are supported: " + ref);
    }

    /** The names of every schema reachable from {@code name}, through references and discriminator mappings. */
    Set<String> reachableFrom(String name) {
        Set<String> seen = new HashSet<>();
        collect(name, seen);
        return seen;
    }

    private void collect(String name, Set<String> seen) {
        if (!seen.add(name)) {
            return;
        }
        definitions.get(name).findValues("$ref").forEach(r -> collect(name(r.asText()), seen));
    }
}
