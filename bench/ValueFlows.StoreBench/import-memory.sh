#!/usr/bin/env bash
# Bulk-load memory, as issue 3 asks: the peak RSS of a whole `vf import` process into a fresh directory next to the RSS
# of the same store once reopened (steady state, via StoreBench's open mode). Prints both and their ratio.
# Needs a Release build of the solution. Usage: bench/ValueFlows.StoreBench/import-memory.sh DATA.nt [DIR]
set -eu
data=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=${2:-$(mktemp -d /tmp/vf-import-memory.XXXXXX)}
vf="$root/src/ValueFlows.Cli/bin/Release/net10.0/vf"
bench="$root/bench/ValueFlows.StoreBench/bin/Release/net10.0/ValueFlows.StoreBench.dll"
rm -rf "$dir"
peak=$( { /usr/bin/time -f '%M' "$vf" import "$data" --data "$dir" 2>&1 >/dev/null; } | tail -n 1)
steady=$(dotnet "$bench" open "$dir" | sed -n 's/.*process RSS \([0-9]*\) MiB.*/\1/p')
echo "vf import peak RSS: $((peak / 1024)) MiB"
echo "steady RSS after reopening: $steady MiB"
echo "ratio: $(echo "scale=2; $peak / 1024 / $steady" | bc)"
[ -n "${2:-}" ] || rm -rf "$dir"
