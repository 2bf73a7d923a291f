#!/bin/bash
# Runs once, when the postgres:17 container initialises an empty data volume
# (mounted into /docker-entrypoint-initdb.d). Creates:
#   duty_ledger_owner  owns the duty_ledger database and its tables; Flyway migrates as this role
#   duty_ledger_app    the role the backend connects as: it owns nothing, the migrations grant it
#                      exactly the rights it needs (the audit trail: SELECT and INSERT only)
#   keycloak           owns the keycloak database
# Passwords come from the container's environment (see docker-compose.yml).
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="${DUTYLEDGER_OWNER_PASSWORD:?}" \
  -v app_password="${DUTYLEDGER_APP_PASSWORD:?}" \
  -v keycloak_password="${KEYCLOAK_DB_PASSWORD:?}" <<'EOSQL'
CREATE ROLE duty_ledger_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE duty_ledger_app LOGIN PASSWORD :'app_password';
CREATE DATABASE duty_ledger OWNER duty_ledger_owner;
REVOKE ALL ON DATABASE duty_ledger FROM PUBLIC;
GRANT CONNECT ON DATABASE duty_ledger TO duty_ledger_app;

CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
EOSQL

# In PostgreSQL 15+ the public schema belongs to the database owner: only the owner creates
# objects there, the application role merely uses what it is granted.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname duty_ledger <<'EOSQL'
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
EOSQL
