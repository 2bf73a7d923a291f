package org.dutyledger.bench;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dutyledger.channel.ChannelService;
import org.dutyledger.channel.ChannelStatus;
import org.dutyledger.channel.ChannelType;
import org.dutyledger.channel.ChannelRequests;
import org.dutyledger.duty.DutyRequests;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.DutyService;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationRequests;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.organization.OrganizationType;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.person.Person;
import org.dutyledger.person.PersonRequests;
import org.dutyledger.person.PersonService;
import org.dutyledger.publication.Publication;
import org.dutyledger.publication.PublicationRequests;
import org.dutyledger.publication.PublicationService;
import org.dutyledger.publication.PublicationWorkflow;
import org.dutyledger.publication.review.DefaultReviewPolicy;
import org.dutyledger.security.CurrentUser;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * bench/package-build.sh, step one: gives one street of the bench database (bench/seed, then its obligations part)
 * what a street-sized inspection package needs (issue 17, Performance) and is still missing, through the services
 * where the figures need the audit trail: 1,000 organizations in its subtree, five people with the leading duties,
 * a channel with 2,000 publications published through both review steps (every tenth retracted), organization
 * updates until the subtree has 50,000 audit events this year, and real bytes (~100 KB each, incompressible) for
 * 10,000 evidence files of this year's fulfilment records (a second file on some records when there are fewer).
 * Each step looks at what is there first, so a rerun adds nothing. The build itself is timed by the script against the
 * packaged service. Not part of the test suite (its name does not end in Test).
 */
@QuarkusTest
@WithTestResource(BenchDatabaseResource.class)
class PackageBuildBench {

    static final String STREET = BenchSeed.env("BENCH_PACKAGE_ORG", "BN-7");
    static final int YEAR = Integer.parseInt(BenchSeed.env("BENCH_PACKAGE_YEAR", Integer.toString(LocalDate.now().getYear())));
    static final int ORGS = Integer.parseInt(BenchSeed.env("BENCH_PACKAGE_ORGS", "1000"));
    static final int PUBS = Integer.parseInt(BenchSeed.env("BENCH_PACKAGE_PUBS", "2000"));
    static final long EVENTS = Long.parseLong(BenchSeed.env("BENCH_PACKAGE_EVENTS", "50000"));
    static final int EVIDENCE = Integer.parseInt(BenchSeed.env("BENCH_PACKAGE_EVIDENCE", "10000"));
    static final int EVIDENCE_SIZE = 100 * 1024;
    /**
     * A time budget (BENCH_PACKAGE_SEED_MINUTES): when it is spent the steps stop adding (each batch is committed), so a
     * busy machine still gets a bench today; the summary says what the street has, and a rerun adds the rest.
     */
    static final long DEADLINE = System.nanoTime()
            + (long) (Double.parseDouble(BenchSeed.env("BENCH_PACKAGE_SEED_MINUTES", "600")) * 60e9);

    static boolean late() {
        return System.nanoTime() > DEADLINE;
    }

    @Inject
    OrganizationService organizations;
    @Inject
    PersonService people;
    @Inject
    DutyService duties;
    @Inject
    ChannelService channels;
    @Inject
    PublicationService publications;
    @Inject
    PublicationWorkflow workflow;
    @Inject
    EntityManager em;

    long street;
    String path;

