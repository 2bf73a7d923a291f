package org.dutyledger.integration;

import java.util.List;

/** The people side of a directory sync, implemented by the person capability (see {@link OrganizationDirectory}). */
public interface PeopleDirectory {

    SyncViews.Result sync(List<SyncRequests.Person> batch, String source, boolean full, boolean deactivateMissing);
}
