// The proofs of bench/two-instances.sh, run against the balancer. Each prints its figures and a PASS or FAIL
// line; the process exits 1 if any failed. Everything goes through the balancer (BASE) as a client would; the
// database (PSQL_URL) is read only to count what the API does not show (rows per item, the chain's links).
//
//   node bench/ha/proofs.mjs        env: BASE, PSQL_URL, ROOT, RECEIVER_PORT, WRITE_SECONDS, WRITERS,
//                                   IMPORT_ROWS, INSTANCES ("app-name=pid,app-name=pid": who to kill), LEASE_SECONDS
import { createSign } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const BASE = process.env.BASE ?? 'http://localhost:28090';
const PSQL_URL = process.env.PSQL_URL ?? 'postgresql://postgres:postgres@localhost:54361/duty_ledger';
const ROOT = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
const RECEIVER_PORT = Number(process.env.RECEIVER_PORT ?? 28093);
const WRITE_SECONDS = Number(process.env.WRITE_SECONDS ?? 60);
const WRITERS = Number(process.env.WRITERS ?? 8);
const IMPORT_ROWS = Number(process.env.IMPORT_ROWS ?? 100000);
const SCHEDULED = Number(process.env.SCHEDULED ?? 12);
const LEASE_SECONDS = Number(process.env.LEASE_SECONDS ?? 20);
const ONLY = (process.env.PROOFS ?? 'writes,once,import').split(',');
const RUN = Date.now().toString(36).toUpperCase();

const failures = [];
const results = [];
function verdict(name, ok, detail) {
  const line = `${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`;
  console.log(line);
  results.push(line);
  if (!ok) failures.push(name);
}
const log = (...a) => console.log('  ', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- tokens, API, database

const key = readFileSync(`${ROOT}/backend/src/test/resources/test-token-signing-key.pem`);
const tokens = new Map();
/** A token shaped like Keycloak's, signed with the throwaway test key (the instances run the test profile). */
function token(user) {
  if (!tokens.has(user)) {
    const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const roles = user === 'admin' || user === 'auditor' ? [user] : [];
    const head = b64({ alg: 'RS256', typ: 'JWT' });
    const body = b64({ sub: `sub-${user}`, preferred_username: user, aud: 'duty-ledger-api',
      realm_access: { roles }, iat: now, exp: now + 7200 });
    const sig = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key).toString('base64url');
    tokens.set(user, `${head}.${body}.${sig}`);
  }
  return tokens.get(user);
}

