#!/usr/bin/env bash
# Load comparison: the poolspec sandbox vs Prism's mock server on the same spec, side by side.
#
#   ./mvnw -B -ntp install -DskipTests        # builds the sandbox launcher and jar, unpacks the spec
#   sandbox/load/load.sh [seconds]             # default 10 s per run
#
# The sandbox runs exactly as users start it: sandbox/target/poolspec-sandbox, the launcher with the lean JVM profile
# and the class-data archive (see the launcher's header).
# Needs: java, wrk (Debian: apt-get install wrk), node + npm (Prism is installed into sandbox/load/node_modules
# from the pinned package.json on first use). Env: CONNECTIONS (default 32), THREADS (default 2); JAVA_OPTS is the
# launcher's (more JVM options).
# Prints, for each server: time from process start to the first answer, GET list and POST create req/s and p99
# latency (wrk, keep-alive), and resident memory after the GET run and after the POST run (every POST creates a
# new pool, so the sandbox's store grows during the POST run; Prism keeps nothing).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
duration="${1:-10}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
launcher="$root/sandbox/target/poolspec-sandbox"
spec="$root/sandbox/target/spec/openapi/pools-api.yaml"
sandbox_port=18480
prism_port=18481
project=86c13962597848eeb29c5861153a391f

for tool in java wrk node npm curl; do
  command -v "$tool" >/dev/null || { echo "load.sh: $tool is required" >&2; exit 2; }
done
[ -x "$launcher" ] || { echo "load.sh: $launcher is missing; run ./mvnw -B -ntp install -DskipTests first" >&2; exit 2; }
[ -f "$spec" ] || { echo "load.sh: $spec is missing; run ./mvnw -B -ntp install -pl sandbox first" >&2; exit 2; }
if [ ! -x "$here/node_modules/.bin/prism" ]; then
  (cd "$here" && npm install --no-audit --no-fund --loglevel=error)
fi

work="$(mktemp -d)"
cleanup() {
  for pidfile in "$work"/*.pid; do
    [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

cat > "$work/create.lua" <<'LUA'
-- POST /v2/{project}/pools with a new pool name every request (names stay within ^[a-z0-9-]{4,25}$).
local counter = 0
local prefix = "t" .. math.random(100000, 999999)
request = function()
  counter = counter + 1
  local body = '{"kind":"Pool","apiVersion":"v2","metadata":{"labels":{"os.modelarts/name":"'
    .. prefix .. "-" .. counter .. '"}},"spec":{"type":"Dedicate","network":{"name":"net-1"},'
    .. '"resources":[{"flavor":"modelarts.vm.cpu.8ud","count":1}]}}'
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["X-Auth-Token"] = "load"}, body)
end
LUA

# start <name> <port> <command...>: starts a server, prints ms until its first answer.
start() {
  local name="$1" port="$2"; shift 2
  local t0 t1
  t0=$(date +%s%N)
  "$@" > "$work/$name.log" 2>&1 &
  echo "$!" > "$work/$name.pid"
  until curl -s -o /dev/null -H 'X-Auth-Token: load' "http://127.0.0.1:$port/v2/$project/pools"; do
    kill -0 "$(cat "$work/$name.pid")" 2>/dev/null || { echo "load.sh: $name died:" >&2; cat "$work/$name.log" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000000 ))
}

# run <url> [wrk args...]: prints "<req/s> <p99>"
run() {
  local url="$1"; shift
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$@" "$url")
  local rps p99
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  echo "$rps $p99"
}

measure() {
  local name="$1" port="$2" startup="$3"
  local url="http://127.0.0.1:$port/v2/$project/pools"
  wrk -t"$threads" -c"$connections" -d2s -H 'X-Auth-Token: load' "$url" > /dev/null   # warm-up
  read -r get_rps get_p99 < <(run "$url" -H 'X-Auth-Token: load')
  local rss_get rss_post
  rss_get=$(ps -o rss= -p "$(cat "$work/$name.pid")" | tr -d ' ')
  read -r post_rps post_p99 < <(run "$url" -s "$work/create.lua")
  rss_post=$(ps -o rss= -p "$(cat "$work/$name.pid")" | tr -d ' ')
  printf '| %-8s | %8s ms | %10s | %8s | %10s | %8s | %6s MB | %6s MB |\n' "$name" "$startup" "$get_rps" \
    "$get_p99" "$post_rps" "$post_p99" "$(( rss_get / 1024 ))" "$(( rss_post / 1024 ))"
  kill "$(cat "$work/$name.pid")" 2>/dev/null || true
  wait "$(cat "$work/$name.pid")" 2>/dev/null || true
}


echo "wrk -t$threads -c$connections -d${duration}s, keep-alive; $(nproc) cores, load average$(uptime | sed 's/.*load average//'); $(java -version 2>&1 | head -1); node $(node --version)"
echo
echo "| server   | first answer | GET req/s  | GET p99  | POST req/s | POST p99 | RSS after GET | RSS after POST |"
echo "|----------|--------------|------------|----------|------------|----------|---------------|----------------|"
# The build recorded the launcher's class-data archive; should this JVM differ from the build's, this records it
# again now rather than inside the timed start.
"$launcher" --help > /dev/null
# The launcher execs the JVM: the process measured is the sandbox's JVM.
startup=$(start sandbox "$sandbox_port" "$launcher" --port "$sandbox_port")
measure sandbox "$sandbox_port" "$startup"
startup=$(start prism "$prism_port" "$here/node_modules/.bin/prism" mock -h 127.0.0.1 -p "$prism_port" "$spec")
measure prism "$prism_port" "$startup"
