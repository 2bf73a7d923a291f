#!/usr/bin/env bash
# Benchmark: the offline checkers of an inspection package (issue 17: a street-sized package verifies in ≤ 30 s).
# Writes a package the way DOSSIER-API.md lays it out into a temporary folder — 10,000 evidence files (1,000 MiB in
# all), 2,000 review forms, 50,000 audit events, the checkers, manifest.json — zips it (deflated, as the service
# does), then times `python3 verify.py` on the folder and on the zip, and verify.html in headless Chromium.
# No server needed. Run by hand: bench/verify-package.sh
#                                BENCH_EVIDENCE_FILES=1000 BENCH_EVENTS=5000 bench/verify-package.sh   (smaller)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/package-bench-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
PKG="$WORK/东湖街道_迎检材料包"

echo "writing the package into $PKG"
python3 - "$PKG" "$ROOT/backend/src/main/resources/dossier" "${BENCH_EVIDENCE_FILES:-10000}" "${BENCH_EVENTS:-50000}" <<'EOF'
import hashlib, json, os, sys, zipfile
root, checkers, n_evidence, n_events = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
files = []
def add(path, data, kind, **facts):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data)
    files.append(dict(path=path, size=len(data), sha256=hashlib.sha256(data).hexdigest(), kind=kind, **facts))
add("说明.html", "<!doctype html><meta charset=utf-8><h1>迎检材料包说明</h1>".encode(), "readme")
form = ("<!doctype html><meta charset=utf-8><h1>信息发布审核单</h1>" + "<p>审核记录</p>" * 400).encode()
for i in range(2000):
    add("信息发布/审核单/2026-%02d-%02d_%d.html" % (i % 12 + 1, i % 28 + 1, 1000 + i), form + str(i).encode(), "review-form")
block = os.urandom(1024 * 1024 + 100 * 1024)
for i in range(n_evidence):
    data = block[(i * 104729) % (1024 * 1024):][:100 * 1024 + i % 1000]
    add("工作义务/证明材料/规则%d/2026年%d月/%012x_现场照片.jpg" % (i % 10, i % 12 + 1, i), data, "evidence",
        entity="fulfilment-attachment", id=i, version=0)
prev, lines = "a" * 64, []
for seq in range(1001, 1001 + n_events):
    event = {"action": "duty.assigned", "actorPersonId": 3, "actorSubject": "sub-3", "actorUsername": "secretary",
             "changes": {"person": {"after": "王建国 %d" % seq, "before": None}}, "entityId": str(seq),
             "entityType": "duty", "occurredAt": "2026-03-01T08:00:00.123456Z", "organizationId": 12,
             "prevHash": prev, "requestId": "req-%d" % seq, "seq": seq}
    text = json.dumps(event, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    digest = hashlib.sha256((prev + text).encode()).hexdigest()
    lines.append(text[:-1] + ',"hash":"%s"}\n' % digest)
    prev = digest
add("audit/events.jsonl", "".join(lines).encode(), "audit-events", count=n_events)
add("audit/chain.json", b'{"fromSeq":1001}', "audit-chain")
for checker in ("verify.html", "verify.py"):
    with open(os.path.join(checkers, checker), "rb") as f:
        add(checker, f.read(), "checker")
manifest = json.dumps({"format": "duty-ledger-package/1", "organization": {"id": 12, "name": "东湖街道"},
                       "from": "2026-01-01", "to": "2026-12-31", "subtree": True, "parts": ["AUDIT"],
                       "builtAt": "2026-12-03T08:00:00.000000Z", "builtBy": {"personId": 3, "name": "王建国"},
                       "files": files}, ensure_ascii=False, indent=2).encode()
with open(os.path.join(root, "manifest.json"), "wb") as f:
    f.write(manifest)
with zipfile.ZipFile(root + ".zip", "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
    for entry in files + [{"path": "manifest.json"}]:
        z.write(os.path.join(root, entry["path"]), entry["path"])
print("files: %d, bytes: %d, zip: %d bytes" % (len(files), sum(e["size"] for e in files), os.path.getsize(root + ".zip")))
EOF

timed() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" > "$WORK/out.txt" || { echo "$label: failed"; cat "$WORK/out.txt"; exit 1; }
  end=$(date +%s.%N)
  printf '%-32s %6.1f s   %s\n' "$label" "$(echo "$end - $start" | bc)" "$(grep -m1 '^完整' "$WORK/out.txt" || true)"
}
timed "verify.py, folder" python3 "$PKG/verify.py"
timed "verify.py, zip" python3 "$PKG/verify.py" "$PKG.zip"

cat > "$ROOT/e2e/.verify-bench.tmp.mjs" <<'EOF'
import { chromium } from '@playwright/test';
import { pathToFileURL } from 'node:url';
const dir = process.argv[2];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
await page.goto(pathToFileURL(`${dir}/verify.html`).href);
const started = Date.now();
await page.getByTestId('verify-input').setInputFiles(dir);
const chosen = Date.now();
await page.locator('[data-testid=verify-result]:not([hidden])').waitFor({ timeout: 600_000 });
console.log(await page.getByTestId('verify-result').innerText());
console.log(`(choosing the folder through Playwright: ${((chosen - started) / 1000).toFixed(1)} s; checking, as the page counts it: ${await page.getByTestId('verify-seconds').innerText()})`);
await browser.close();
EOF
trap 'rm -rf "$WORK" "$ROOT/e2e/.verify-bench.tmp.mjs"' EXIT
(cd "$ROOT/e2e" && timed "verify.html, Chromium (incl. start)" node .verify-bench.tmp.mjs "$PKG" && tail -n 1 "$WORK/out.txt")
