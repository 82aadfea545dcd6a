#!/usr/bin/env bash
# Start a local LanguageTool HTTP server (English only) for newslint's tests.
#
#   eval "$(bash tests/languagetool/start-server.sh)"
#
# stdout carries only two lines, meant for eval:
#   export NEWSLINT_LT_URL=http://127.0.0.1:PORT
#   export NEWSLINT_LT_PID=PID
# Everything else (progress, errors) goes to stderr.
#
# Steps: fetch the server's jars with Maven (skipped when the cache matches
# pom.xml), pick a free port on 127.0.0.1, start the server in the
# background (localhost only: --public is never passed), wait until
# /v2/languages answers. If a server started by this script is still alive
# and answering, it is reused.
#
# Environment knobs (all optional):
#   NEWSLINT_LT_CACHE      cache folder (default: tests/languagetool/target)
#   NEWSLINT_LT_PORT       fixed port instead of a free one
#   NEWSLINT_LT_TIMEOUT    seconds to wait for the server (default: 120)
#   NEWSLINT_LT_JAVA_OPTS  JVM flags (default: -Xms128m -Xmx1g ...)
#   NEWSLINT_LT_OFFLINE=1  never call Maven; fail unless jars are cached
#   NEWSLINT_LT_WARMUP=0   skip the warm-up check (the first en-US check
#                          loads rules and dictionaries: ~3 s; later ones ~50 ms)
#   JAVA, MVN              commands to use (default: java, mvn)
#
# Stop it with: bash tests/languagetool/stop-server.sh
set -euo pipefail

die() { echo "start-server.sh: error: $*" >&2; exit 1; }
say() { echo "start-server.sh: $*" >&2; }

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pom="$here/pom.xml"
cache="${NEWSLINT_LT_CACHE:-$here/target}"
lib="$cache/lib"
stamp="$lib/.pom.sha256"
pidfile="$cache/server.pid"
urlfile="$cache/server.url"
logfile="$cache/server.log"
timeout="${NEWSLINT_LT_TIMEOUT:-120}"
java_cmd="${JAVA:-java}"
mvn_cmd="${MVN:-mvn}"
java_opts="${NEWSLINT_LT_JAVA_OPTS:--Xms128m -Xmx1g -XX:+UseSerialGC -Djava.awt.headless=true -Dfile.encoding=UTF-8}"

[[ -f "$pom" ]] || die "missing $pom"
command -v "$java_cmd" >/dev/null || die "java not found (set JAVA=...)"
command -v curl >/dev/null || die "curl not found"
[[ "$timeout" =~ ^[0-9]+$ ]] || die "NEWSLINT_LT_TIMEOUT must be whole seconds, got '$timeout'"
mkdir -p "$cache"

answers() { curl -sf --max-time 5 -o /dev/null "$1/v2/languages"; }
is_lt_server() { [[ -r "/proc/$1/cmdline" ]] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q 'org.languagetool.server.HTTPServer'; }

# --- reuse a server that this script started earlier -------------------------
if [[ -f "$pidfile" && -f "$urlfile" ]]; then
  old_pid="$(cat "$pidfile")"; old_url="$(cat "$urlfile")"
  if [[ "$old_pid" =~ ^[0-9]+$ ]] && is_lt_server "$old_pid" && answers "$old_url"; then
    say "reusing running server pid $old_pid at $old_url"
    echo "export NEWSLINT_LT_URL=$old_url"
    echo "export NEWSLINT_LT_PID=$old_pid"
    exit 0
  fi
  rm -f "$pidfile" "$urlfile"
fi

# --- (a) fetch jars -----------------------------------------------------------
pom_sum="$(sha256sum "$pom" | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$pom_sum" ]]; then
  say "jars cached in $lib"
