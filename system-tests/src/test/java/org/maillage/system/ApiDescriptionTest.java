package org.maillage.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The description's list check on its own, so it is known to catch what it is for. */
class ApiDescriptionTest {

    private static final String DOC = """
            {"paths": {
              "/api/bare": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {"type": "array", "items": {}}}}}}}},
              "/api/nocursor": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}},
              "/api/listing": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Listing"}}}}}}},
              "/api/one": {"get": {"responses": {"200": {"content": {"application/json": {"schema": {"type": "object"}}}}}}},
              "/api/upload": {"post": {"responses": {"200": {"content": {"application/json": {"schema": {"type": "array"}}}}}}}
            },
            "components": {"schemas": {
              "Page": {"type": "object", "properties": {"items": {"type": "array"}}},
              "Listing": {"type": "object", "properties": {"items": {"type": "array"}, "next": {"type": "string", "nullable": true}}}
            }}}
            """;

    @Test
    void aReadAnsweringABareArrayOrItemsWithoutACursorIsNamed() throws Exception {
        assertThat(new ApiDescription(DOC).listsOutOfShape()).containsExactly(
                "GET /api/bare: answers a bare array (application/json); a list answers {items, next}",
                "GET /api/nocursor: answers items without a `next` cursor");
    }
}
