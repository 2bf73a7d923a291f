package org.dutyledger.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.common.SqlParams;
import org.dutyledger.common.Today;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationQueries;
import org.dutyledger.organization.OrganizationRef;
import org.dutyledger.security.OrgScope;

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

    @Inject
    ChannelAdministrators duties;

    @Inject
    PublishedItems publishedItems;

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
        Map<Long, Long> published = publishedItems.countsOf(channels.stream().map(c -> c.id).toList());
        List<ChannelView> out = new ArrayList<>(channels.size());
        for (Channel c : channels) {
            out.add(new ChannelView(c.id, refs.get(c.organizationId), c.type, c.name, c.url, c.accountId, c.status,
                    c.launchedOn, c.closedOn, c.closeReason, c.description, admins.getOrDefault(c.id, List.of()), published.getOrDefault(c.id, 0L),
                    c.version, c.createdAt, c.updatedAt));
        }
        return out;
    }

    /** CHANNEL_ADMIN holders on the given day: the duty ledger's answer, as the channel's view shows it. */
    Map<Long, List<ChannelView.Administrator>> administrators(List<Long> channelIds, LocalDate day) {
        Map<Long, List<ChannelView.Administrator>> out = new HashMap<>();
        duties.channelAdministrators(channelIds, day).forEach((channelId, admins) -> out.put(channelId, admins.stream()
                .map(a -> new ChannelView.Administrator(a.assignmentId(), a.personId(), a.personName(), a.validFrom(),
                        a.validTo())).toList()));
        return out;
    }
}
