# Shared by the bench scripts that drive the packaged service (backup-restore.sh, pg-dump-restore.sh, crash-recovery.sh):
# a token signed with the throwaway test key, calls to the API, starting and stopping the service, and the
# snapshot that must survive a restore. Before sourcing, set ROOT (the repository), PORT, JAR, LOG and
# SERVICE_ENV (an array of VAR=value for the service, e.g. where its database is).

token() {
  node -e '
    const crypto = require("crypto"), fs = require("fs");
    const b64 = (o) => Buffer.from(typeof o === "string" ? o : JSON.stringify(o)).toString("base64url");
    const now = Math.floor(Date.now() / 1000);
    const head = b64({ alg: "RS256", typ: "JWT" });
    const body = b64({ sub: "sub-admin", preferred_username: "admin", aud: "duty-ledger-api",
                       realm_access: { roles: ["admin"] }, iat: now, exp: now + 3600 });
    const key = fs.readFileSync(process.argv[1]);
    const sig = crypto.sign("RSA-SHA256", Buffer.from(head + "." + body), key).toString("base64url");
    console.log(head + "." + body + "." + sig);
  ' "$ROOT/backend/src/test/resources/test-token-signing-key.pem"
}
TOKEN=$(token)
api() { curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
field() { node -pe "const v = JSON.parse(require('fs').readFileSync(0)); $1"; }

# The test profile: demo data, tokens checked locally against the test key.
start() {
  env "${SERVICE_ENV[@]}" QUARKUS_HTTP_PORT="$PORT" java -Dquarkus.profile=test -jar "$JAR" >> "$LOG" 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null && return 0
    kill -0 $PID 2>/dev/null || { echo "service died at start; see $LOG"; tail -n 30 "$LOG"; exit 1; }
    sleep 1
  done
  echo "service not ready after 120 s; see $LOG"; exit 1
}

stop() {
  kill -TERM "$PID"
  wait "$PID" 2>/dev/null || true
  PID=
}

# Writes N organizations under the demo street (each with its audit event), 4 at a time.
write_organizations() {
  local n=$1 prefix=$2 street
  street=$(api "http://localhost:$PORT/api/v1/organizations?q=STREET-DH" | field 'v.items[0].id')
  seq 1 "$n" | xargs -P 4 -I{} sh -c "
    curl -s -o /dev/null -H 'Authorization: Bearer $TOKEN' -H 'Content-Type: application/json' \
      -d '{\"code\":\"$prefix-{}\",\"name\":\"备份测试{}\",\"type\":\"OTHER\",\"parentId\":$street}' \
      http://localhost:$PORT/api/v1/organizations"
}

# What must survive: organizations, audit head sequence and hash, verification.
snapshot() {
  local orgs verify head hash
  orgs=$(api "http://localhost:$PORT/api/v1/organizations?size=1" | field 'v.total')
  verify=$(api "http://localhost:$PORT/api/v1/audit-events/verify")
  head=$(echo "$verify" | field 'v.headSeq')
  hash=$(api "http://localhost:$PORT/api/v1/audit-events?limit=1" | field 'v.items[0].seq + " " + v.items[0].hash')
  echo "organizations=$orgs auditHead=$head headEvent=[$hash] verify=$(echo "$verify" | field 'v.ok + " (" + v.verified + " events)"')"
}
