package org.dutyledger.integration;

import java.util.List;

/**
 * The organization side of a directory sync, implemented by the organization capability (which owns the writes):
 * integration admits the batch and the caller, the capability applies it.
 */
public interface OrganizationDirectory {

    SyncViews.Result sync(List<SyncRequests.Organization> batch, String source, boolean full, boolean deactivateMissing);
}
