#!/usr/bin/env bash
# A throwaway PostgreSQL server for the inbox tests and benchmark, on a
# loopback port, in a folder of its own. tests/run-all.sh uses it.
#
#   inbox/scripts/test-postgres.sh start DIR   # prints the connection URL
#   inbox/scripts/test-postgres.sh stop DIR
#
# Installs Debian's `postgresql` package when no server binaries are found.
# As root, the server runs as the unprivileged `postgres` user (created by
# the package); otherwise as the current user. Nothing outside DIR changes.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?folder}

as_root=false
[ "$(id -u)" -eq 0 ] && as_root=true

bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$found" ] && [ -x "$found/initdb" ]; then
    echo "$found"
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  fi
}

run_pg() {
  if $as_root; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$action" in
  start)
    if [ -z "$(bindir)" ]; then
      echo "Installing PostgreSQL (Debian package postgresql)" >&2
      sudo_cmd=""
      $as_root || sudo_cmd="sudo"
      $sudo_cmd apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >&2
    fi
    bin=$(bindir)
    [ -n "$bin" ] || { echo "PostgreSQL binaries not found after install" >&2; exit 1; }
    if $as_root && ! id postgres >/dev/null 2>&1; then
      useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    fi
    mkdir -p "$dir"
    $as_root && chown postgres "$dir"
    # A free loopback port (a stale server from an interrupted run may hold one).
    port=""
    for p in $(seq 55432 55632); do
      if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
    done
    [ -n "$port" ] || { echo "no free port for PostgreSQL" >&2; exit 1; }
    run_pg "$bin/initdb" -D "$dir/data" -U waymark --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    run_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c log_connections=off" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" > "$dir/port"
    echo "postgresql://waymark@127.0.0.1:$port/postgres"
    ;;
  stop)
    bin=$(bindir)
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
      run_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
