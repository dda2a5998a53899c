#!/usr/bin/env bash
# GraphQL reads next to the same data through /sparql, under concurrent load from wrk on loopback (issue 8 item 8).
# Imports DATA into a fresh store, starts `vf serve` on it, picks up to 100 agents and 100 tracked resources through
# /sparql, checks one answer of each read (prints it on error), then runs each read for DURATION with CONNECTIONS
# connections. Prints CSV: read,requests,req_per_s,p50_ms,p99_ms,max_ms,errors, then the load of the machine.
# Usage: bench/graphql/graphql-bench.sh [DATA.nt (default /tmp/vf-1m.nt)] [DURATION (default 30s)] [CONNECTIONS (default 16)]
#        VF_BENCH_NO_BUILD=1 skips the build; VF_BENCH_PORT, VF_BENCH_THREADS (default 2) as named.
#        (needs wrk: apt-get install -y wrk; the 1M file: python3 ../shared/bench/gen-vf.py --agents 3560 -o /tmp/vf-1m.nt)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=$(readlink -f "${1:-/tmp/vf-1m.nt}")
duration=${2:-30s}
connections=${3:-16}
threads=${VF_BENCH_THREADS:-2}
port=${VF_BENCH_PORT:-5098}
url=http://127.0.0.1:$port

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
[[ -n ${VF_BENCH_NO_BUILD:-} ]] || dotnet build "$root/src/ValueFlows.Cli" -c Release -v q -nologo >&2
vf=(dotnet "$root/src/ValueFlows.Cli/bin/Release/net10.0/vf.dll")
work=$(mktemp -d)
pid=
cleanup() {
  if [[ -n $pid ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"${vf[@]}" import "$data" --data "$work/store" >&2
# Per-request logs off: the console would be part of what is measured.
Logging__LogLevel__Default=Warning "${vf[@]}" serve --data "$work/store" --urls "$url" --base "http://localhost:$port/" --query-timeout 120 --log-format json \
  >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -sf "$url/health" >/dev/null && break; sleep 1; done
curl -sf "$url/health" >&2 || { echo "the server did not start:" >&2; tail -20 "$work/serve.log" >&2; exit 1; }
echo >&2

# IRIs from the data itself, so the reads hit real records at any size.
ids() {
  curl -sf "$url/sparql" -H 'Accept: text/csv' --data-urlencode "query=PREFIX vf: <https://w3id.org/valueflows/ont/vf#> $1" |
    tail -n +2 | tr -d '\r' >"$work/$2"
  [[ -s $work/$2 ]] || { echo "no IRIs for $2" >&2; exit 1; }
}
ids 'SELECT DISTINCT ?p WHERE { ?p a vf:Person . ?r vf:primaryAccountable ?p } LIMIT 100' agents
ids 'SELECT DISTINCT ?r WHERE { ?e vf:resourceInventoriedAs ?r ; vf:inputOf ?p } LIMIT 100' resources
echo - >"$work/none"

# One answer of a read, checked before loading the server with it: GraphQL must have data and no errors.
check() {
  local kind=$1 file=$2 id=$3 out=$work/check.json status
  if [[ $kind == graphql ]]; then
    local body
    body=$(jq -n --rawfile q "$file" --arg id "$id" 'if $id == "-" then {query: $q} else {query: $q, variables: {id: $id}} end')
    status=$(curl -s -o "$out" -w '%{http_code}' "$url/graphql" -H 'Content-Type: application/json' \
      -H 'Accept: application/graphql-response+json' --data-binary "$body")
    if [[ $status != 200 ]] || jq -e '.errors' "$out" >/dev/null; then
      echo "$(basename "$file"): HTTP $status" >&2; head -c 2000 "$out" >&2; echo >&2; return 1
    fi
  else
    status=$(curl -s -o "$out" -w '%{http_code}' "$url/sparql" -H 'Accept: application/sparql-results+json' \
      --data-urlencode "query=$(sed "s|\\\$ID|$id|g" "$file")")
    [[ $status == 200 ]] || { echo "$(basename "$file"): HTTP $status" >&2; head -c 2000 "$out" >&2; echo >&2; return 1; }
  fi
  echo "# $(basename "$file") on $id: $(wc -c <"$out") bytes" >&2
}

run() {
  local name=$1 kind=$2 file=$3 idfile=$4
  check "$kind" "$file" "$(head -1 "$work/$idfile")" || { echo "$name,0,0,0,0,0,check-failed"; return; }
  BENCH_NAME=$name BENCH_KIND=$kind BENCH_TEMPLATE=$file BENCH_IDS=$work/$idfile \
    wrk -t "$threads" -c "$connections" -d "$duration" --timeout 60s --latency -s "$here/load.lua" "$url/$kind" | tail -1
}

echo "read,requests,req_per_s,p50_ms,p99_ms,max_ms,errors"
run graphql-inventory graphql "$here/queries/inventory.graphql" agents
run sparql-inventory sparql "$here/queries/inventory.rq" agents
run graphql-events graphql "$here/queries/events.graphql" none
run sparql-events sparql "$here/queries/events.rq" none
run graphql-track graphql "$here/queries/track.graphql" resources
run sparql-track sparql "$here/queries/track.rq" resources
echo "# $(uptime)"
