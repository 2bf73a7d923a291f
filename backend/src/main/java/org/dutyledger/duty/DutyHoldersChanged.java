package org.dutyledger.duty;

import java.time.LocalDate;

/**
 * Fired inside the transaction in which an assignment started, ended or was corrected: from `from` on, the holders of
 * `role` in the organization may differ. Capabilities that keep something per holder (per-holder obligations)
 * observe it; duty knows nothing of them.
 */
public record DutyHoldersChanged(long organizationId, DutyRole role, LocalDate from) {
}
