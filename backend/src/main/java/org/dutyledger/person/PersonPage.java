package org.dutyledger.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PersonPage")
public record PersonPage(@Schema(required = true) List<PersonView> items,
                         @Schema(required = true) long total,
                         @Schema(required = true) int page,
                         @Schema(required = true) int size) {
}
