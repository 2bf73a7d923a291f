package org.dutyledger.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Documents the error responses every operation can give, as problem+json, in one place rather than
 * on each resource method.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        listFieldCodes(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                describe(path, entry.getKey(), entry.getValue());
            }
        });
    }

    /** The field error codes come from {@link FieldCode}, so the contract lists exactly the codes the service gives. */
    private static void listFieldCodes(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema fieldError = openAPI.getComponents().getSchemas().get("FieldError");
        Schema code = fieldError == null || fieldError.getProperties() == null ? null : fieldError.getProperties().get("code");
        if (code != null) {
            code.setEnumeration(new java.util.ArrayList<>(java.util.List.of((Object[]) FieldCode.codes())));
        }
    }

    private void describe(String path, PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        boolean write = method != PathItem.HttpMethod.GET;
        add(responses, "400", "Malformed request: bad JSON, unknown field, wrong type, bad parameter");
        if (secured) {
            add(responses, "401", "No valid bearer token");
            add(responses, "403", "Inside your scope, but your role may not do this");
        }
        if (path.contains("{") || write) {
            add(responses, "404", "Not found, or outside your organization scope");
        }
        if (write) {
            add(responses, "409", "Version conflict or a rule of the domain refused the change");
            add(responses, "422", "Invalid input; `errors` names the fields");
        }
        add(responses, "500", "Unexpected error (logged); nothing was changed");
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code) && responses.getAPIResponse(code).getContent() != null) {
            return;
        }
        Schema problem = OASFactory.createSchema().ref("#/components/schemas/Problem");
        Content content = OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(problem));
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(content));
    }
}
