package org.dutyledger.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.dutyledger.common.VersionedEntity;
import org.hibernate.annotations.DynamicUpdate;

import java.time.LocalDate;

/** An outlet of the organization (website, official account, work group, …) with its launch and closing dates. */
@Entity
@Table(name = "channel")
@DynamicUpdate
public class Channel extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "channel_seq", sequenceName = "channel_seq", allocationSize = 50)
    @GeneratedValue(generator = "channel_seq")
    public Long id;

    @Column(name = "organization_id", nullable = false)
    public long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ChannelType type;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 1000)
    public String url;

    @Column(name = "account_id", length = 200)
    public String accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ChannelStatus status;

    @Column(name = "launched_on")
    public LocalDate launchedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "close_reason", length = 500)
    public String closeReason;

    @Column(length = 2000)
    public String description;

    /** In service on that day: launched by then and not yet closed (the closing day no longer counts). */
    public boolean activeOn(LocalDate day) {
        return launchedOn != null && !launchedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }
}
