package org.dutyledger.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

@Schema(name = "OrganizationTreeNode")
public record OrganizationTreeNode(
        @Schema(required = true) long id,
        @Schema(required = true) String code,
        @Schema(required = true) String name,
        String shortName,
        @Schema(required = true) OrganizationType type,
        @Schema(required = true) boolean active,
        @Schema(required = true, description = "Number of active children, loaded or not") long childCount,
        @Schema(required = true, description = "Children within the requested depth") List<OrganizationTreeNode> children) {

    public OrganizationTreeNode {
        children = children == null ? new ArrayList<>() : children;
    }
}
