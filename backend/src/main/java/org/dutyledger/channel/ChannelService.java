package org.dutyledger.channel;

import java.util.Map;
import org.dutyledger.common.FieldCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.dutyledger.audit.AuditTrail;
import org.dutyledger.audit.Changes;
import org.dutyledger.common.ProblemException;
import org.dutyledger.common.Texts;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRepository;
import org.dutyledger.security.OrgScope;

import java.time.Instant;
import java.time.LocalDate;

/** The channel register: each change authorized by the owner organization's scope and audited. */
@ApplicationScoped
public class ChannelService {

    static final String ENTITY = "channel";

    @Inject
    ChannelRepository channels;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrgScope scope;

    @Inject
    AuditTrail audit;

    @Inject
    Event<ChannelClosed> closedEvents;

    /** Reads one channel, as 404 when its organization is outside the caller's scope. */
    public Channel get(long id) {
        Channel channel = channels.require(id);
        scope.requireRead(organizations.require(channel.organizationId).path, "Channel", id);
        return channel;
    }

    @Transactional
    public Channel create(ChannelRequests.Create req) {
        Organization org = organizations.findById(req.organizationId());
        if (org == null || !scope.canRead(org.path)) {
            throw ProblemException.unknownReference("organizationId", "organization", req.organizationId());
        }
        scope.requireWrite(org.path, "Organization", org.id);
        if (!org.active) {
            throw ProblemException.invalid("organizationId", FieldCode.DISSOLVED, Map.of("organizationId", org.id));
        }
        ChannelStatus status = req.status() == null ? ChannelStatus.PENDING_LAUNCH : req.status();
        if (status == ChannelStatus.CLOSED) {
            throw ProblemException.invalid("status", FieldCode.BAD_NEW_STATUS);
        }
        Channel c = new Channel();
        c.organizationId = org.id;
        c.type = req.type();
        c.name = requireName(req.name());
        c.url = ChannelUrl.check(req.url());
        c.accountId = Texts.clean(req.accountId());
        c.status = status;
        c.launchedOn = status == ChannelStatus.ACTIVE ? orToday(req.launchedOn()) : null;
        if (status == ChannelStatus.PENDING_LAUNCH && req.launchedOn() != null) {
            throw ProblemException.invalid("launchedOn", FieldCode.LAUNCH_DATE_WHEN_ACTIVE);
        }
        c.description = Texts.clean(req.description());
        c.createdAt = c.updatedAt = Instant.now();
        channels.persist(c);
        audit.record("channel.created", ENTITY, c.id, c.organizationId, Changes.create()
                .put("type", null, c.type)
                .put("name", null, c.name)
                .put("url", null, c.url)
                .put("accountId", null, c.accountId)
                .put("status", null, c.status)
                .put("launchedOn", null, c.launchedOn)
                .put("description", null, c.description));
        return c;
    }

    @Transactional
    public Channel update(long id, ChannelRequests.Update req) {
        Channel c = writable(id, req.version());
        if (c.status == ChannelStatus.CLOSED) {
            throw ProblemException.conflict("阵地 " + id + " 已关闭，其登记信息保持原样",
                    "Channel " + id + " is closed; its register entry is kept as it was");
        }
        Changes changes = Changes.create();
        if (req.type() != null) {
            changes.put("type", c.type, req.type());
            c.type = req.type();
        }
        if (req.name() != null) {
            String name = requireName(req.name());
            changes.put("name", c.name, name);
            c.name = name;
        }
        if (req.url() != null) {
            String url = ChannelUrl.check(req.url());
            changes.put("url", c.url, url);
            c.url = url;
        }
        if (req.accountId() != null) {
            changes.put("accountId", c.accountId, Texts.clean(req.accountId()));
            c.accountId = Texts.clean(req.accountId());
        }
        if (req.description() != null) {
            changes.put("description", c.description, Texts.clean(req.description()));
            c.description = Texts.clean(req.description());
        }
        launch(c, req, changes);
        if (!changes.isEmpty()) {
            c.updatedAt = Instant.now();
            audit.record("channel.updated", ENTITY, c.id, c.organizationId, changes);
        }
        return c;
    }

    /** Closing ends the channel's administrators on the same day (see ChannelClosed). */
    @Transactional
    public Channel close(long id, ChannelRequests.Close req) {
        Channel c = writable(id, req.version());
        if (c.status == ChannelStatus.CLOSED) {
            throw ProblemException.conflict("阵地 " + id + " 已于 " + c.closedOn + " 关闭",
                    "Channel " + id + " was already closed on " + c.closedOn);
        }
        if (c.launchedOn != null && req.closedOn().isBefore(c.launchedOn)) {
            throw ProblemException.invalid("closedOn", FieldCode.BEFORE_START, Map.of("start", c.launchedOn.toString()));
        }
        Changes changes = Changes.create()
                .put("status", c.status, ChannelStatus.CLOSED)
                .put("closedOn", c.closedOn, req.closedOn())
                .put("reason", null, req.reason().strip());
        c.status = ChannelStatus.CLOSED;
        c.closedOn = req.closedOn();
        c.closeReason = req.reason().strip();
        c.updatedAt = Instant.now();
        audit.record("channel.closed", ENTITY, c.id, c.organizationId, changes);
        closedEvents.fire(new ChannelClosed(c.id, c.organizationId, c.closedOn, c.closeReason));
        return c;
    }

    private static void launch(Channel c, ChannelRequests.Update req, Changes changes) {
        if (req.status() == ChannelStatus.CLOSED) {
            throw ProblemException.invalid("status", FieldCode.CLOSE_WITH_ACTION);
        }
        if (req.status() == ChannelStatus.PENDING_LAUNCH && c.status == ChannelStatus.ACTIVE) {
            throw ProblemException.invalid("status", FieldCode.CANNOT_UNLAUNCH);
        }
        boolean launching = req.status() == ChannelStatus.ACTIVE && c.status == ChannelStatus.PENDING_LAUNCH;
        if (req.launchedOn() != null && !launching && c.status != ChannelStatus.ACTIVE) {
            throw ProblemException.invalid("launchedOn", FieldCode.LAUNCH_DATE_WHEN_ACTIVE);
        }
        LocalDate launchedOn = launching ? orToday(req.launchedOn()) : req.launchedOn() != null ? req.launchedOn() : c.launchedOn;
        changes.put("status", c.status, launching ? ChannelStatus.ACTIVE : c.status);
        changes.put("launchedOn", c.launchedOn, launchedOn);
        if (launching) {
            c.status = ChannelStatus.ACTIVE;
        }
        c.launchedOn = launchedOn;
    }

    private Channel writable(long id, Long version) {
        Channel c = channels.require(id);
        scope.requireWrite(organizations.require(c.organizationId).path, "Channel", id);
        if (version == null || version != c.version) {
            throw ProblemException.versionConflict("Channel", id, version == null ? -1 : version, c.version);
        }
        return c;
    }

    private static LocalDate orToday(LocalDate date) {
        return date == null ? org.dutyledger.common.Today.date() : date;
    }

    private static String requireName(String raw) {
        String name = Texts.clean(raw);
        if (name == null) {
            throw ProblemException.invalid("name", FieldCode.REQUIRED);
        }
        return name;
    }
}
