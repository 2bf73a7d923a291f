package org.dutyledger.integration.imports.rest;

import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.dutyledger.integration.imports.ImportKind;
import org.dutyledger.integration.imports.ImportKinds;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the discovered import kinds into the contract wherever it names a kind (the job's and the template's
 * {@code kind}, the {@code kind} parameter of the import and export paths), so a capability that adds a kind changes
 * nothing here. Runs at start-up, when the kinds are known (at build time they are not).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ImportKindsInContract implements OASFilter {

    static final List<String> SCHEMAS = List.of("ImportJob", "ImportTemplate");
    static final List<String> PATHS = List.of("/api/v1/imports", "/api/v1/exports");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<Object> keys = new ArrayList<>(Arc.container().instance(ImportKinds.class).get().all().stream()
                .map(ImportKind::key).toList());
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            for (String name : SCHEMAS) {
                Schema schema = openAPI.getComponents().getSchemas().get(name);
                if (schema != null && schema.getProperties() != null && schema.getProperties().get("kind") != null) {
                    schema.getProperties().get("kind").setEnumeration(keys);
                }
            }
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (PATHS.stream().noneMatch(path::startsWith)) {
                return;
            }
            item.getOperations().values().forEach(op -> {
                if (op.getParameters() != null) {
                    for (Parameter p : op.getParameters()) {
                        if ("kind".equals(p.getName()) && p.getSchema() != null) {
                            p.getSchema().setEnumeration(keys);
                        }
                    }
                }
            });
        });
    }
}
