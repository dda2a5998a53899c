#!/usr/bin/env bash
# Whole-file parse throughput of our readers beside Apache Jena's `riot --count`, on the same VF files, in one run.
# Usage: bench/ValueFlows.Benchmarks/scripts/parse-vs-riot.sh [AGENTS]   (default 3560 ≈ 1M triples)
# Needs python3, and Jena from Debian: apt-get install -y libapache-jena-java (see ../shared/bench/README.md).
# Data go to $VF_BENCH_DIR (default /tmp/vf-bench) and are never committed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
shared="$root/../shared/bench"
agents="${1:-3560}"
dir="${VF_BENCH_DIR:-/tmp/vf-bench}"
mkdir -p "$dir"
nt="$dir/vf-$agents.nt"
ttl="$dir/vf-$agents.ttl"
[ -f "$nt" ] || python3 "$shared/gen-vf.py" --agents "$agents" -o "$nt"
[ -f "$ttl" ] || python3 "$here/nt-to-turtle.py" < "$nt" > "$ttl"

dotnet build "$root/bench/ValueFlows.Benchmarks" -c Release --nologo -v q > /dev/null
bench="$root/bench/ValueFlows.Benchmarks/bin/Release/net10.0/ValueFlows.Benchmarks.dll"
cp="$("$shared/jena-classpath.sh")"

# Whole processes are timed too (wall, CPU, peak memory): on a shared machine CPU time is the steadier figure.
timed() { /usr/bin/time -f "   process: wall %e s, CPU %U s user + %S s sys, max RSS %M KB" "$@"; }
for file in "$nt" "$ttl"; do
  echo "== $(basename "$file") ($(du -h "$file" | cut -f1))"
  echo "-- ours, one cold process (like riot's single run)"
  timed dotnet "$bench" parse "$file" 0
  echo "-- ours, warm runs in one process"
  dotnet "$bench" parse "$file" 3 | tail -3
  echo "-- riot --count (cold JVM, as riot is used)"
  timed java -cp "$cp" riotcmd.riot --time --count "$file" 2>&1 | tail -2
done
