package org.dutyledger.channel;

import java.util.Collection;
import java.util.Map;

/**
 * How many items each channel has online now. Publications are publication's facts: publication implements this
 * (publication.PublishedItemsOfChannels), so channel neither reads its tables nor depends on its package.
 */
public interface PublishedItems {

    /** Channel id → items PUBLISHED now (retracted ones no longer count); channels without any are left out. */
    Map<Long, Long> countsOf(Collection<Long> channelIds);
}
