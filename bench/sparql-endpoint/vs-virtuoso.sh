#!/usr/bin/env bash
# Our /sparql (vf serve) next to Virtuoso 7 on the query mix, in the same run, over HTTP with the same client
# (sparql-bench.mjs here: the anchors' client with its query-form detection fixed; POST form, 1 warm-up + RUNS timed
# runs, median per query). Virtuoso is driven by ../shared/bench/anchors/virtuoso.sh as virtuoso-bench.sh does.
# Prints the anchors' CSV lines (system,query,name,median_ms,rows), then the load of the machine.
# Usage: bench/sparql-endpoint/vs-virtuoso.sh [DATA.nt (default /tmp/vf-1m.nt)] [RUNS (default 5)] [QUERY_DIR]
#        (as root: installs Debian's virtuoso-opensource once)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
anchors=$(readlink -f "$root/../shared/bench/anchors")
queries=$(readlink -f "${3:-$root/../shared/bench/queries}")
data=$(readlink -f "${1:-/tmp/vf-1m.nt}")
runs=${2:-5}
port=${VF_BENCH_PORT:-5099}
graph=http://example.org/vf/graph

dotnet build "$root/src/ValueFlows.Cli" -c Release -v q -nologo >&2
vf=(dotnet "$root/src/ValueFlows.Cli/bin/Release/net10.0/vf.dll")
work=$(mktemp -d)
pid=
virtuoso=
cleanup() {
  if [[ -n $pid ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  if [[ -n $virtuoso ]]; then "$anchors/virtuoso.sh" stop >&2 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

start=$(date +%s%N)
"${vf[@]}" import "$data" --data "$work/store" 2>"$work/import.log" >&2
echo "vf,load,$(basename "$data"),$(( ($(date +%s%N) - start) / 1000000 )),$(grep -o 'imported [0-9,]* quads' "$work/import.log" | tr -dc 0-9)"
"${vf[@]}" serve --data "$work/store" --urls "http://127.0.0.1:$port" --query-timeout 600 >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
node "$here/sparql-bench.mjs" vf "http://127.0.0.1:$port/sparql" "$queries" "$runs"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=

if ! command -v virtuoso-t >/dev/null; then
  printf '%s\n' 'virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba' \
    'virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba' | debconf-set-selections
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends virtuoso-opensource curl >/dev/null
fi
export VIRT_DIR="$work/virtuoso" VIRT_DATA_DIRS=$(dirname "$data")
virtuoso=1
"$anchors/virtuoso.sh" start >&2
read -r ms n < <("$anchors/virtuoso.sh" load "$data" "$graph")
echo "virtuoso,load,$(basename "$data"),$ms,$n"
node "$here/sparql-bench.mjs" virtuoso "http://127.0.0.1:${VIRT_HTTP_PORT:-8890}/sparql" "$queries" "$runs" "$graph"
echo "# $(uptime)"