async function call(user, method, path, body, contentType = 'application/json') {
  const res = await fetch(BASE + path, {
    method,
    headers: { authorization: `Bearer ${token(user)}`, 'content-type': contentType },
    body: body === undefined ? undefined : contentType === 'application/json' ? JSON.stringify(body) : body,
  });
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = text; }
  return { status: res.status, json, servedBy: res.headers.get('x-served-by') };
}
async function must(user, method, path, body, expected, contentType) {
  const r = await call(user, method, path, body, contentType);
  if (r.status !== expected) throw new Error(`${method} ${path} as ${user}: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json;
}

/** One value (or rows of tab-separated values) from the database. */
function sql(query) {
  return execFileSync('psql', [PSQL_URL, '-XAtq', '-F', '\t', '-c', query], { encoding: 'utf8' }).trim();
}

// ---------------------------------------------------------------- webhook receiver

const received = new Map(); // "a|msg_…" → times
let receivedTotal = 0;
const receiver = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const k = `${req.url.split('/').pop()}|${req.headers['webhook-id']}`;
    received.set(k, (received.get(k) ?? 0) + 1);
    receivedTotal++;
    res.writeHead(204).end();
  });
});

// ---------------------------------------------------------------- set-up shared by the proofs

async function street() {
  return (await must('admin', 'GET', '/api/v1/organizations?q=STREET-DH', undefined, 200)).items[0];
}

async function channelId(orgId) {
  const page = await must('admin', 'GET', `/api/v1/channels?under=${orgId}&q=${encodeURIComponent('东湖发布')}`, undefined, 200);
  return (page.items ?? page)[0].id;
}

const CHECKLIST = ['涉密不公开、公开不涉密', '事实、数据、人名已核实', '政治表述和规范用语准确', '未泄露个人信息',
  '图片和文字可合法使用（版权）'].map((item) => ({ item, confirmed: true }));

async function act(user, id, action, extra = {}) {
  const { version } = await must('admin', 'GET', `/api/v1/publications/${id}`, undefined, 200);
  return must(user, 'POST', `/api/v1/publications/${id}/${action}`, { version, ...extra }, 200);
}

/** On the demo data 张晓燕 (editor) writes, 李明华 (deputy) reviews first, 王建国 (secretary) approves. */
async function draftedAndSubmitted(channel, title, plannedPublishAt) {
  const item = await must('editor', 'POST', '/api/v1/publications',
    { channelId: channel, title, summary: '双实例验证', body: '<p>双实例验证正文。</p>', plannedPublishAt }, 201);
  await act('editor', item.id, 'submit');
  return item.id;
}

// ---------------------------------------------------------------- proof 1: concurrent writers, one chain

async function writers(parentId) {
  const deadline = Date.now() + WRITE_SECONDS * 1000;
  const codes = { ok: 0, other: new Map() };
  const served = new Map();
  const latencies = [];
  let n = 0;
  async function writer(w) {
    while (Date.now() < deadline) {
      const i = n++;
      const t0 = performance.now();
      const r = await call('admin', 'POST', '/api/v1/organizations',
        { code: `HA-${RUN}-${w}-${i}`, name: `双实例写入${i}`, type: 'OTHER', parentId });
      latencies.push(performance.now() - t0);
      served.set(r.servedBy, (served.get(r.servedBy) ?? 0) + 1);
      if (r.status === 201) codes.ok++;
      else codes.other.set(r.status, (codes.other.get(r.status) ?? 0) + 1);
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(0);
  return { ok: codes.ok, other: Object.fromEntries(codes.other), seconds, served: Object.fromEntries(served),
    p50: pct(0.5), p99: pct(0.99) };
}

function chainFigures() {
  const [events, minSeq, maxSeq, headSeq] = sql(
    'SELECT count(*), min(seq), max(seq), (SELECT last_seq FROM audit_chain_head) FROM audit_event').split('\t').map(Number);
  const forks = Number(sql('SELECT count(*) FROM (SELECT prev_hash FROM audit_event GROUP BY prev_hash HAVING count(*) > 1) f'));
  const broken = Number(sql(`SELECT count(*) FROM audit_event e JOIN audit_event p ON p.seq = e.seq - 1
                             WHERE e.prev_hash <> p.hash`));
  return { events, minSeq, maxSeq, headSeq, forks, broken };
}

async function proveWrites(parent) {
  console.log(`\n1. ${WRITERS} concurrent writers through the balancer for ${WRITE_SECONDS} s (organizations, one audit event each)`);
  const before = chainFigures();
  const w = await writers(parent.id);
  const after = chainFigures();
  const rate = w.ok / w.seconds;
  log(`writes: ${w.ok} created (201) in ${w.seconds.toFixed(1)} s = ${rate.toFixed(1)} writes/s; other answers ${JSON.stringify(w.other)}`);
  log(`latency per write p50 ${w.p50} ms, p99 ${w.p99} ms; answered by ${JSON.stringify(w.served)}`);
  log(`audit chain: ${before.events} → ${after.events} events, seq ${after.minSeq}..${after.maxSeq}, head ${after.headSeq}, `
    + `forks ${after.forks}, broken links ${after.broken}`);
  const verify = await must('admin', 'GET', '/api/v1/audit-events/verify', undefined, 200);
  log(`GET /api/v1/audit-events/verify: ok=${verify.ok} verified=${verify.verified} headSeq=${verify.headSeq} (${verify.detail})`);
  const instances = Object.keys(w.served).filter((s) => s && s !== 'null');
  verdict('both instances took writes', instances.length >= 2, `answered by ${instances.join(', ')}`);
  verdict('every write succeeded', Object.keys(w.other).length === 0, `${w.ok} × 201, other ${JSON.stringify(w.other)}`);
  const [rows, created] = sql(`SELECT count(*), count(a.seq) FROM organization o LEFT JOIN audit_event a
                                 ON a.entity_type = 'organization' AND a.entity_id = o.id::text AND a.action = 'organization.created'
                               WHERE o.code LIKE 'HA-${RUN}-%'`).split('\t').map(Number);
  verdict('every acknowledged write stored with one audit event', rows === w.ok && created === w.ok,
    `${rows} organizations, ${created} organization.created events for ${w.ok} × 201`);
  verdict('audit chain one unforked chain without gap',
    after.minSeq === 1 && after.maxSeq === after.events && after.headSeq === after.maxSeq && after.forks === 0 && after.broken === 0,
    `seq 1..${after.maxSeq} = ${after.events} events, head ${after.headSeq}, ${after.forks} forks, ${after.broken} broken links`);
  verdict('audit chain verifies', verify.ok === true && verify.verified === verify.headSeq && verify.headSeq >= after.maxSeq,
    `${verify.verified} of ${verify.headSeq} events recomputed`);
  return { rate, ...w, chain: after };
}

// ---------------------------------------------------------------- proof 2: background work runs once

async function prepareOnce(parent) {
  const channel = await channelId(parent.id);
  // Two subscriptions to the same events: each event must reach each of them once.
  const subs = [];
  for (const name of ['a', 'b']) {
    subs.push(await must('admin', 'POST', '/api/v1/webhook-subscriptions', {
      url: `http://localhost:${RECEIVER_PORT}/hook/${name}`, eventTypes: ['organization.*', 'publication.*'],
      description: `two-instances ${RUN} ${name}`,
    }, 201));
  }
  const outboxFrom = Number(sql('SELECT coalesce(max(id), 0) FROM outbox_event'));
  // Publications planned an hour ahead, then all moved to a few seconds ahead at once (as a planned time that
  // comes due): both instances' schedulers find them due together while the writers run.
  const at = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const scheduled = [];
  for (let i = 0; i < SCHEDULED; i++) {
    const id = await draftedAndSubmitted(channel, `双实例定时发布 ${RUN}-${i}`, at);
    await act('deputy', id, 'approve', { checklist: CHECKLIST, comment: '同意' });
    await act('secretary', id, 'approve', { checklist: CHECKLIST, comment: '同意' });
    await act('editor', id, 'publish', { when: 'PLANNED' });
    scheduled.push(id);
  }
  sql(`UPDATE publication SET scheduled_publish_at = now() + interval '10 seconds' WHERE id IN (${scheduled.join(',')})`);
  // Items waiting for review longer than the reminder threshold: both instances' reminder jobs see them.
  const waiting = [];
  for (let i = 0; i < 4; i++) waiting.push(await draftedAndSubmitted(channel, `双实例待审提醒 ${RUN}-${i}`));
  sql(`UPDATE publication SET step_entered_at = now() - interval '25 hours' WHERE id IN (${waiting.join(',')})`);
  // Open 工作要求 brought to 5 days before their due date: a new reminder step (DUE_7) that both instances' reminder
  // jobs find at once.
  const moved = sql(`WITH m AS (UPDATE obligation_instance SET due_date = current_date + 5 WHERE id IN (
                       SELECT id FROM obligation_instance WHERE status IN ('UPCOMING', 'DUE') AND due_date > current_date + 7
                       ORDER BY id LIMIT 50) RETURNING 1) SELECT count(*) FROM m`);
  log(`${moved} open 工作要求 moved to 5 days before their due date (a DUE_7 reminder each)`);
  // Small import jobs, committed before the writers start: each is claimed by one worker of the two instances.
  const jobs = [];
  for (let j = 0; j < 3; j++) {
    let csv = '机构编码,机构名称,机构类型,上级机构编码,排序\n';
    for (let i = 0; i < 100; i++) csv += `HAI-${RUN}-${j}-${i},双实例导入${j}-${i},其他,STREET-DH,${i}\n`;
    jobs.push((await must('admin', 'POST', `/api/v1/imports?kind=organizations&fileName=ha-${j}.csv`, csv, 202, 'text/csv')).id);
  }
  log(`set up: webhook subscriptions ${subs.map((s) => s.id).join(', ')} → receiver :${RECEIVER_PORT}; ${SCHEDULED} publications `
    + `planned for 10 s from now; ${waiting.length} items waiting 25 h for review; import jobs ${jobs.join(', ')} (100 rows each)`);
  return { subs, outboxFrom, scheduled, waiting, jobs, at };
}

