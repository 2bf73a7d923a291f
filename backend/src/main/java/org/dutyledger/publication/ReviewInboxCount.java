package org.dutyledger.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.notification.WaitingWork;

/** 待我审核's badge: exactly the items of the review inbox. */
@ApplicationScoped
public class ReviewInboxCount implements WaitingWork {

    @Inject
    PublicationQueries queries;

    @Override
    public String counter() {
        return "reviews";
    }

    @Override
    public long waitingForCaller() {
        return queries.myReviews().size();
    }
}
