package org.dutyledger.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of recomputing the audit chain. */
@Schema(name = "AuditVerification")
public record VerificationResult(
        @Schema(required = true) boolean ok,
        @Schema(required = true, description = "Events whose hash was recomputed and matched") long verified,
        @Schema(description = "Sequence number of the first event that does not verify") Long firstBrokenSeq,
        @Schema(required = true) long headSeq,
        @Schema(required = true) String detail) {
}
