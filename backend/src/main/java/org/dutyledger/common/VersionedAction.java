package org.dutyledger.common;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of an action that changes nothing but the state of a versioned thing (dissolve, rotate a secret). */
@Schema(name = "VersionedAction")
public record VersionedAction(@NotNull @Schema(required = true) Long version) {
}
