#!/usr/bin/env bash
# What a new user on a VM or in a container gets: root, in a folder nobody else may enter (mode 0700), with nothing
# beside the clone. `npm ci && npm test` passes there, and `npm ci && npm start` serves /docs twice on the same data,
# then once more with two API processes.
set -euo pipefail
[ "$(id -u)" = 0 ] || { echo "not root: skipped"; exit 0; }

private=$(mktemp -d) # mode 0700
trap 'rm -rf "$private"' EXIT
git clone -q "$(pwd)" "$private/app"
cd "$private/app"
npm ci --no-audit --no-fund
env -u DATABASE_URL -u TEST_DATABASE_URL npm test

port=$((30000 + RANDOM % 10000))
db_port=$((40000 + RANDOM % 10000))
log="$private/start.log"

start() {
  setsid env -u DATABASE_URL PORT=$port EMBEDDED_DB_PORT=$db_port "$@" npm start >>"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/docs"; then return 0; fi
    kill -0 $pid 2>/dev/null || { cat "$log"; echo "npm start exited before serving /docs"; exit 1; }
    sleep 0.5
  done
  cat "$log"; echo "npm start did not serve /docs within 120 s"; exit 1
}

stop() {
  # Ctrl-C reaches the whole process group (npm, the server, PostgreSQL), as a terminal sends it.
  kill -INT -- -$pid || true
  wait $pid || true
  if pgrep -f "postgres -D .*cluster.* -p $db_port" >/dev/null; then echo "PostgreSQL still runs after Ctrl-C"; exit 1; fi
}

start ADMIN_EMAIL=ci@example.com ADMIN_PASSWORD=correct-horse-battery
stop
grep -q 'Created the first operator' "$log" || { cat "$log"; echo "the first start created no operator"; exit 1; }
: >"$log"
start
stop
# The operator of the first start is still there: the second start reused the data.
if grep -q 'No operator exists yet' "$log"; then cat "$log"; echo "the second start did not reuse the data"; exit 1; fi
: >"$log"
# Two API processes on the same data: the primary owns PostgreSQL and migrations; Ctrl-C ends all of them.
start WEB_CONCURRENCY=2
# /docs answers as soon as the first process listens; the primary says so once both do.
for _ in $(seq 1 120); do grep -q 'with 2 processes' "$log" && break; sleep 0.5; done
grep -q 'with 2 processes' "$log" || { cat "$log"; echo "WEB_CONCURRENCY=2 did not start two processes"; exit 1; }
stop
if pgrep -f "dist/src/main.js" >/dev/null; then echo "an API process still runs after Ctrl-C"; exit 1; fi
location=$(cat data/postgres/cluster-location 2>/dev/null || true)
echo "served /docs twice as root from a 0700 folder; cluster in ${location:-data/postgres}"
[ -z "$location" ] || rm -rf "$location"
