#!/usr/bin/env bash
# A complete scripted import with curl: token → upload → dry run (poll) → errors → commit → poll.
#
#   scripts/import.sh KIND FILE [--commit] [--encoding GB18030]
#     KIND: organizations | people | memberships | duty-assignments | channels
#     FILE: .csv, .xlsx or .json (download a template: GET /api/v1/imports/templates/KIND.xlsx)
#   Without --commit it stops after the dry run (and saves the annotated sheet when there are errors).
#
# Environment: DL_URL (http://localhost:8080), DL_KEYCLOAK (http://localhost:8180), DL_USER (secretary),
# DL_PASSWORD (demo — the local demo password, never use it anywhere else). Needs curl and jq.
set -euo pipefail

DL_URL="${DL_URL:-http://localhost:8080}"
DL_KEYCLOAK="${DL_KEYCLOAK:-http://localhost:8180}"
DL_USER="${DL_USER:-secretary}"
DL_PASSWORD="${DL_PASSWORD:-demo}"

usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[[ $# -ge 2 ]] || usage
kind="$1" file="$2"; shift 2
do_commit=false encoding=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --commit) do_commit=true ;;
    --encoding) encoding="$2"; shift ;;
    *) usage ;;
  esac
  shift
done
[[ -f "$file" ]] || { echo "no such file: $file" >&2; exit 2; }
command -v jq >/dev/null || { echo "this script needs jq" >&2; exit 2; }

case "${file,,}" in
  *.xlsx) type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ;;
  *.json) type="application/json" ;;
  *) type="text/csv" ;;
esac

# 1. A token for a demo user from the local Keycloak (client "cli", password grant).
token=$(curl -fsS -d grant_type=password -d client_id=cli -d client_secret=local-only-cli-secret \
  -d "username=$DL_USER" -d "password=$DL_PASSWORD" \
  "$DL_KEYCLOAK/realms/duty-ledger/protocol/openid-connect/token" | jq -r .access_token)
auth=(-H "Authorization: Bearer $token")

# 2. Upload: the file is the request body; the dry run runs in the background (202 + the job).
name=$(basename "$file")
job=$(curl -fsS "${auth[@]}" -H "Content-Type: $type" --data-binary "@$file" -G \
  --data-urlencode "kind=$kind" --data-urlencode "fileName=$name" ${encoding:+--data-urlencode "encoding=$encoding"} \
  -X POST "$DL_URL/api/v1/imports")
id=$(jq -r .id <<<"$job")
echo "job $id: $(jq -r '"\(.format) \(.encoding // "") \(.status)"' <<<"$job")"

# Polls the job about once a second until it leaves VALIDATING / COMMITTING, printing progress.
wait_job() {
  while true; do
    job=$(curl -fsS "${auth[@]}" "$DL_URL/api/v1/imports/$id")
    status=$(jq -r .status <<<"$job")
    printf '\r  %s %s/%s rows' "$status" "$(jq -r .processed <<<"$job")" "$(jq -r .total <<<"$job")" >&2
    [[ "$status" == VALIDATING || "$status" == COMMITTING ]] || break
    sleep 1
  done
  echo >&2
}

# 3. The dry run: every row checked, nothing written.
wait_job
jq -r '"dry run: \(.status) — \(.total) rows: \(.createdCount) new, \(.updatedCount) changed, \(.unchangedCount) unchanged, \(.errorCount) errors" + (if .message then "\n  " + .message else "" end)' <<<"$job"
if [[ "$status" == INVALID ]]; then
  curl -fsS "${auth[@]}" "$DL_URL/api/v1/imports/$id/errors?limit=1000" \
    | jq -r '.items[] | "  第 \(.row) 行 「\(.column)」 \(.value // "") — \(.message) [\(.code)]"'
  out="import-$id-annotated.xlsx"
  curl -fsS "${auth[@]}" -o "$out" "$DL_URL/api/v1/imports/$id/annotated.xlsx"
  echo "the file with a 错误 column: $out — fix the rows and upload again"
  exit 1
fi
if ! $do_commit; then
  echo "valid; to write it: curl -X POST -H 'Authorization: Bearer …' $DL_URL/api/v1/imports/$id/commit (or rerun with --commit)"
  exit 0
fi

# 4. Commit: all rows in one transaction, or none.
curl -fsS "${auth[@]}" -X POST "$DL_URL/api/v1/imports/$id/commit" >/dev/null
wait_job
jq -r '"commit: \(.status) — \(.createdCount) created, \(.updatedCount) updated, \(.unchangedCount) unchanged" + (if .message then "\n  " + .message else "" end)' <<<"$job"
[[ "$status" == COMMITTED ]]
