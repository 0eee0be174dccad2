#!/bin/sh
# Starts a local PostgreSQL server for the store tests and prints, as its only output on stdout,
# the JDBC URL the tests read from PARLEY_TEST_PG_URL:
#   jdbc:postgresql://127.0.0.1:5432/parley_test?user=parley&password=parley
# Idempotent: installs Debian's postgresql package only if the server is absent, creates a cluster
# only if there is none, starts it only if it is down, creates the role and database only if
# missing. PostgreSQL refuses to run as root, so the server runs as the postgres user the package
# creates.
set -eu

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

psql_admin() {
    as_root su postgres -c "psql -qtA -v ON_ERROR_STOP=1 -c \"$1\""
}

cluster_field() {  # $1 = version, $2 = column of pg_lsclusters (3 = port, 4 = status)
    pg_lsclusters -h | awk -v v="$1" -v f="$2" '$1 == v && $2 == "main" { print $f }'
}

prepare() {
    if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        echo ".ci/postgres.sh: installing postgresql"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    fi
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    if [ ! -d "/etc/postgresql/$version/main" ]; then
        as_root pg_createcluster "$version" main
    fi
    case "$(cluster_field "$version" 4)" in
        online*) ;;
        *) as_root pg_ctlcluster "$version" main start ;;
    esac
    if [ -z "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = 'parley'")" ]; then
        psql_admin "CREATE ROLE parley LOGIN PASSWORD 'parley'"
    fi
    if [ -z "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = 'parley_test'")" ]; then
        psql_admin "CREATE DATABASE parley_test OWNER parley"
    fi
}

# Everything prepare runs writes to stderr, and so does the server it starts: pg_ctlcluster, for
# one, prints "Removed stale pid file." on stdout when the machine stopped with the server running,
# and the caller reads stdout for the URL alone (a server holding that pipe would also hang it).
prepare >&2  # sets $version

port=$(cluster_field "$version" 3)
echo "jdbc:postgresql://127.0.0.1:${port:-5432}/parley_test?user=parley&password=parley"
