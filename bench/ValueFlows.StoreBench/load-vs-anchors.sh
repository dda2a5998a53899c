#!/usr/bin/env bash
# Whole-process bulk-load times on one file, side by side in one run: `vf import`, the oxigraph npm package (WASM),
# Jena in-memory (JenaBench) and Jena TDB2's tdb2.tdbloader. Prints CSV lines "system,seconds".
# Needs: a Release build of the solution, node + npm, java + Jena (apt-get install -y libapache-jena-java).
# Usage: bench/ValueFlows.StoreBench/load-vs-anchors.sh DATA.nt   (e.g. python3 ../shared/bench/gen-vf.py --agents 3560 > /tmp/vf-1m.nt)
set -u
data=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=$(cd "$root/../shared/bench" && pwd)
work=$(mktemp -d /tmp/vf-load-anchors.XXXXXX)
trap 'rm -rf "$work"' EXIT
vf="$root/src/ValueFlows.Cli/bin/Release/net10.0/vf"
# The anchors folder is read-only: install the npm package in a copy.
cp -r "$shared/anchors" "$work/anchors" && (cd "$work/anchors" && npm install --silent >/dev/null 2>&1)
mkdir -p "$work/noqueries"
cp="$("$shared/jena-classpath.sh")"
time_it() {
  local name=$1; shift
  local start end
  start=$(date +%s.%N); "$@" >"$work/$name.out" 2>&1; end=$(date +%s.%N)
  printf "%s,%.2f\n" "$name" "$(echo "$end - $start" | bc)"
}
time_it vf-import "$vf" import "$data" --data "$work/vf-data"
time_it oxigraph node "$work/anchors/oxigraph-bench.mjs" "$data" "$work/noqueries" 1
time_it jena-in-memory java -Xmx8g -cp "$cp" "$work/anchors/JenaBench.java" "$data" "$work/noqueries" 1
time_it jena-tdb2-loader java -Xmx8g -cp "$cp" tdb2.tdbloader --loc "$work/tdb2" "$data"
