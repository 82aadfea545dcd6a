#!/usr/bin/env bash
# Stop the LanguageTool server started by start-server.sh.
#   bash tests/languagetool/stop-server.sh [PID]
# PID defaults to $NEWSLINT_LT_PID, then to the pid file in the cache folder.
# Only a process whose command line is org.languagetool.server.HTTPServer is
# killed (guards against a stale pid that was reused by something else).
set -euo pipefail

die() { echo "stop-server.sh: error: $*" >&2; exit 1; }
say() { echo "stop-server.sh: $*" >&2; }

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${NEWSLINT_LT_CACHE:-$here/target}"
pidfile="$cache/server.pid"
urlfile="$cache/server.url"

pid="${1:-${NEWSLINT_LT_PID:-}}"
if [[ -z "$pid" && -f "$pidfile" ]]; then pid="$(cat "$pidfile")"; fi
[[ -n "$pid" ]] || { say "no server pid given and no $pidfile: nothing to stop"; exit 0; }
[[ "$pid" =~ ^[0-9]+$ ]] || die "bad pid '$pid'"

forget() {
  # drop the pid/url files only if they describe this pid
  if [[ -f "$pidfile" && "$(cat "$pidfile")" == "$pid" ]]; then rm -f "$pidfile" "$urlfile"; fi
}

if ! kill -0 "$pid" 2>/dev/null; then
  say "pid $pid is not running"; forget; exit 0
fi
tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'org.languagetool.server.HTTPServer' \
  || die "pid $pid is not a LanguageTool server; not killing it"

kill "$pid"
for _ in $(seq 1 100); do            # up to 10 s for a clean exit
  kill -0 "$pid" 2>/dev/null || { say "stopped pid $pid"; forget; exit 0; }
  sleep 0.1
done
kill -9 "$pid" 2>/dev/null || true
say "pid $pid did not exit on SIGTERM; sent SIGKILL"
forget
