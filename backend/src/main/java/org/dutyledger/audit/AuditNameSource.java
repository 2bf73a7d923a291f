package org.dutyledger.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Names the records of one kind (organization, person, channel, publication) for the audit trail's view. Each
 * capability names its own table and applies its own read rule: an id the caller may not read is left out of the
 * answer, so the web app shows it as out of scope instead of leaking the name.
 */
public interface AuditNameSource {

    /** The kind of record this source names: "organization", "person", "channel" or "publication". */
    String kind();

    /** The display names of those of `ids` the caller may read. */
    Map<Long, String> readableNames(Collection<Long> ids);
}
