package org.dutyledger.duty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "DutyAssignmentPage")
public record DutyAssignmentPage(@Schema(required = true) List<DutyAssignmentView> items,
                                 @Schema(required = true) long total,
                                 @Schema(required = true) int page,
                                 @Schema(required = true) int size) {
}
