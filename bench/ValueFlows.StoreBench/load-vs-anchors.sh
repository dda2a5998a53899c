#!/usr/bin/env bash
# The store's benchmark table (issue 3 item 7) from ONE run, side by side on the same files:
#   1M file:  `vf import` vs the oxigraph npm package (WASM, in memory), Jena in-memory (JenaBench's load) and Jena TDB2's
#             tdb2.tdbloader;
#   10M file (optional second argument): `vf import`, oxigraph and TDB2 — load time, peak RSS, bytes per quad resident,
#             restart time and a pattern scan (?s a vf:EconomicEvent).
# Prints CSV "file,system,metric,value" to stdout and keeps every tool's output in the work directory it names.
# Needs: `dotnet build ValueFlows.sln -c Release`, node + npm, java + Jena (apt-get install -y libapache-jena-java).
# Usage: bench/ValueFlows.StoreBench/load-vs-anchors.sh /tmp/vf-1m.nt [/tmp/vf-10m.nt]
#        (data: python3 ../shared/bench/gen-vf.py --agents 3560 > /tmp/vf-1m.nt; --agents 35600 for ~10.9M)
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=$(cd "$root/../shared/bench" && pwd)
work=${VF_BENCH_WORK:-$(mktemp -d /tmp/vf-load-anchors.XXXXXX)}
mkdir -p "$work"
echo "# work directory: $work; $(uptime)" >&2
vf="$root/src/ValueFlows.Cli/bin/Release/net10.0/vf"
bench="$root/bench/ValueFlows.StoreBench/bin/Release/net10.0/ValueFlows.StoreBench.dll"
limit=${VF_BENCH_TIMEOUT:-3600}
# The anchors folder is read-only: install the npm package in a copy.
if [ ! -d "$work/anchors/node_modules" ]; then
  cp -r "$shared/anchors" "$work/anchors" && chmod -R u+w "$work/anchors" && (cd "$work/anchors" && npm install --silent >/dev/null 2>&1)
fi
mkdir -p "$work/noqueries" "$work/scan"
cat >"$work/scan/scan.rq" <<'Q'
SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/valueflows/ont/vf#EconomicEvent> }
Q
cp="$("$shared/jena-classpath.sh")"

# run NAME CMD...: whole-process wall time (s) and peak RSS (MiB) into $work/NAME.{out,time}
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/$name.time" timeout "$limit" "$@" >"$work/$name.out" 2>&1
  local rc=$?
  [ $rc -eq 0 ] || echo "# $name failed (exit $rc), see $work/$name.out" >&2
  return $rc
}
wall() { awk '{print $1}' "$work/$1.time" 2>/dev/null; }
peak() { awk '{printf "%.0f", $2 / 1024}' "$work/$1.time" 2>/dev/null; }
row() { echo "$1,$2,$3,$4"; }

one_file() {
  local data=$1 tag=$2 with_jena_memory=$3
  local quads; quads=$(wc -l <"$data")
  rm -rf "$work/vf-$tag"
  if run "vf-import-$tag" "$vf" import "$data" --data "$work/vf-$tag"; then
    row "$tag" vf load_s "$(wall "vf-import-$tag")"
    row "$tag" vf peak_rss_mib "$(peak "vf-import-$tag")"
    run "vf-open-$tag" dotnet "$bench" open "$work/vf-$tag" && {
      row "$tag" vf restart_s "$(sed -n 's/^restart: \([0-9.]*\) s.*/\1/p' "$work/vf-open-$tag.out")"
      row "$tag" vf resident_bytes_per_quad "$(sed -n 's/.*process RSS [0-9]* MiB = \([0-9.]*\) B\/quad.*/\1/p' "$work/vf-open-$tag.out")"
      row "$tag" vf steady_rss_mib "$(sed -n 's/.*process RSS \([0-9]*\) MiB.*/\1/p' "$work/vf-open-$tag.out")"
    }
    run "vf-scan-$tag" dotnet "$bench" scan "$work/vf-$tag" && {
      row "$tag" vf scan_events_ms "$(sed -n 's/^?s rdf:type vf:EconomicEvent: .* median \([0-9.]*\) ms.*/\1/p' "$work/vf-scan-$tag.out")"
      row "$tag" vf subject_lookup_us "$(sed -n 's/^subject lookup.*: \([0-9.]*\) µs per seek.*/\1/p' "$work/vf-scan-$tag.out")"
    }
  fi

  if run "oxigraph-$tag" node "$work/anchors/oxigraph-bench.mjs" "$data" "$work/scan" 3; then
    row "$tag" oxigraph load_s "$(wall "oxigraph-$tag")"
    row "$tag" oxigraph load_in_process_s "$(sed -n 's/^oxigraph,load,[^,]*,\([0-9.]*\),.*/\1/p' "$work/oxigraph-$tag.out" | awk '{print $1 / 1000}')"
    row "$tag" oxigraph peak_rss_mib "$(peak "oxigraph-$tag")"
    row "$tag" oxigraph resident_bytes_per_quad "$(echo "scale=1; $(peak "oxigraph-$tag") * 1048576 / $quads" | bc)"
    row "$tag" oxigraph scan_events_ms "$(sed -n 's/^oxigraph,query,scan.rq,\([0-9.]*\),.*/\1/p' "$work/oxigraph-$tag.out")"
  fi

  if [ "$with_jena_memory" = yes ] && run "jena-memory-$tag" java -Xmx8g -cp "$cp" "$work/anchors/JenaBench.java" "$data" "$work/scan" 3; then
    row "$tag" jena-memory load_s "$(wall "jena-memory-$tag")"
    row "$tag" jena-memory load_in_process_s "$(sed -n 's/^jena,load,[^,]*,\([0-9.]*\),.*/\1/p' "$work/jena-memory-$tag.out" | awk '{print $1 / 1000}')"
    row "$tag" jena-memory peak_rss_mib "$(peak "jena-memory-$tag")"
    row "$tag" jena-memory scan_events_ms "$(sed -n 's/^jena,query,scan.rq,\([0-9.]*\),.*/\1/p' "$work/jena-memory-$tag.out")"
  fi

  rm -rf "$work/tdb2-$tag"
  if run "tdb2-load-$tag" java -Xmx8g -cp "$cp" tdb2.tdbloader --loc "$work/tdb2-$tag" "$data"; then
    row "$tag" tdb2 load_s "$(wall "tdb2-load-$tag")"
    row "$tag" tdb2 peak_rss_mib "$(peak "tdb2-load-$tag")"
    row "$tag" tdb2 disk_bytes_per_quad "$(echo "scale=1; $(du -sb "$work/tdb2-$tag" | cut -f1) / $quads" | bc)"
    # A restart is a new JVM opening the database; the same pattern count answers from it.
    run "tdb2-query-$tag" java -Xmx8g -cp "$cp" tdb2.tdbquery --loc "$work/tdb2-$tag" --time --query "$work/scan/scan.rq" && {
      row "$tag" tdb2 restart_plus_scan_s "$(wall "tdb2-query-$tag")"
      row "$tag" tdb2 scan_events_ms "$(sed -n 's/^Time: \([0-9.]*\) sec.*/\1/p' "$work/tdb2-query-$tag.out" | awk '{print $1 * 1000}')"
    }
  fi
  rm -rf "$work/tdb2-$tag" "$work/vf-$tag"
}

echo "file,system,metric,value"
one_file "$(realpath "$1")" 1m yes
if [ $# -ge 2 ]; then
  one_file "$(realpath "$2")" 10m no
fi
echo "# done; $(uptime)" >&2
