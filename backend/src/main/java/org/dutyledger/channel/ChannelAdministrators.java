package org.dutyledger.channel;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who administers each channel on a day. The duty ledger holds the answer (CHANNEL_ADMIN duties) and implements
 * this, so that channel depends on no duty code while duty depends on channel.
 */
public interface ChannelAdministrators {

    /** A CHANNEL_ADMIN duty naming a channel, held on the day asked about. */
    record Administration(long channelId, long assignmentId, long personId, String personName,
                          LocalDate validFrom, LocalDate validTo) {
    }

    /** The administrators of each channel on the day, earliest first. */
    Map<Long, List<Administration>> channelAdministrators(Collection<Long> channelIds, LocalDate day);
}
