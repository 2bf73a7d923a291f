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
import org.dutyledger.duty.DutyAssignment;
import org.dutyledger.duty.DutyRole;
import org.dutyledger.duty.DutyService;
import org.dutyledger.duty.DutyRequests;
import org.dutyledger.obligation.PeriodKind;
import org.dutyledger.obligation.Periods;
import org.dutyledger.obligation.StatusRule;
import org.dutyledger.organization.Organization;
import org.dutyledger.organization.OrganizationService;
import org.dutyledger.organization.OrganizationType;
import org.dutyledger.organization.OrganizationRequests;
import org.dutyledger.person.MembershipRole;
import org.dutyledger.person.Person;
import org.dutyledger.person.PersonService;
import org.dutyledger.person.PersonRequests;
import org.dutyledger.publication.Publication;
import org.dutyledger.publication.PublicationService;
import org.dutyledger.publication.PublicationWorkflow;
import org.dutyledger.publication.PublicationRequests;
import org.dutyledger.publication.review.DefaultReviewPolicy;
import org.dutyledger.security.CurrentUser;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;

/**
 * bench/seed: fills the bench database through the application services in-process (the same validation,
 * scope checks and audit chain as the API, many changes per transaction). Every part looks at what is
 * already there and only adds what is missing, so a rerun (or a larger BENCH_SCALE) resumes.
 * Sizes at BENCH_SCALE=1: 10,000 organizations six levels deep, 50,000 people, ~100,000 duty assignments,
 * 100,000 publications, and organization/person updates until the audit chain holds 1,000,000 events;
 * then obligations (see {@link #obligations}).
 * Not part of the test suite (its name does not end in Test).
 */
@QuarkusTest
@WithTestResource(BenchDatabaseResource.class)
class BenchSeed {

    static final double SCALE = Double.parseDouble(env("BENCH_SCALE", "1"));
    static final int ORGS = Integer.parseInt(env("BENCH_ORGS", Long.toString(Math.round(10_000 * SCALE))));
    /** Organizations that get people, duties and (every 5th) a channel with publications: the first STAFFED. */
    static final int STAFFED = Math.min(ORGS, Integer.parseInt(env("BENCH_STAFFED_ORGS", Integer.toString(ORGS))));
    static final int PEOPLE_PER_ORG = 5;
    static final int CHANNEL_EVERY = 5;             // every 5th organization runs a channel
    static final int PUBS_PER_CHANNEL = 50;         // 2,000 channels × 50 = 100,000 publications
    static final int PUBS = Integer.parseInt(env("BENCH_PUBS", Long.toString(Math.round(100_000 * SCALE))));
    static final long EVENTS = Long.parseLong(env("BENCH_EVENTS", Long.toString(Math.round(1_000_000 * SCALE))));
    static final int FAN_OUT = 6;
    static final int LEVELS = 6;
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"};
    static final String[] GIVEN = {"建国", "明华", "晓燕", "桂兰", "志强", "海涛", "丽娟", "国庆", "春梅", "文博", "思远", "雅琴"};
    static final OrganizationType[] TYPES = {OrganizationType.PARTY_COMMITTEE, OrganizationType.PARTY_COMMITTEE,
            OrganizationType.PARTY_WORKING_COMMITTEE, OrganizationType.COMMUNITY, OrganizationType.PARTY_BRANCH, OrganizationType.DEPARTMENT};
    static final String[] LEVEL_NAMES = {"基准市委", "基准区委", "基准街道", "基准社区", "基准支部", "基准单位"};

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

    /** Index (BFS order) → id of the organizations BN-0 … BN-(ORGS-1). */
    final Map<Integer, Long> orgIds = new HashMap<>();
    /** Person index (org × 5 + k) → id. */
    final Map<Integer, Long> personIds = new HashMap<>();
    int[] levelStart;
    long lastReport;
    int[] levelSize;