else
  [[ "${NEWSLINT_LT_OFFLINE:-0}" == 1 ]] && die "jars not cached in $lib and NEWSLINT_LT_OFFLINE=1"
  command -v "$mvn_cmd" >/dev/null || die "mvn not found (set MVN=...)"
  say "fetching LanguageTool jars with Maven into $lib ..."
  tmp="$cache/lib.tmp.$$"
  rm -rf "$tmp"
  mvnlog="$cache/mvn.log"
  if ! "$mvn_cmd" -B -q -f "$pom" dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$tmp" >"$mvnlog" 2>&1 </dev/null; then
    rm -rf "$tmp"
    tail -n 20 "$mvnlog" >&2 || true
    die "Maven could not fetch the LanguageTool jars (full log: $mvnlog)"
  fi
  ls "$tmp"/languagetool-server-*.jar >/dev/null 2>&1 || { rm -rf "$tmp"; die "Maven ran but no languagetool-server jar in $tmp"; }
  echo "$pom_sum" >"$tmp/.pom.sha256"
  rm -rf "$lib"
  mv "$tmp" "$lib"
fi

# --- (b) pick a port ----------------------------------------------------------
pick_port() {
  if [[ -n "${NEWSLINT_LT_PORT:-}" ]]; then echo "$NEWSLINT_LT_PORT"; return; fi
  local py
  py="$(command -v python3 || command -v python || true)"
  [[ -n "$py" ]] || die "python3 not found (needed to pick a free port; or set NEWSLINT_LT_PORT)"
  "$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# --- (c) start, (d) wait ----------------------------------------------------------
# The port is free when picked but could be taken before Java binds it:
# retry a few times if the server dies with "Address already in use".
ready=0
for attempt in 1 2 3; do
  port="$(pick_port)"
  [[ "$port" =~ ^[0-9]+$ ]] || die "bad port '$port'"
  url="http://127.0.0.1:$port"
  if answers "$url"; then   # something else already serves this port
    if [[ -n "${NEWSLINT_LT_PORT:-}" ]]; then die "port $port is already in use"; fi
    continue
  fi
  say "starting LanguageTool on $url (log: $logfile)"
  rm -f "$pidfile"
  # setsid + exec: own session, so Ctrl-C in the caller's terminal does not
  # reach it; the pid written is the java process itself.
  # shellcheck disable=SC2086
  setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$pidfile" \
    "$java_cmd" $java_opts -cp "$lib/*" org.languagetool.server.HTTPServer \
    --port "$port" --allow-origin \
    >"$logfile" 2>&1 </dev/null &
  for _ in 1 2 3 4 5 6 7 8 9 10; do [[ -s "$pidfile" ]] && break; sleep 0.1; done
  [[ -s "$pidfile" ]] || die "server did not write its pid file $pidfile"
  pid="$(cat "$pidfile")"

  deadline=$(( SECONDS + timeout ))
  while (( SECONDS < deadline )); do
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    # "Server started" is logged by HTTPServer after the port is bound;
    # without it a reply could come from another process on the same port.
    if grep -q 'Server started' "$logfile" && answers "$url"; then ready=1; break; fi
    sleep 0.5
  done
  if (( ready )); then break; fi

  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    rm -f "$pidfile"
    tail -n 20 "$logfile" >&2 || true
    die "server did not answer $url/v2/languages within ${timeout}s (log: $logfile)"
  fi
  rm -f "$pidfile"
  if grep -q 'Address already in use' "$logfile" && [[ -z "${NEWSLINT_LT_PORT:-}" ]] && (( attempt < 3 )); then
    say "port $port was taken, retrying"
    continue
  fi
  tail -n 20 "$logfile" >&2 || true
  die "server exited during start-up (log: $logfile)"
done
(( ready )) || die "no free port found after 3 tries"

echo "$url" >"$urlfile"
if [[ "${NEWSLINT_LT_WARMUP:-1}" != 0 ]]; then
  # Not fatal: the server is up; a failure here shows in the tests anyway.
  curl -sf --max-time 60 -o /dev/null --data-urlencode 'text=This are a warm-up sentence.' \
    -d language=en-US "$url/v2/check" || say "warning: warm-up check failed (see $logfile)"
fi
say "ready: pid $pid, $url"
# --- (e) exports for eval ---------------------------------------------------------
echo "export NEWSLINT_LT_URL=$url"
echo "export NEWSLINT_LT_PID=$pid"
