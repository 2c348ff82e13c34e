#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on 127.0.0.1 for the store tests; print its URL.
# Usage: eval "$(.ci/postgres.sh start)" … .ci/postgres.sh stop
set -euo pipefail
# One cluster per checkout: two CI runs side by side must not remove each other's.
PGDATA=${PGDATA_DIR:-/tmp/dateline-ci-pg-$(pwd | md5sum | cut -c1-8)}
PORT=${PGPORT_CI:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
case "${1:-start}" in
start)
    if [ -z "$(bin)" ]; then
        (apt-get update -qq && apt-get install -y -qq postgresql) >/dev/null 2>&1 || {
            echo "echo 'postgresql could not be installed; PostgreSQL tests will be skipped' >&2"
            exit 0
        }
    fi
    PGBIN=$(bin)
    rm -rf "$PGDATA" && mkdir -p "$PGDATA" && chown postgres "$PGDATA"
    su postgres -c "$PGBIN/initdb -D $PGDATA -A trust -U postgres" >/dev/null
    if ! su postgres -c "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/log -o '-k /tmp -c listen_addresses=127.0.0.1 -p $PORT' -w start" >/dev/null; then
        echo "echo 'PostgreSQL did not start; PostgreSQL tests will be skipped' >&2"
        exit 0
    fi
    echo "export DATELINE_TEST_PG=postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
    ;;
stop)
    PGBIN=$(bin)
    [ -n "$PGBIN" ] && [ -d "$PGDATA" ] && su postgres -c "$PGBIN/pg_ctl -D $PGDATA -m fast stop" >/dev/null || true
    ;;
esac
