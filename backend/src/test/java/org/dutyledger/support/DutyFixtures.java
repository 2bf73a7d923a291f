package org.dutyledger.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dutyledger.channel.ChannelService;
import org.dutyledger.channel.ChannelStatus;
import org.dutyledger.channel.ChannelType;
import org.dutyledger.channel.ChannelRequests;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.DutyService;
import org.dutyledger.duty.DutyRequests;

import java.time.LocalDate;
import java.util.List;

/** Duties and channels made through the services as the system: quicker than HTTP where many are needed. */
@ApplicationScoped
public class DutyFixtures {

    @Inject
    Fixtures fixtures;

    @Inject
    DutyService duties;

    @Inject
    ChannelService channels;

    public long assign(long personId, long orgId, DutyRole role, String from) {
        return fixtures.asSystem(() -> duties.assign(new DutyRequests.Assign(personId, orgId, role, LocalDate.parse(from),
                null, null, List.of(), null)).id);
    }

    public long activeChannel(long orgId, String name) {
        return fixtures.asSystem(() -> channels.create(new ChannelRequests.Create(orgId, ChannelType.WEBSITE, name, null,
                null, ChannelStatus.ACTIVE, LocalDate.of(2024, 1, 1), null)).id);
    }
}
