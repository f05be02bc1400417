#!/usr/bin/env bash
# Runs "$@" against a throwaway PostgreSQL cluster: initdb in a temp dir (as the `postgres` user
# when running as root, since postgres refuses to run as root), listen on a free loopback port,
# export TEST_DATABASE_URL, run the command, stop the cluster, exit with the command's status.
set -u
PGBIN="${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "with-postgres: PostgreSQL binaries not found (set PGBIN)" >&2
  exit 1
fi
TMP="$(mktemp -d /tmp/lg-pg.XXXXXX)"
PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$TMP"; fi
as_pg "$PGBIN/initdb" -D "$TMP/data" -U liveguard --auth=trust -E UTF8 --locale=C.UTF-8 >"$TMP/initdb.log" 2>&1 || { cat "$TMP/initdb.log" >&2; rm -rf "$TMP"; exit 1; }
as_pg "$PGBIN/pg_ctl" -D "$TMP/data" -l "$TMP/pg.log" -w -o "-c listen_addresses=127.0.0.1 -p $PORT -k $TMP -c fsync=off" start >/dev/null || { cat "$TMP/pg.log" >&2; rm -rf "$TMP"; exit 1; }
export TEST_DATABASE_URL="postgres://liveguard@127.0.0.1:$PORT/postgres"
echo "with-postgres: PostgreSQL on 127.0.0.1:$PORT (TEST_DATABASE_URL exported)"
"$@"
STATUS=$?
as_pg "$PGBIN/pg_ctl" -D "$TMP/data" -m fast -w stop >/dev/null 2>&1
rm -rf "$TMP"
exit $STATUS