async function commitJobs(jobs) {
  for (const id of jobs) {
    for (let t = 0; ; t++) {
      const job = await must('admin', 'GET', `/api/v1/imports/${id}`, undefined, 200);
      if (job.status === 'VALID') break;
      if (job.status !== 'VALIDATING' || t > 600) throw new Error(`import ${id}: ${job.status} ${job.message ?? ''}`);
      await sleep(200);
    }
    await must('admin', 'POST', `/api/v1/imports/${id}/commit`, undefined, 202);
  }
}

async function waitFor(what, seconds, check) {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) { log(`${what}: still not done after ${seconds} s`); return false; }
    await sleep(1000);
  }
}

async function proveOnce(p) {
  console.log('\n2. scheduled publications, webhook deliveries, import jobs and reminders: each done once');
  const ids = p.scheduled.join(',');
  await waitFor('scheduled publications', 120, () =>
    Number(sql(`SELECT count(*) FROM publication WHERE id IN (${ids}) AND status = 'PUBLISHED'`)) === p.scheduled.length);
  const published = sql(`SELECT p.id, (SELECT count(*) FROM audit_event a WHERE a.action = 'publication.published'
                           AND a.entity_type = 'publication' AND a.entity_id = p.id::text), p.status
                         FROM publication p WHERE p.id IN (${ids}) ORDER BY p.id`).split('\n').map((l) => l.split('\t'));
  const once = published.filter(([, n, s]) => n === '1' && s === 'PUBLISHED').length;
  const byInstance = sql(`SELECT count(*) FROM audit_event WHERE action = 'publication.published' AND entity_id IN (${p.scheduled.map((i) => `'${i}'`).join(',')})`);
  log(`scheduled publications: ${once} of ${p.scheduled.length} published with exactly one publication.published event (${byInstance} events in all)`);
  verdict('each scheduled publication published once', once === p.scheduled.length,
    published.map(([id, n, s]) => `${id}:${s}×${n}`).join(' '));

  // Import jobs: committed once each, 100 organizations each, one organization.created event per row.
  await waitFor('import jobs', 120, () =>
    Number(sql(`SELECT count(*) FROM import_job WHERE id IN (${p.jobs.join(',')}) AND status = 'COMMITTED'`)) === p.jobs.length);
  const jobRows = sql(`SELECT j.id, j.status, j.created_count,
                         (SELECT count(*) FROM organization o WHERE o.code LIKE 'HAI-${RUN}-' || (j.id - ${p.jobs[0]}) || '-%'),
                         (SELECT count(*) FROM audit_event a JOIN organization o ON a.entity_type = 'organization'
                            AND a.entity_id = o.id::text AND a.action = 'organization.created'
                          WHERE o.code LIKE 'HAI-${RUN}-' || (j.id - ${p.jobs[0]}) || '-%')
                       FROM import_job j WHERE j.id IN (${p.jobs.join(',')}) ORDER BY j.id`).split('\n').map((l) => l.split('\t'));
  log(`import jobs (id, status, created, rows, created events): ${jobRows.map((r) => r.join('/')).join('  ')}`);
  verdict('each import job ran once', jobRows.every(([, s, c, rows, ev]) => s === 'COMMITTED' && c === '100' && rows === '100' && ev === '100'),
    `${jobRows.length} jobs × 100 rows, one organization.created event per row`);

  // Reminders: one REVIEW_REMINDER per reviewer and item, one outbox event per notification.
  await waitFor('reminders', 60, () =>
    Number(sql(`SELECT count(*) FROM publication WHERE id IN (${p.waiting.join(',')}) AND reminded_step IS NOT NULL`)) === p.waiting.length);
  await sleep(5000); // a few more ticks of both instances' reminder jobs
  const reminders = sql(`SELECT p.id, count(n.id) FROM publication p LEFT JOIN notification n ON n.type = 'REVIEW_REMINDER'
                           AND n.link = '/publications/' || p.id WHERE p.id IN (${p.waiting.join(',')}) GROUP BY p.id ORDER BY p.id`)
    .split('\n').map((l) => l.split('\t'));
  const reminderEvents = sql(`SELECT count(*) FROM outbox_event o JOIN notification n ON o.payload->>'notificationId' = n.id::text
                                WHERE n.type = 'REVIEW_REMINDER' AND n.link IN (${p.waiting.map((i) => `'/publications/${i}'`).join(',')})`);
  log(`reminders (item: notifications): ${reminders.map((r) => r.join(':')).join(' ')}; their outbox events ${reminderEvents}`);
  verdict('each reminder sent once', reminders.every(([, n]) => n === '1'),
    `${reminders.length} items, one reviewer each (the deputy at step 1), one REVIEW_REMINDER each`);

  // Obligation reminders (the demo's 工作要求 due within 30 days or overdue): each step of each instance sent once —
  // one obligation_reminder_sent row, one outbox event (nothing but the claim keeps that one from being doubled).
  const steps = Number(sql('SELECT count(*) FROM obligation_reminder_sent'));
  const stepEvents = sql(`SELECT count(*), count(DISTINCT (aggregate_id, payload->>'step')) FROM outbox_event
                            WHERE aggregate_type = 'obligation' AND payload ? 'step'`).split('\t').map(Number);
  const stepNotices = Number(sql(`SELECT count(*) FROM notification WHERE subject_key LIKE 'obligation:%'`));
  log(`obligation reminders: ${steps} steps sent, ${stepEvents[0]} outbox events for ${stepEvents[1]} distinct steps, `
    + `${stepNotices} notifications`);
  verdict('each obligation reminder step sent once', steps > 0 && stepEvents[0] === steps && stepEvents[1] === steps,
    `${steps} steps, ${stepEvents[0]} events`);

  // Webhooks: every outbox event matching the subscriptions since they were made, once per subscription.
  const expected = () => Number(sql(`SELECT count(*) FROM outbox_event WHERE id > ${p.outboxFrom}
                                       AND (type LIKE 'organization.%' OR type LIKE 'publication.%')`));
  await waitFor('webhook deliveries', 180, () => {
    const e = expected();
    return ['a', 'b'].every((s) => [...received.keys()].filter((k) => k.startsWith(`${s}|`)).length >= e);
  });
  const e = expected();
  const dup = [...received.entries()].filter(([, n]) => n > 1);
  const per = ['a', 'b'].map((s) => [...received.keys()].filter((k) => k.startsWith(`${s}|`)).length);
  const statuses = sql(`SELECT status, count(*) FROM webhook_delivery WHERE subscription_id IN (${p.subs.map((s) => s.id).join(',')})
                         GROUP BY status ORDER BY status`).replace(/\t/g, '=').replace(/\n/g, ' ');
  log(`webhooks: ${e} matching events; subscription a received ${per[0]} distinct, b ${per[1]}; ${receivedTotal} requests in all, `
    + `${dup.length} events received more than once; deliveries ${statuses}`);
  verdict('each webhook event delivered once per subscription', per.every((n) => n === e) && dup.length === 0 && receivedTotal === 2 * e,
    `${e} events × 2 subscriptions = ${receivedTotal} requests, ${dup.length} duplicates`);
}

