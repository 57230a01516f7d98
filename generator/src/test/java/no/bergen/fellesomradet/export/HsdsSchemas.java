package no.bergen.fellesomradet.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The HSDS 3.0 JSON Schemas (test resources, hsds-3.0/README.md) as validators. The schemas link
 * each other with relative {@code $ref}s; their published address is mapped to the copies here,
 * so nothing is fetched. Formats (uuid, uri, email, date-time) are asserted, not only annotated.
 */
final class HsdsSchemas {

    static final String BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";
    static final ObjectMapper JSON = new ObjectMapper();

    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix(BASE, "classpath:hsds-3.0/")));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    /** A schema by its file name, e.g. {@code service.json} or {@code compiled/service_list.json}. */
    JsonSchema schema(String file) {
        return factory.getSchema(SchemaLocation.of(BASE + file), config);
    }

    /** A schema given inline (the page and index shapes from openapi.json). */
    JsonSchema schema(JsonNode node) {
        return factory.getSchema(node, config);
    }

    static Set<ValidationMessage> validate(JsonSchema schema, JsonNode node) {
        return schema.validate(node);
    }

    /** HSDS's openapi.json, where the page and the {@code GET /} answer are described. */
    static JsonNode openapi() {
        try (InputStream in = HsdsSchemas.class.getResourceAsStream("/hsds-3.0/openapi.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
