package org.dutyledger.duty;

import org.dutyledger.channel.ChannelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.audit.Changes;

import java.time.LocalDate;
import java.util.List;

/** The readable form of an assignment in the audit trail: names next to ids, so the trail reads without joins. */
@ApplicationScoped
public class DutyAudit {

    record Snapshot(String person, String role, String validFrom, String validTo, String basisNumber,
                    String basisTitle, String scope, String channel) {
        static final Snapshot EMPTY = new Snapshot(null, null, null, null, null, null, null, null);
    }

    @Inject
    EntityManager em;

    @Inject
    ChannelRepository channels;

    Snapshot snapshot(DutyAssignment a, List<Long> scopeIds) {
        return snapshot(a.personId, a.role, a.validFrom, a.validTo, a.basisNumber, a.basisTitle, a.channelId, scopeIds);
    }

    /** Runs queries, which flush the session: take both snapshots before changing the entity. */
    Snapshot snapshot(long personId, DutyRole role, LocalDate validFrom, LocalDate validTo, String basisNumber,
                      String basisTitle, Long channelId, List<Long> scopeIds) {
        String scope = scopeIds.isEmpty() ? null : String.join("; ", scopeIds.stream().map(this::organizationName).toList());
        String channel = channelId == null ? null : channelName(channelId) + " #" + channelId;
        return new Snapshot(personName(personId) + " #" + personId, role.name(), validFrom.toString(),
                validTo == null ? null : validTo.toString(), basisNumber, basisTitle, scope, channel);
    }

    static Changes changes(Snapshot before, Snapshot after) {
        return Changes.create()
                .put("person", before.person(), after.person())
                .put("role", before.role(), after.role())
                .put("validFrom", before.validFrom(), after.validFrom())
                .put("validTo", before.validTo(), after.validTo())
                .put("basisNumber", before.basisNumber(), after.basisNumber())
                .put("basisTitle", before.basisTitle(), after.basisTitle())
                .put("scope", before.scope(), after.scope())
                .put("channel", before.channel(), after.channel());
    }

    String personName(long personId) {
        return (String) em.createNativeQuery("SELECT name FROM person WHERE id = ?1").setParameter(1, personId).getSingleResult();
    }

    private String organizationName(long id) {
        Object[] r = (Object[]) em.createNativeQuery("SELECT code, name FROM organization WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
        return r[0] + " " + r[1] + " #" + id;
    }

    private String channelName(long id) {
        return channels.require(id).name;
    }
}