    @Test
    void seed() throws Exception {
        // A thread of its own: each unit of work opens its own request context (the acting user) there.
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            worker.submit(() -> {
                shape();
                long t0 = System.nanoTime();
                part("organizations", this::organizations);
                part("people", this::people);
                part("duties", this::duties);
                part("channels", this::channels);
                part("publications", this::publications);
                part("audit fill", this::fill);
                part("obligations", this::obligations);
                System.out.printf("seed: total %.1f s%n", (System.nanoTime() - t0) / 1e9);
                summary();
                return null;
            }).get();
        } finally {
            worker.shutdown();
        }
    }

    // ------------------------------------------------------------------ parts

    /** Level sizes: fan-out 6 down to level 4, the rest on level 5 (1, 6, 36, 216, 1296, 8445 at scale 1). */
    void shape() {
        levelStart = new int[LEVELS];
        levelSize = new int[LEVELS];
        int remaining = ORGS;
        int start = 0;
        for (int k = 0; k < LEVELS; k++) {
            int size = k == 0 ? 1 : k == LEVELS - 1 ? remaining : Math.min(remaining, levelSize[k - 1] * FAN_OUT);
            levelStart[k] = start;
            levelSize[k] = size;
            start += size;
            remaining -= size;
        }
    }

    int level(int index) {
        for (int k = LEVELS - 1; k >= 0; k--) {
            if (levelSize[k] > 0 && index >= levelStart[k]) {
                return k;
            }
        }
        return 0;
    }

    int parent(int index) {
        int k = level(index);
        return k == 0 ? -1 : levelStart[k - 1] + (index - levelStart[k]) % levelSize[k - 1];
    }

    long organizations() {
        loadOrgIds();
        long city = ((Number) sql("SELECT id FROM organization WHERE code = 'CITY'")).longValue();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < ORGS; i++) {
            if (!orgIds.containsKey(i)) {
                missing.add(i);
            }
        }
        batches(missing, 100, null, i -> {
            int k = level(i);
            Long parentId = k == 0 ? city : orgIds.get(parent(i));
            Organization o = organizations.create(new OrganizationRequests.Create("BN-" + i,
                    LEVEL_NAMES[k] + i, k == 0 ? "基准" : null, TYPES[k], parentId, i % 100));
            orgIds.put(i, o.id);
        });
        return missing.size();
    }

    long people() {
        loadPersonIds();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < STAFFED * PEOPLE_PER_ORG; i++) {
            if (!personIds.containsKey(i)) {
                missing.add(i);
            }
        }
        batches(missing, 100, null, i -> {
            int org = i / PEOPLE_PER_ORG;
            int k = i % PEOPLE_PER_ORG;
            List<PersonRequests.MembershipEntry> m = new ArrayList<>();
            m.add(new PersonRequests.MembershipEntry(orgIds.get(org), k == 0 ? MembershipRole.STAFF : MembershipRole.MEMBER, true));
            if (k == 4 && org > 0) {
                m.add(new PersonRequests.MembershipEntry(orgIds.get(parent(org)), MembershipRole.MEMBER, false));
            }
            Person p = people.create(new PersonRequests.Create(SURNAMES[i % SURNAMES.length] + GIVEN[(i / 16) % GIVEN.length] + (i % 97),
                    k == 0 ? "办公室主任" : "干部", "0710-" + (5_000_000 + i), null, "BP" + i, "bp" + i, true, m));
            personIds.put(i, p.id);
        });
        return missing.size();
    }

    /**
     * Per organization about ten assignments with history: a 第一责任人 handed over, a 直接责任人 (corrected in
     * every third, handed over in every second), a 联络员 ended and succeeded (left vacant in every tenth),
     * a 宣传委员 and four 信息员.
     */
    long duties() {
        Set<Long> done = longs("SELECT DISTINCT organization_id FROM duty_assignment");
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < STAFFED; i++) {
            if (!done.contains(orgIds.get(i))) {
                todo.add(i);
            }
        }
        batches(todo, 5, null, i -> {
            long org = orgIds.get(i);
            long p0 = personIds.get(i * 5), p1 = personIds.get(i * 5 + 1), p2 = personIds.get(i * 5 + 2),
                    p3 = personIds.get(i * 5 + 3), p4 = personIds.get(i * 5 + 4);
            DutyRequests.Basis basis = new DutyRequests.Basis("基准〔2019〕" + i + "号", "关于明确网络意识形态工作责任分工的通知");
            assign(p0, org, DutyRole.FIRST_RESPONSIBLE, LocalDate.of(2019, 1, 1), null, basis);
            duties.handOver(org, new DutyRequests.Handover(DutyRole.FIRST_RESPONSIBLE, p1, LocalDate.of(2023, 3, 1), basis, null));
            DutyAssignment direct = assign(p2, org, DutyRole.DIRECT_RESPONSIBLE, LocalDate.of(2020, 1, 1), null, basis);
            if (i % 3 == 0) {
                duties.correct(direct.id, new DutyRequests.Correct(direct.version, "文号录入错误", p2, DutyRole.DIRECT_RESPONSIBLE,
                        LocalDate.of(2020, 1, 1), null, new DutyRequests.Basis("基准〔2020〕" + i + "号", basis.title()), null, null));
            }
            if (i % 2 == 0) {
                duties.handOver(org, new DutyRequests.Handover(DutyRole.DIRECT_RESPONSIBLE, p3, LocalDate.of(2024, 6, 1), basis, null));
            }
            DutyAssignment liaison = assign(p4, org, DutyRole.LIAISON, LocalDate.of(2021, 1, 1), null, null);
            duties.end(liaison.id, new DutyRequests.End(liaison.version, LocalDate.of(2023, 12, 31), "调任"));
            if (i % 10 != 0) {
                assign(p3, org, DutyRole.LIAISON, LocalDate.of(2024, 1, 1), null, null);
            }
            assign(p4, org, DutyRole.PROPAGANDA_OFFICER, LocalDate.of(2022, 1, 1), null, null);
            for (long info : new long[]{p0, p1, p2, p4}) {
                assign(info, org, DutyRole.INFORMATION_OFFICER, LocalDate.of(2022, 5, 1), null, null);
            }
        });
        return todo.size();
    }

    DutyAssignment assign(long person, long org, DutyRole role, LocalDate from, LocalDate to, DutyRequests.Basis basis) {
        return duties.assign(new DutyRequests.Assign(person, org, role, from, to, basis, null, null));
    }

    long channels() {
        Set<Long> done = longs("SELECT DISTINCT organization_id FROM channel");
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < STAFFED; i += CHANNEL_EVERY) {
            if (!done.contains(orgIds.get(i))) {
                todo.add(i);
            }
        }
        batches(todo, 100, null, i -> channels.create(new ChannelRequests.Create(orgIds.get(i),
                i % 2 == 0 ? ChannelType.WECHAT_OFFICIAL_ACCOUNT : ChannelType.WEBSITE, "基准发布" + i, null, null,
                ChannelStatus.ACTIVE, LocalDate.of(2020, 1, 1), null)));
        return todo.size();
    }

    /**
     * 50 items per channel, by i % 10: 0 a draft; 1 a draft with two revisions; 2 in review at step 1;
     * 3 at step 2; 4 rejected, revised and resubmitted; 5–9 approved by both steps and published.
     * Written by the organization's STAFF member (bp{org×5}), reviewed by the holders of the steps' roles.
     */
    long publications() {
        Set<Long> done = longs("SELECT DISTINCT organization_id FROM publication");
        List<Object[]> rows = rows("SELECT id, organization_id FROM channel WHERE name LIKE '基准发布%'");
        Map<Long, Long> channelOf = new HashMap<>();
        rows.forEach(r -> channelOf.put(((Number) r[1]).longValue(), ((Number) r[0]).longValue()));
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < STAFFED && i / CHANNEL_EVERY < (PUBS + PUBS_PER_CHANNEL - 1) / PUBS_PER_CHANNEL; i += CHANNEL_EVERY) {
            if (!done.contains(orgIds.get(i))) {
                todo.add(i);
            }
        }
        List<PublicationRequests.Answer> checklist = DefaultReviewPolicy.CHECKLIST.stream()
                .map(item -> new PublicationRequests.Answer(item, true)).toList();
        batches(todo, 1, "", i -> {
            long channel = channelOf.get(orgIds.get(i));
            String author = "bp" + (i * 5);
            String first = "bp" + (i * 5 + 1);
            String direct = "bp" + (i * 5 + (i % 2 == 0 ? 3 : 2));
            for (int n = 0; n < PUBS_PER_CHANNEL; n++) {
                int kind = n % 10;
                String body = "<p>基准稿件正文 " + i + "-" + n + "：深入学习贯彻党的创新理论，做好网络意识形态工作。</p>"
                        + "<p>" + "社区开展主题宣传活动，居民踊跃参与。".repeat(8) + "</p>";
                String title = "基准稿件 " + i + "-" + n;
                String summary = "摘要 " + n;
                Publication p = as(author, () -> publications.create(new PublicationRequests.Create(channel,
                        title, summary, body, null)));
                if (kind == 0) {
                    continue;
                }
                as(author, () -> publications.update(p.id, new PublicationRequests.Update(p.version, p.title, p.summary,
                        body + "<p>修改稿</p>", null)));
                if (kind == 1) {
                    continue;
                }
                as(author, () -> workflow.submit(p.id, new PublicationRequests.Transition(p.version)));
                if (kind == 2) {
                    continue;
                }
                if (kind == 4) {
                    as(direct, () -> workflow.reject(p.id, new PublicationRequests.Reject(p.version, "请核实数据来源")));
                    as(author, () -> publications.update(p.id, new PublicationRequests.Update(p.version, p.title, p.summary,
                            body + "<p>已核实</p>", null)));
                    as(author, () -> workflow.submit(p.id, new PublicationRequests.Transition(p.version)));
                    continue;
                }
                as(direct, () -> workflow.approve(p.id, new PublicationRequests.Approve(p.version, checklist, "同意")));
                if (kind == 3) {
                    continue;
                }
                as(first, () -> workflow.approve(p.id, new PublicationRequests.Approve(p.version, checklist, "同意发布")));
                as(author, () -> workflow.publish(p.id, new PublicationRequests.Publish(p.version, PublicationRequests.When.NOW)));
            }
        });
        return (long) todo.size() * PUBS_PER_CHANNEL;
    }

    /** Organization and person updates (round robin) until the audit chain holds EVENTS events. */
    long fill() {
        long head = head();
        long need = EVENTS - head;
        if (need <= 0) {
            return 0;
        }
        long[] counter = {head};
        int rounds = (int) ((need + 199) / 200);
        List<Integer> batches = new ArrayList<>();
        for (int b = 0; b < rounds; b++) {
            batches.add(b);
        }
        batches(batches, 1, null, b -> {
            long left = EVENTS - head();
            for (int n = 0; n < Math.min(200, left); n++) {
                long c = counter[0]++;
                if (c % 2 == 0) {
                    long id = orgIds.get((int) ((c / 2) % ORGS));
                    Organization o = em.find(Organization.class, id);
                    organizations.update(id, new OrganizationRequests.Update(o.version, null, "简称" + c, null, null));
                } else {
                    long id = personIds.get((int) ((c / 2) % (STAFFED * PEOPLE_PER_ORG)));
                    Person p = em.find(Person.class, id);
                    people.update(id, new PersonRequests.Update(p.version, null, "干部（" + c + "）", null, null, null, null, null));
                }
            }
        });
        return head() - head;
    }


    // ------------------------------------------------------------------ obligations

    /** The bench's rules (issue 13): title, kind, period. Two monthly, four quarterly, two half-yearly, two yearly. */
    static final String[][] RULES = {
            {"基准·每月研判网络意识形态形势", "ANALYSIS", "MONTH"},
            {"基准·每月报送舆情信息", "REPORT", "MONTH"},
            {"基准·每季度专题研究意识形态工作", "MEETING", "QUARTER"},
            {"基准·每季度中心组专题学习", "STUDY", "QUARTER"},
            {"基准·每季度督查阵地管理", "INSPECTION", "QUARTER"},
            {"基准·每季度通报典型案例", "BRIEFING", "QUARTER"},
            {"基准·每半年专题汇报", "REPORT", "HALF"},
            {"基准·每半年培训信息员", "TRAINING", "HALF"},
            {"基准·每年签订责任书", "PLEDGE", "YEAR"},
            {"基准·每年述职评议", "OTHER", "YEAR"}};
    static final LocalDate OBLIGATIONS_FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate OBLIGATIONS_TO = LocalDate.of(2026, 12, 31);

    /**
     * Ten rules issued by the bench root (BN-0) for its whole subtree, every organization type, and their instances
     * for every period of 2025–2026 over all BN organizations; about 65 % of the instances get a fulfilment record
     * (one in seven of those late) with one evidence attachment (size, sha256 and type only, no content), one in
     * fifty a waiver; statuses as the StatusRule gives them today.
     * Set-based SQL, not the services: the services write one record at a time (~100/s here, hours for ~600,000
     * records), while a few INSERT … SELECT per rule take minutes. So these rows have no audit events, and the
     * instances ignore the organizations' creation day (the bench organizations are created on the seed's day).
     */
    long obligations() {
        long root = ((Number) sql("SELECT id FROM organization WHERE code = 'BN-0'")).longValue();
        long added = 0;
        for (String[] r : RULES) {
            long rule = QuarkusTransaction.requiringNew().timeout(1800).call(() -> ruleOf(root, r));
            if (((Number) sql("SELECT count(*) FROM obligation_instance WHERE rule_id = " + rule)).longValue() > 0) {
                continue;
            }
            long t0 = System.nanoTime();
            long n = QuarkusTransaction.requiringNew().timeout(1800).call(() -> {
                long rows = 0;
                PeriodKind kind = PeriodKind.valueOf(r[2]);
                for (Periods.Period p = Periods.containing(kind, OBLIGATIONS_FROM); !p.start().isAfter(OBLIGATIONS_TO); p = p.next()) {
                    rows += em.createNativeQuery("INSERT INTO obligation_instance (rule_id, series_id, organization_id, period_key,"
                                    + " period_start, period_end, due_date, min_count, status, created_at, updated_at)"
                                    + " SELECT ?1, ?1, o.id, ?2, ?3, ?4, ?4, 1, 'UPCOMING', now(), now() FROM organization o"
                                    + " WHERE o.code LIKE 'BN-%' ON CONFLICT DO NOTHING")
                            .setParameter(1, rule).setParameter(2, p.key()).setParameter(3, p.start()).setParameter(4, p.end())
                            .executeUpdate();
                }
                return rows;
            });
            long records = QuarkusTransaction.requiringNew().timeout(1800).call(() -> fulfil(rule));
            QuarkusTransaction.requiringNew().timeout(1800).run(() -> {
                em.createNativeQuery("UPDATE obligation_instance SET waived_at = now(), waived_reason = '基准豁免'"
                        + " WHERE rule_id = ?1 AND id % 50 = 9").setParameter(1, rule).executeUpdate();
                em.createNativeQuery("UPDATE obligation_instance i SET status = " + StatusRule.sql("i", "current_date")
                        + " WHERE i.rule_id = ?1").setParameter(1, rule).executeUpdate();
            });
            added += n;
            System.out.printf("seed:   … rule %s: %,d instances, %,d records with evidence (%.0f s)%n", r[0], n, records,
                    (System.nanoTime() - t0) / 1e9);
        }
        return added;
    }

    /** The rule with this title, inserted (series of its own, in force from 2025) when missing; returns its id. */
    long ruleOf(long root, String[] r) {
        List<?> found = em.createNativeQuery("SELECT id FROM obligation_rule WHERE title = ?1").setParameter(1, r[0]).getResultList();
        if (!found.isEmpty()) {
            return ((Number) found.get(0)).longValue();
        }
        long id = ((Number) em.createNativeQuery("INSERT INTO obligation_rule (series_id, issuer_organization_id, title, kind,"
                        + " period, min_count, applies_to, include_issuer, accountable_role, basis, valid_from, created_at, updated_at)"
                        + " VALUES (0, ?1, ?2, ?3, ?4, 1, CAST(?5 AS varchar(40)[]), true, 'FIRST_RESPONSIBLE', '基准〔2025〕1号', ?6, now(), now())"
                        + " RETURNING id")
                .setParameter(1, root).setParameter(2, r[0]).setParameter(3, r[1]).setParameter(4, r[2])
                .setParameter(5, "{" + String.join(",", java.util.Arrays.stream(OrganizationType.values()).map(Enum::name).toList()) + "}")
                .setParameter(6, OBLIGATIONS_FROM).getSingleResult()).longValue();
        em.createNativeQuery("UPDATE obligation_rule SET series_id = id WHERE id = ?1").setParameter(1, id).executeUpdate();
        return id;
    }

    /**
     * One statement per rule: by instance id % 10, 0–5 a record on time (a day within the period, not after today),
     * 6 a late one (ten days after the due date, when that is past), 7–9 none; each record counts toward its
     * instance and carries one attachment row (empty content: the figures need the metadata only).
     */
    long fulfil(long rule) {
        return em.createNativeQuery("""
                WITH src AS (
                    SELECT i.id AS instance_id, i.organization_id, r.title, r.kind, i.id % 10 = 6 AS late,
                           nextval(pg_get_serial_sequence('fulfilment_record', 'id')) AS rid,
                           CASE WHEN i.id % 10 = 6 THEN i.due_date + 10
                                ELSE least(current_date, i.period_start + CAST(i.id % (i.period_end - i.period_start + 1) AS int)) END AS day
                    FROM obligation_instance i JOIN obligation_rule r ON r.id = i.rule_id
                    WHERE i.rule_id = ?1 AND (i.id % 10 < 6 OR (i.id % 10 = 6 AND i.due_date + 10 <= current_date))),
                rec AS (
                    INSERT INTO fulfilment_record (id, organization_id, happened_on, title, kind, participant_ids, summary,
                                                   decisions, late, recorded_at, recorded_by_username, updated_at)
                    SELECT rid, organization_id, day, title, kind, '{}', '基准落实记录', '[]', late,
                           CAST(day AS timestamp) AT TIME ZONE 'Asia/Shanghai' + interval '18 hours', 'bench-seed', now() FROM src),
                link AS (
                    INSERT INTO fulfilment_record_instance (record_id, instance_id) SELECT rid, instance_id FROM src),
                evidence AS (
                    INSERT INTO fulfilment_attachment (record_id, file_name, media_type, size_bytes, sha256, content, uploaded_at)
                    SELECT rid, '会议记录' || rid || '.pdf', 'application/pdf', 200000 + rid % 800000,
                           encode(sha256(int8send(rid)), 'hex'), '\\x', now() FROM src)
                UPDATE obligation_instance i SET met_count = 1, met_on_time_count = CASE WHEN s.late THEN 0 ELSE 1 END
                FROM src s WHERE i.id = s.instance_id""").setParameter(1, rule).executeUpdate();
    }

    // ------------------------------------------------------------------ plumbing

    interface Work<T> {
        T get();
    }

    /**
     * Runs batches of items, one transaction per batch. actor null: the whole batch as the system in one
     * request context; actor "": each call opens its own request context through {@link #as}.
     */
    void batches(List<Integer> items, int size, String actor, IntConsumer each) {
        long t0 = System.nanoTime();
        for (int from = 0; from < items.size(); from += size) {
            List<Integer> batch = items.subList(from, Math.min(items.size(), from + size));
            Runnable tx = () -> QuarkusTransaction.requiringNew().timeout(1800).run(() -> batch.forEach(each::accept));
            if (actor == null) {
                as(null, () -> {
                    tx.run();
                    return null;
                });
            } else {
                tx.run();
            }
            int done = from + batch.size();
            if (System.nanoTime() - lastReport > 30e9 || done == items.size()) {
                lastReport = System.nanoTime();
                System.out.printf("seed:   … %,d of %,d batches' items (%.0f s), chain head %,d%n", done, items.size(),
                        (lastReport - t0) / 1e9, head());
            }
        }
    }

    /** Runs the work as the named user (a person linked by username), or as the system when username is null. */
    <T> T as(String username, Work<T> work) {
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

    void part(String name, Work<Long> work) {
        long head = head();
        long t0 = System.nanoTime();
        long n = work.get();
        double s = (System.nanoTime() - t0) / 1e9;
        long events = head() - head;
        System.out.printf("seed: %-14s %,9d added in %7.1f s (%,.0f/s); %,d audit events (%,.0f/s); chain head %,d%n",
                name, n, s, n / Math.max(s, 0.001), events, events / Math.max(s, 0.001), head());
    }

    void summary() {
        String[][] counts = {
                {"organizations", "SELECT count(*) FROM organization WHERE code LIKE 'BN-%'"},
                {"max depth", "SELECT max(depth) - min(depth) + 1 FROM organization WHERE code LIKE 'BN-%'"},
                {"people", "SELECT count(*) FROM person WHERE username LIKE 'bp%'"},
                {"memberships", "SELECT count(*) FROM membership"},
                {"duty assignments", "SELECT count(*) FROM duty_assignment"},
                {"  ended", "SELECT count(*) FROM duty_assignment WHERE valid_to IS NOT NULL"},
                {"  corrected", "SELECT count(*) FROM duty_assignment WHERE corrected_at IS NOT NULL"},
                {"channels", "SELECT count(*) FROM channel"},
                {"publications", "SELECT count(*) FROM publication"},
                {"  published", "SELECT count(*) FROM publication WHERE status = 'PUBLISHED'"},
                {"  in review", "SELECT count(*) FROM publication WHERE status = 'IN_REVIEW'"},
                {"revisions", "SELECT count(*) FROM publication_revision"},
                {"reviews", "SELECT count(*) FROM publication_review"},
                {"audit events", "SELECT count(*) FROM audit_event"},
                {"outbox events", "SELECT count(*) FROM outbox_event"},
                {"obligation rules", "SELECT count(*) FROM obligation_rule"},
                {"instances", "SELECT count(*) FROM obligation_instance"},
                {"fulfilment records", "SELECT count(*) FROM fulfilment_record"},
                {"attachments", "SELECT count(*) FROM fulfilment_attachment"},
                {"database size", "SELECT pg_size_pretty(pg_database_size(current_database()))"}};
        QuarkusTransaction.requiringNew().run(() -> {
            for (String[] c : counts) {
                System.out.printf("seed: = %-18s %s%n", c[0], em.createNativeQuery(c[1]).getSingleResult());
            }
        });
    }

    void loadOrgIds() {
        rows("SELECT code, id FROM organization WHERE code LIKE 'BN-%'").forEach(r ->
                orgIds.put(Integer.parseInt(((String) r[0]).substring(3)), ((Number) r[1]).longValue()));
    }

    void loadPersonIds() {
        rows("SELECT username, id FROM person WHERE username LIKE 'bp%'").forEach(r ->
                personIds.put(Integer.parseInt(((String) r[0]).substring(2)), ((Number) r[1]).longValue()));
    }

    long head() {
        return ((Number) sql("SELECT last_seq FROM audit_chain_head WHERE id = 1")).longValue();
    }

    Object sql(String query) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(query).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String query) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(query).getResultList());
    }

    @SuppressWarnings("unchecked")
    Set<Long> longs(String query) {
        Set<Long> out = new HashSet<>();
        QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(query).getResultList())
                .forEach(v -> out.add(((Number) v).longValue()));
        return out;
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
