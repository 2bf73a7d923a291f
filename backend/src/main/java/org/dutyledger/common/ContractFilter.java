package org.dutyledger.common;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract third parties generate clients from, finished in one place: readable unique operationIds
 * ({@link OperationIds}), a summary on every operation, the problem responses and their codes
 * ({@link ProblemResponsesFilter}).
 */
public class ContractFilter implements OASFilter {

    /** Operations whose resource gives no summary. */
    private static final Map<String, String> SUMMARIES = Map.of(
            "getWebhookSubscription", "Read one webhook subscription (never its secret)",
            "deleteWebhookSubscription", "Delete a webhook subscription");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
        listProblemTypes(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, String> ids = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation op = entry.getValue();
                String id = OperationIds.of(entry.getKey().name(), path);
                op.setOperationId(id);
                ids.put(entry.getKey() + " " + path, id);
                if (op.getSummary() == null || op.getSummary().isBlank()) {
                    String summary = SUMMARIES.get(id);
                    if (summary == null) {
                        throw new IllegalStateException(entry.getKey() + " " + path + " has no summary: give it @Operation(summary = …)");
                    }
                    op.setSummary(summary);
                }
            }
        });
        OperationIds.checkUnique(ids);
    }

    /** The problem types the service declares ({@link ProblemTitles}), so a client can switch on them. */
    private static void listProblemTypes(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema problem = openAPI.getComponents().getSchemas().get("Problem");
        Schema type = problem == null || problem.getProperties() == null ? null : problem.getProperties().get("type");
        if (type != null) {
            type.setDescription("Stable URI naming the kind of problem: " + Problem.TYPE_BASE + " followed by one of "
                    + String.join(", ", ProblemTitles.keys()) + " (a later version may add more)");
        }
    }
}
