package org.dutyledger.channel;

import jakarta.enterprise.context.ApplicationScoped;
import org.dutyledger.common.ConstraintRefusals;
import org.dutyledger.common.ProblemException;

import java.util.Optional;

/** The channel table's check on its dates: a channel closes on or after its launch (422 on closedOn). */
@ApplicationScoped
public class ChannelConstraints implements ConstraintRefusals {

    @Override
    public Optional<ProblemException> refusal(String constraint, String sqlState, String detail) {
        return "channel_closed_after_launch".equals(constraint) && "23514".equals(sqlState)
                ? Optional.of(ConstraintRefusals.inconsistentDates("closedOn")) : Optional.empty();
    }
}