// ---------------------------------------------------------------- proof 3: SIGKILL during a 100,000-row import

async function proveImportKill() {
  console.log(`\n3. SIGKILL of the committing instance in the middle of a ${IMPORT_ROWS.toLocaleString('en')}-row import`);
  const instances = Object.fromEntries((process.env.INSTANCES ?? '').split(',').filter(Boolean).map((s) => s.split('=')));
  const prefix = `HAP-${RUN}`;
  let csv = '人员编号,姓名,职务,电话,在职\n';
  for (let i = 0; i < IMPORT_ROWS; i++) csv += `${prefix}-${i},双实例人员${i},网格员,027-8600 ${1000 + (i % 9000)},是\n`;
  const t0 = performance.now();
  const job = await must('admin', 'POST', '/api/v1/imports?kind=people&fileName=ha-people.csv', csv, 202, 'text/csv');
  await waitFor('dry run', 300, async () => (await must('admin', 'GET', `/api/v1/imports/${job.id}`, undefined, 200)).status !== 'VALIDATING');
  const dry = await must('admin', 'GET', `/api/v1/imports/${job.id}`, undefined, 200);
  log(`job ${job.id}: dry run ${dry.status} in ${((performance.now() - t0) / 1000).toFixed(1)} s (${dry.total} rows, ${dry.errorCount ?? 0} errors)`);
  if (dry.status !== 'VALID') { verdict('import reclaimed after SIGKILL', false, `dry run ended ${dry.status}`); return; }
  await must('admin', 'POST', `/api/v1/imports/${job.id}/commit`, undefined, 202);
  const commitStart = performance.now();
  // Wait until the commit is under way (progress written), then find the instance whose connection is in it.
  let victim = null;
  let processed = 0;
  for (let t = 0; t < 3000 && !victim; t++) {
    const [status, done, claimed] = sql(`SELECT status, processed, coalesce(claimed_by, '') FROM import_job WHERE id = ${job.id}`).split('\t');
    processed = Number(done);
    if (status !== 'COMMITTING') break;
    if (claimed && processed >= IMPORT_ROWS * 0.2) {
      // The one transaction writing people rows is the commit's.
      const app = sql(`SELECT DISTINCT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                         WHERE l.relation = 'person'::regclass AND l.mode = 'RowExclusiveLock'
                           AND a.application_name LIKE 'dl-%'`);
      if (app) victim = { app, claimed, processed };
    }
    if (!victim) await sleep(100);
  }
  if (!victim) { verdict('import reclaimed after SIGKILL', false, `could not catch the commit in progress (processed ${processed})`); return; }
  const pid = Number(instances[victim.app]);
  process.kill(pid, 'SIGKILL');
  const killedAt = performance.now();
  log(`killed ${victim.app} (pid ${pid}, ${victim.claimed}) after ${((killedAt - commitStart) / 1000).toFixed(1)} s of commit, `
    + `${victim.processed.toLocaleString('en')} of ${IMPORT_ROWS.toLocaleString('en')} rows written in its open transaction`);
  await sleep(1500);
  const visibleAfterKill = Number(sql(`SELECT count(*) FROM person WHERE external_id LIKE '${prefix}-%'`));
  log(`rows visible right after the kill: ${visibleAfterKill} (the dead commit rolled back with its connection)`);
  let reclaimedBy = null;
  await waitFor('reclaim and commit', LEASE_SECONDS + 240, () => {
    const [status, claimed] = sql(`SELECT status, coalesce(claimed_by, '') FROM import_job WHERE id = ${job.id}`).split('\t');
    if (claimed && claimed !== victim.claimed) reclaimedBy = claimed;
    return status !== 'COMMITTING';
  });
  const done = await must('admin', 'GET', `/api/v1/imports/${job.id}`, undefined, 200);
  const rows = Number(sql(`SELECT count(*) FROM person WHERE external_id LIKE '${prefix}-%'`));
  const events = Number(sql(`SELECT count(*) FROM audit_event a JOIN person p ON a.entity_type = 'person' AND a.entity_id = p.id::text
                              AND a.action = 'person.created' WHERE p.external_id LIKE '${prefix}-%'`));
  const chain = chainFigures();
  log(`job ${job.id}: ${done.status} (created ${done.createdCount}) ${((performance.now() - killedAt) / 1000).toFixed(1)} s after the kill, `
    + `taken over by ${reclaimedBy ?? '(not seen while committing)'}; rows ${rows}, person.created events ${events}`);
  log(`audit chain after: seq 1..${chain.maxSeq} = ${chain.events} events, ${chain.forks} forks, ${chain.broken} broken links`);
  verdict('nothing of the killed commit visible', visibleAfterKill === 0, `${visibleAfterKill} rows after the kill`);
  verdict('import reclaimed by the other instance and finished, all rows',
    done.status === 'COMMITTED' && reclaimedBy !== null && rows === IMPORT_ROWS && events === IMPORT_ROWS && done.createdCount === IMPORT_ROWS,
    `${done.status} by ${reclaimedBy ?? 'no other worker seen'}, ${rows} rows, ${events} audit events of ${IMPORT_ROWS}`);
  verdict('audit chain still one chain after the kill',
    chain.maxSeq === chain.events && chain.forks === 0 && chain.broken === 0, `seq 1..${chain.maxSeq}, ${chain.forks} forks`);
  const verify = await must('admin', 'GET', '/api/v1/audit-events/verify', undefined, 200);
  verdict('audit chain verifies after the kill', verify.ok === true && verify.verified === verify.headSeq,
    `${verify.verified} of ${verify.headSeq} events`);
}

// ---------------------------------------------------------------- main

await new Promise((r) => receiver.listen(RECEIVER_PORT, '127.0.0.1', r));
try {
  const parent = await street();
  let once = null;
  if (ONLY.includes('once')) once = await prepareOnce(parent);
  // The small import jobs are committed before the writers start, so that writes/s measures the writers alone.
  if (once) await commitJobs(once.jobs);
  if (ONLY.includes('writes')) await proveWrites(parent);
  if (once) await proveOnce(once);
  if (ONLY.includes('import')) await proveImportKill();
} catch (e) {
  verdict('run', false, e.stack ?? String(e));
} finally {
  receiver.close();
}
console.log('\nsummary:');
for (const r of results) console.log(`  ${r.split(':')[0]}`);
process.exit(failures.length ? 1 : 0);
