#!/bin/sh
# Starts a local PostgreSQL server for the store tests and prints the line that points them at it:
#   export PARLEY_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/parley_test?user=parley&password=parley
# Idempotent: installs Debian's postgresql package only if absent, starts the cluster only if it is
# down, creates the role and database only if missing. PostgreSQL refuses to run as root, so the
# server runs as the postgres user the package creates.
set -eu

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /etc/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
    pg_ctlcluster "$version" main start
fi

psql_admin() {
    su postgres -c "psql -qtA -v ON_ERROR_STOP=1 -c \"$1\""
}
if [ -z "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = 'parley'")" ]; then
    psql_admin "CREATE ROLE parley LOGIN PASSWORD 'parley'"
fi
if [ -z "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = 'parley_test'")" ]; then
    psql_admin "CREATE DATABASE parley_test OWNER parley"
fi

echo "export PARLEY_TEST_PG_URL='jdbc:postgresql://127.0.0.1:5432/parley_test?user=parley&password=parley'"
