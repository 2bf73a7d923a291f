package org.dutyledger.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.channel.rest.ChannelPage;
import org.dutyledger.channel.rest.ChannelView;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.Today;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationQueries;
import org.dutyledger.organization.rest.OrganizationRef;
import org.dutyledger.security.OrgScope;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lists and views of channels: a page, its count, its organizations and its administrators, in four queries. */
@ApplicationScoped
public class ChannelQueries {

    public record ListFilter(Organization under, ChannelType type, ChannelStatus status, String q) {
    }

    @Inject
    EntityManager em;

    @Inject
    OrgScope scope;

    @Inject
    OrganizationQueries organizations;

    public ChannelPage list(ListFilter f, int page, int size) {
        SqlParams p = SqlParams.forJpa();
        String where = where(f, p);
        long total = ((Number) p.applyTo(em.createNativeQuery("SELECT count(*) FROM channel c"
                + " JOIN organization o ON o.id = c.organization_id" + where)).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Channel> rows = p.applyTo(em.createNativeQuery("SELECT c.* FROM channel c JOIN organization o"
                        + " ON o.id = c.organization_id" + where + " ORDER BY o.path, c.name, c.id", Channel.class))
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return new ChannelPage(views(rows), total, page, size);
    }

    /** Every channel of the filter, in register order (for the Excel export). */
    public List<ChannelView> all(ListFilter f) {
        SqlParams p = SqlParams.forJpa();
        @SuppressWarnings("unchecked")
        List<Channel> rows = p.applyTo(em.createNativeQuery("SELECT c.* FROM channel c JOIN organization o"
                + " ON o.id = c.organization_id" + where(f, p) + " ORDER BY o.path, c.name, c.id", Channel.class)).getResultList();
        return views(rows);
    }

    private String where(ListFilter f, SqlParams p) {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.readCondition("o.path", p));
        if (f.under() != null) {
            where.append(" AND o.path LIKE ").append(p.bind(f.under().path + "%"));
        }
        if (f.type() != null) {
            where.append(" AND c.type = ").append(p.bind(f.type().name()));
        }
        if (f.status() != null) {
            where.append(" AND c.status = ").append(p.bind(f.status().name()));
        }
        if (f.q() != null) {
            String like = "%" + f.q().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            String b = p.bind(like);
            where.append(" AND (lower(c.name) LIKE ").append(b).append(" OR lower(coalesce(c.url, '')) LIKE ").append(b)
                    .append(" OR lower(coalesce(c.account_id, '')) LIKE ").append(b).append(')');
        }
        return where.toString();
    }

    public ChannelView view(Channel channel) {
        return views(List.of(channel)).get(0);
    }

    public List<ChannelView> views(List<Channel> channels) {
        if (channels.isEmpty()) {
            return List.of();
        }
        Map<Long, OrganizationRef> refs = organizations.refs(channels.stream().map(c -> c.organizationId).distinct().toList());
        Map<Long, List<ChannelView.Administrator>> admins = administrators(channels.stream().map(c -> c.id).toList(), Today.date());
        Map<Long, Long> published = publishedCounts(channels.stream().map(c -> c.id).toList());
        List<ChannelView> out = new ArrayList<>(channels.size());
        for (Channel c : channels) {
            out.add(new ChannelView(c.id, refs.get(c.organizationId), c.type, c.name, c.url, c.accountId, c.status,
                    c.launchedOn, c.closedOn, c.closeReason, c.description, admins.getOrDefault(c.id, List.of()), published.getOrDefault(c.id, 0L),
                    c.version, c.createdAt, c.updatedAt));
        }
        return out;
    }

    /** Items online now (PUBLISHED); retracted ones no longer count. */
    Map<Long, Long> publishedCounts(List<Long> channelIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT channel_id, count(*) FROM publication WHERE channel_id = ANY(?1)"
                        + " AND status = 'PUBLISHED' GROUP BY channel_id")
                .setParameter(1, channelIds.toArray(Long[]::new)).getResultList();
        Map<Long, Long> out = new HashMap<>();
        rows.forEach(r -> out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return out;
    }

    /** CHANNEL_ADMIN holders on the given day, read from the duty assignments that name the channel. */
    Map<Long, List<ChannelView.Administrator>> administrators(List<Long> channelIds, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.channel_id, a.id, p.id, p.name, a.valid_from, a.valid_to
                        FROM duty_assignment a JOIN person p ON p.id = a.person_id
                        WHERE a.channel_id = ANY(?1) AND a.role = 'CHANNEL_ADMIN'
                          AND a.valid_from <= ?2 AND (a.valid_to IS NULL OR a.valid_to >= ?2)
                        ORDER BY a.valid_from, a.id""")
                .setParameter(1, channelIds.toArray(Long[]::new)).setParameter(2, day).getResultList();
        Map<Long, List<ChannelView.Administrator>> out = new HashMap<>();
        for (Object[] r : rows) {
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new ChannelView.Administrator(
                    ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), (String) r[3], localDate(r[4]), localDate(r[5])));
        }
        return out;
    }

    static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