    @Test
    void seed() throws Exception {
        java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            worker.submit(() -> {
                Object[] row = one("SELECT id, path FROM organization WHERE code = '" + STREET + "'");
                street = ((Number) row[0]).longValue();
                path = (String) row[1];
                step("organizations", this::organizations);
                step("evidence", this::evidence);
                step("staff", this::staff);
                step("publications", this::publications);
                step("audit events", this::events);
                System.out.printf("package-seed: street %s (id %d): %s organizations, %s publications in %d, %s audit events"
                                + " in %d, %s evidence files with content (%s MiB)%n", STREET, street, count(subtree("o")),
                        count(pubsOfYear()), YEAR, count(eventsOfYear()), YEAR, count(evidenceOfYear(true)),
                        one("SELECT coalesce(sum(octet_length(a.content)), 0) / 1048576 FROM fulfilment_attachment a"
                                + " JOIN fulfilment_record r ON r.id = a.record_id JOIN organization o ON o.id = r.organization_id"
                                + " WHERE " + subtree("o") + " AND " + ofYear("r.happened_on"))[0]);
                return null;
            }).get();
        } finally {
            worker.shutdown();
        }
    }

    /** Organizations under the street's communities (round robin) until its subtree has ORGS. */
    long organizations() {
        long have = count(subtree("o"));
        List<Long> parents = longs("SELECT id FROM organization o WHERE parent_id = " + street + " ORDER BY id");
        if (parents.isEmpty()) {
            parents = List.of(street);
        }
        long added = 0;
        for (long n = have; n < ORGS && !late(); n += 100) {
            long from = n;
            List<Long> under = parents;
            added += as(null, () -> QuarkusTransaction.requiringNew().timeout(1800).call(() -> {
                long k = 0;
                for (long i = from; i < Math.min(ORGS, from + 100); i++, k++) {
                    organizations.create(new OrganizationRequests.Create("BNP-" + STREET.substring(3) + "-" + i, "基准网格" + i,
                            null, OrganizationType.PARTY_BRANCH, under.get((int) (i % under.size())), (int) i));
                }
                return k;
            }));
        }
        return added;
    }

    /** Five people of the street: an office director (author), the 第一责任人, the 直接责任人, two members; a channel. */
    long staff() {
        if (count("EXISTS (SELECT 1 FROM person p WHERE p.username = 'pk0')") > 0) {
            return 0;
        }
        return as(null, () -> QuarkusTransaction.requiringNew().call(() -> {
            long[] ids = new long[5];
            for (int k = 0; k < 5; k++) {
                Person p = people.create(new PersonRequests.Create("街道干部" + k, k == 0 ? "办公室主任" : "干部", null, null,
                        "PK" + k, "pk" + k, true, List.of(new PersonRequests.MembershipEntry(street,
                        k == 0 ? MembershipRole.STAFF : MembershipRole.MEMBER, true))));
                ids[k] = p.id;
            }
            DutyRequests.Basis basis = new DutyRequests.Basis("基准〔2026〕7号", "关于明确网络意识形态工作责任分工的通知");
            LocalDate from = LocalDate.of(YEAR - 1, 1, 1);
            duties.assign(new DutyRequests.Assign(ids[1], street, DutyRole.FIRST_RESPONSIBLE, from, null, basis, null, null));
            duties.assign(new DutyRequests.Assign(ids[2], street, DutyRole.DIRECT_RESPONSIBLE, from, null, basis, null, null));
            duties.assign(new DutyRequests.Assign(ids[3], street, DutyRole.LIAISON, from, null, null, null, null));
            channels.create(new ChannelRequests.Create(street, ChannelType.WECHAT_OFFICIAL_ACCOUNT, "基准街道发布", null, null,
                    ChannelStatus.ACTIVE, from, null));
            return 5L;
        }));
    }

    /** Published through both review steps, every tenth retracted afterwards: each one a 审核单 with its trace. */
    long publications() {
        long channel = ((Number) one("SELECT id FROM channel WHERE organization_id = " + street + " AND name = '基准街道发布'")[0]).longValue();
        long have = ((Number) one("SELECT count(*) FROM publication WHERE channel_id = " + channel)[0]).longValue();
        List<PublicationRequests.Answer> checklist = DefaultReviewPolicy.CHECKLIST.stream()
                .map(item -> new PublicationRequests.Answer(item, true)).toList();
        long t0 = System.nanoTime();
        for (long n = have; n < PUBS && !late(); n += 20) {
            long from = n;
            QuarkusTransaction.requiringNew().timeout(1800).run(() -> {
                for (long n2 = from; n2 < Math.min(PUBS, from + 20); n2++) {
                    long i = n2;
                    String body = "<p>基准街道稿件正文 " + i + "：深入学习贯彻党的创新理论，做好网络意识形态工作。</p><p>"
                            + "社区开展主题宣传活动，居民踊跃参与。".repeat(8) + "</p>";
                    Publication p = as("pk0", () -> publications.create(new PublicationRequests.Create(channel,
                            "基准街道稿件 " + i, "摘要 " + i, body, null)));
                    as("pk0", () -> workflow.submit(p.id, new PublicationRequests.Transition(p.version)));
                    as("pk2", () -> workflow.approve(p.id, new PublicationRequests.Approve(p.version, checklist, "同意")));
                    as("pk1", () -> workflow.approve(p.id, new PublicationRequests.Approve(p.version, checklist, "同意发布")));
                    as("pk0", () -> workflow.publish(p.id, new PublicationRequests.Publish(p.version, PublicationRequests.When.NOW)));
                    if (i % 10 == 9) {
                        as("pk1", () -> workflow.retract(p.id, new PublicationRequests.Retract(p.version, "数据有误，撤稿核实")));
                    }
                }
            });
            progress("publications", Math.min(PUBS, from + 20) - have, PUBS - have, t0);
        }
        return Math.max(0, PUBS - have);
    }

    /** Organization updates inside the subtree, round robin, until it has EVENTS audit events this year. */
    long events() {
        long have = count(eventsOfYear());
        List<Long> orgs = longs("SELECT id FROM organization o WHERE " + subtree("o") + " ORDER BY id");
        long t0 = System.nanoTime();
        for (long n = have; n < EVENTS && !late(); n += 500) {
            long from = n;
            as(null, () -> QuarkusTransaction.requiringNew().timeout(1800).call(() -> {
                for (long i = from; i < Math.min(EVENTS, from + 500); i++) {
                    long id = orgs.get((int) (i % orgs.size()));
                    Organization o = em.find(Organization.class, id);
                    organizations.update(id, new OrganizationRequests.Update(o.version, null, "简称" + i, null, null));
                }
                return null;
            }));
            progress("audit events", Math.min(EVENTS, from + 500) - have, EVENTS - have, t0);
        }
        return Math.max(0, EVENTS - have);
    }

    /**
     * Real bytes for this year's evidence rows of the subtree (empty until now), then second files on the records
     * until EVIDENCE files have content: a random ~100 KB slice of a block (incompressible like a photo), made unique
     * by its first bytes, with its true size and SHA-256.
     */
    long evidence() throws Exception {
        long have = count(evidenceOfYear(true));
        if (have >= EVIDENCE) {
            return 0;
        }
        byte[] block = new byte[2 * EVIDENCE_SIZE];
        new Random(17).nextBytes(block);
        List<Long> empty = longs("SELECT a.id FROM fulfilment_attachment a JOIN fulfilment_record r ON r.id = a.record_id"
                + " JOIN organization o ON o.id = r.organization_id WHERE " + subtree("o") + " AND " + ofYear("r.happened_on")
                + " AND octet_length(a.content) = 0 ORDER BY a.id LIMIT " + (EVIDENCE - have));
        List<Long> records = longs("SELECT r.id FROM fulfilment_record r JOIN organization o ON o.id = r.organization_id WHERE "
                + subtree("o") + " AND " + ofYear("r.happened_on") + " ORDER BY r.id");
        long missing = EVIDENCE - have - empty.size();
        long t0 = System.nanoTime();
        long done = 0;
        long total = EVIDENCE - have;
        for (int from = 0; from < total && !late(); from += 100) {
            int start = from;
            QuarkusTransaction.requiringNew().timeout(1800).run(() -> {
                for (int i = start; i < Math.min(total, start + 100); i++) {
                    byte[] bytes = evidenceBytes(block, i + have);
                    String sha = sha256(bytes);
                    if (i < empty.size()) {
                        em.createNativeQuery("UPDATE fulfilment_attachment SET content = ?1, size_bytes = ?2, sha256 = ?3,"
                                        + " file_name = ?4, media_type = 'image/jpeg' WHERE id = ?5")
                                .setParameter(1, bytes).setParameter(2, (long) bytes.length).setParameter(3, sha)
                                .setParameter(4, "现场照片" + (i + have) + ".jpg").setParameter(5, empty.get(i)).executeUpdate();
                    } else {
                        long record = records.get((i - empty.size()) % records.size());
                        em.createNativeQuery("INSERT INTO fulfilment_attachment (record_id, file_name, media_type, size_bytes,"
                                        + " sha256, content, uploaded_at) VALUES (?1, ?2, 'image/jpeg', ?3, ?4, ?5, now())")
                                .setParameter(1, record).setParameter(2, "现场照片" + (i + have) + ".jpg")
                                .setParameter(3, (long) bytes.length).setParameter(4, sha).setParameter(5, bytes).executeUpdate();
                    }
                }
            });
            done = Math.min(total, from + 100);
            progress("evidence", done, total, t0);
        }
        System.out.printf("package-seed:   … %,d files given content, %,d added as second files%n",
                Math.min(total, empty.size()), Math.max(0, missing));
        return done;
    }

    static byte[] evidenceBytes(byte[] block, long n) {
        int size = EVIDENCE_SIZE + (int) ((n * 37) % 8192);
        int offset = (int) ((n * 104_729) % EVIDENCE_SIZE);
        byte[] bytes = java.util.Arrays.copyOfRange(block, offset, offset + size);
        byte[] label = ("evidence " + n + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(label, 0, bytes, 0, label.length);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ conditions and plumbing

    String subtree(String alias) {
        return alias + ".path LIKE '" + path + "%'";
    }

    String ofYear(String column) {
        return column + " >= DATE '" + YEAR + "-01-01' AND " + column + " < DATE '" + (YEAR + 1) + "-01-01'";
    }

    String eventsOfYear() {
        return "EXISTS (SELECT 1 FROM audit_event e JOIN organization x ON x.id = e.organization_id WHERE x.id = o.id"
                + " AND e.occurred_at >= TIMESTAMPTZ '" + YEAR + "-01-01 00:00+08' AND e.occurred_at < TIMESTAMPTZ '"
                + (YEAR + 1) + "-01-01 00:00+08')";
    }

    String pubsOfYear() {
        return "EXISTS (SELECT 1 FROM publication p WHERE p.organization_id = o.id AND (p.published_at IS NOT NULL"
                + " OR p.retracted_at IS NOT NULL))";
    }

    String evidenceOfYear(boolean withContent) {
        return "EXISTS (SELECT 1 FROM fulfilment_attachment a JOIN fulfilment_record r ON r.id = a.record_id"
                + " WHERE r.organization_id = o.id AND " + ofYear("r.happened_on") + (withContent ? " AND octet_length(a.content) > 0" : "") + ")";
    }

    /** How many rows of the subtree's organizations the condition's table has (the condition's EXISTS counted per row). */
    long count(String condition) {
        String sql;
        if (condition.startsWith("EXISTS (SELECT 1 FROM audit_event")) {
            sql = "SELECT count(*) FROM audit_event e JOIN organization o ON o.id = e.organization_id WHERE " + subtree("o")
                    + " AND e.occurred_at >= TIMESTAMPTZ '" + YEAR + "-01-01 00:00+08' AND e.occurred_at < TIMESTAMPTZ '"
                    + (YEAR + 1) + "-01-01 00:00+08'";
        } else if (condition.startsWith("EXISTS (SELECT 1 FROM publication")) {
            sql = "SELECT count(*) FROM publication p JOIN organization o ON o.id = p.organization_id WHERE " + subtree("o")
                    + " AND (p.published_at IS NOT NULL OR p.retracted_at IS NOT NULL)";
        } else if (condition.startsWith("EXISTS (SELECT 1 FROM fulfilment_attachment")) {
            sql = "SELECT count(*) FROM fulfilment_attachment a JOIN fulfilment_record r ON r.id = a.record_id JOIN organization o"
                    + " ON o.id = r.organization_id WHERE " + subtree("o") + " AND " + ofYear("r.happened_on")
                    + (condition.contains("octet_length") ? " AND octet_length(a.content) > 0" : "");
        } else if (condition.startsWith("EXISTS")) {
            sql = "SELECT count(*) FROM (SELECT 1) x WHERE " + condition;
        } else {
            sql = "SELECT count(*) FROM organization o WHERE " + condition;
        }
        return ((Number) one(sql)[0]).longValue();
    }

    Object[] one(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object r = em.createNativeQuery(sql).getSingleResult();
            return r instanceof Object[] a ? a : new Object[]{r};
        });
    }

    @SuppressWarnings("unchecked")
    List<Long> longs(String sql) {
        List<Long> out = new ArrayList<>();
        QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).getResultList())
                .forEach(v -> out.add(((Number) v).longValue()));
        return out;
    }

    interface Step {
        long run() throws Exception;
    }

    void step(String name, Step step) throws Exception {
        long t0 = System.nanoTime();
        long n = step.run();
        System.out.printf("package-seed: %-14s %,9d added in %7.1f s%n", name, n, (System.nanoTime() - t0) / 1e9);
    }

    long lastReport;

    void progress(String name, long done, long total, long t0) {
        if (System.nanoTime() - lastReport > 30e9 || done >= total) {
            lastReport = System.nanoTime();
            System.out.printf("package-seed:   … %s %,d of %,d (%.0f s)%n", name, done, total, (lastReport - t0) / 1e9);
        }
    }

    /** Runs the work as the named user (a person linked by username), or as the system when username is null. */
    <T> T as(String username, Supplier<T> work) {
        ManagedContext rc = Arc.container().requestContext();
        rc.activate();
        try {
            if (username == null) {
                Arc.container().instance(CurrentUser.class).get().actAsSystem();
            } else {
                Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(
                        QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).build());
            }
            return work.get();
        } finally {
            rc.terminate();
        }
    }
}
