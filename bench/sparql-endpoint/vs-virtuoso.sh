#!/usr/bin/env bash
# Our /sparql (vf serve) next to Virtuoso 7 on the query mix, in the same run, over HTTP with the same client
# (../shared/bench/anchors/sparql-bench.mjs: POST form, 1 warm-up + RUNS timed runs, median per query).
# Prints the anchors' CSV lines (system,query,name,median_ms,rows), then the load of the machine.
# Usage: bench/sparql-endpoint/vs-virtuoso.sh [DATA.nt (default /tmp/vf-1m.nt)] [RUNS (default 5)]
#        (as root: the Virtuoso anchor installs Debian's virtuoso-opensource once)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
anchors=$(readlink -f "$root/../shared/bench/anchors")
queries=$(readlink -f "$root/../shared/bench/queries")
data=$(readlink -f "${1:-/tmp/vf-1m.nt}")
runs=${2:-5}
port=${VF_BENCH_PORT:-5099}

dotnet build "$root/src/ValueFlows.Cli" -c Release -v q -nologo >&2
vf=(dotnet "$root/src/ValueFlows.Cli/bin/Release/net10.0/vf.dll")
work=$(mktemp -d)
pid=
cleanup() { [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

start=$(date +%s%N)
"${vf[@]}" import "$data" --data "$work/store" >&2 2>"$work/import.log"
echo "vf,load,$(basename "$data"),$(( ($(date +%s%N) - start) / 1000000 )),$(grep -o 'imported [0-9,]* quads' "$work/import.log" | tr -dc 0-9)"
"${vf[@]}" serve --data "$work/store" --urls "http://127.0.0.1:$port" --query-timeout 600 >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
node "$anchors/sparql-bench.mjs" vf "http://127.0.0.1:$port/sparql" "$queries" "$runs"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=

bash "$anchors/virtuoso-bench.sh" "$data" "$queries" "$runs"
echo "# $(uptime)"
