#!/usr/bin/env bash
# The one test command (README "Test"): installs what the suites need when missing
# (Chromium, PostgreSQL), starts a throwaway PostgreSQL on loopback, builds the solution once,
# runs every test project, prints the count per project and ends with "N passed, N failed".
# Fails when any test fails, or when the browser suite or the PostgreSQL suite ran zero tests.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/test-output"
rm -rf "$OUT"; mkdir -p "$OUT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '[test] %s\n' "$*"; }
apt_ready=0
apt_install() {
  if [ "$(id -u)" != 0 ]; then log "not root: cannot install $*"; return 1; fi
  [ $apt_ready = 1 ] || { apt-get update -qq >/dev/null 2>&1; apt_ready=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >"$OUT/apt-$1.log" 2>&1
}

# --- Chromium (browser tests; Playwright drives the system browser, never downloads one) ---
if ! command -v chromium >/dev/null 2>&1; then
  log "installing chromium"; apt_install chromium || log "chromium install failed (see $OUT/apt-chromium.log)"
fi
export SMALLCAP_CHROMIUM="${SMALLCAP_CHROMIUM:-$(command -v chromium || echo /usr/bin/chromium)}"

# --- PostgreSQL: a throwaway cluster on loopback ---
pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pgbin)" ] || [ ! -x "$(pgbin)/initdb" ]; then
  log "installing postgresql"; apt_install postgresql || log "postgresql install failed (see $OUT/apt-postgresql.log)"
fi
PGBIN=$(pgbin)
PGDIR=""
stop_pg() { [ -n "$PGDIR" ] && runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1; [ -n "$PGDIR" ] && rm -rf "$PGDIR"; }
trap stop_pg EXIT
if [ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ]; then
  PGDIR=$(mktemp -d /tmp/smallcap-pg.XXXXXX); chown postgres "$PGDIR"
  PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
  if runuser -u postgres -- "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust >"$OUT/initdb.log" 2>&1 &&
     runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/pg.log" \
        -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDIR -c fsync=off -c max_connections=200" -w start >/dev/null 2>&1; then
    export SMALLCAP_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres;Pooling=true"
    log "postgresql on 127.0.0.1:$PGPORT"
  else
    log "could not start postgresql (see $OUT/initdb.log)"
  fi
fi

# --- build once, then test each project without rebuilding ---
log "building"
if ! dotnet build SmallCapDashboard.sln -c Debug -nologo -clp:ErrorsOnly >"$OUT/build.log" 2>&1; then
  cat "$OUT/build.log" | tail -40
  echo "0 passed, 1 failed"
  exit 1
fi

total_pass=0; total_fail=0; status=0
declare -A PASS
for proj in tests/*/; do
  name=$(basename "$proj")
  [ -f "$proj/$name.csproj" ] || continue
  log "running $name"
  dotnet test "$proj" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$OUT/$name" \
    >"$OUT/$name.log" 2>&1
  trx="$OUT/$name/$name.trx"
  if [ -f "$trx" ]; then
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
    p=${p:-0}; f=$(( ${f:-0} + ${e:-0} ))
    # tests that did not pass (skipped/not executed) count as failed: nothing is skipped in CI
    t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); t=${t:-0}
    [ $(( p + f )) -lt "$t" ] && f=$(( t - p ))
    # a suite that ran zero tests fails
    [ "$t" -eq 0 ] && { f=1; log "$name ran zero tests"; }
  else
    p=0; f=1; log "$name produced no results (see $OUT/$name.log)"; tail -30 "$OUT/$name.log"
  fi
  PASS[$name]=$p
  printf '%s: %d passed, %d failed\n' "$name" "$p" "$f"
  if [ "$f" -gt 0 ]; then
    status=1
    grep -E '^\s+Failed |Error Message' -A 3 "$OUT/$name.log" | head -60
  fi
  total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
done

# The browser suite and the PostgreSQL suite must have run (zero tests there is a failure).
if [ "${PASS[SmallCapDashboard.Browser.Tests]:-0}" -eq 0 ]; then log "the browser suite ran zero tests"; status=1; total_fail=$((total_fail + 1)); fi
pg_ran=$(grep -ho 'testName="[^"]*Postgres[^"]*"[^>]*outcome="Passed"' "$OUT"/*/*.trx 2>/dev/null | wc -l)
log "PostgreSQL tests passed: $pg_ran"
if [ "$pg_ran" -eq 0 ]; then log "the PostgreSQL suite ran zero tests"; status=1; total_fail=$((total_fail + 1)); fi

echo "$total_pass passed, $total_fail failed"
exit $status
