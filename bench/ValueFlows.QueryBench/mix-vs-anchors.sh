#!/usr/bin/env bash
# The query mix on one data file, side by side in ONE run: our evaluator on the embedded store (this project), Jena ARQ
# in-memory (JenaBench.java) and the oxigraph npm package (oxigraph-bench.mjs). Prints each system's CSV, then one table
# of medians (ms) with our ratio to the faster anchor, and checks that the row counts agree.
# Needs: a Release build of this project, java + Jena (apt-get install -y libapache-jena-java), node + npm.
# Usage: bench/ValueFlows.QueryBench/mix-vs-anchors.sh DATA.nt [RUNS]
# QUERYBENCH=PATH runs another build of this project (e.g. a copy, so the tree can be rebuilt meanwhile).
# ANCHORS="oxigraph" (or "jena") runs only that anchor, e.g. at 10M where Jena's in-memory load takes very long.
set -u
data=$(realpath "$1")
runs=${2:-5}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=$(cd "$root/../shared/bench" && pwd)
queries="$shared/queries"
work=$(mktemp -d /tmp/vf-mix-anchors.XXXXXX)
trap 'rm -rf "$work"' EXIT
# The anchors folder is read-only: install the npm package in a copy (reuse an existing install when there is one).
cp -r "$shared/anchors" "$work/anchors"
if [ -d /tmp/store-anchors/node_modules/oxigraph ]; then
  cp -r /tmp/store-anchors/node_modules "$work/anchors/"
else
  (cd "$work/anchors" && npm install --silent >/dev/null 2>&1)
fi
bench=${QUERYBENCH:-"$root/bench/ValueFlows.QueryBench/bin/Release/net10.0/ValueFlows.QueryBench"}
echo "# uptime: $(uptime)"
"$bench" "$data" "$queries" "$runs" | tee "$work/ours.csv"
anchors=${ANCHORS:-oxigraph jena}
touch "$work/oxigraph.csv" "$work/jena.csv"
case " $anchors " in *" oxigraph "*)
  node "$work/anchors/oxigraph-bench.mjs" "$data" "$queries" "$runs" | tee "$work/oxigraph.csv";; esac
case " $anchors " in *" jena "*)
  java -Xmx8g -cp "$("$shared/jena-classpath.sh")" "$work/anchors/JenaBench.java" "$data" "$queries" "$runs" 2>/dev/null | tee "$work/jena.csv";; esac
echo "# uptime: $(uptime)"
python3 - "$work/ours.csv" "$work/oxigraph.csv" "$work/jena.csv" <<'PY'
import sys
def read(path):
    rows = {}
    for line in open(path):
        parts = line.strip().split(",")
        if len(parts) == 5 and parts[1] in ("query", "load"):
            rows[(parts[1], parts[2] if parts[1] == "query" else "load")] = (float(parts[3]), int(parts[4]))
    return rows
ours, oxi, jena = (read(p) for p in sys.argv[1:4])
print("| query | ours | oxigraph | jena | ours / faster anchor | rows (ours/oxi/jena) |")
print("|---|---|---|---|---|---|")
tot = [0.0, 0.0, 0.0]
mismatch = []
for key in sorted(k for k in ours if k[0] == "query"):
    o, x, j = ours[key], oxi.get(key, (float("nan"), -1)), jena.get(key, (float("nan"), -1))
    tot[0] += o[0]; tot[1] += x[0]; tot[2] += j[0]
    best = min(v for v in (x[0], j[0]) if v == v)  # NaN (anchor not run) is not a minimum
    rows = f"{o[1]}/{x[1]}/{j[1]}"
    if any(r != o[1] for r in (x[1], j[1]) if r >= 0):
        mismatch.append(key[1]); rows += " MISMATCH"
    print(f"| {key[1]} | {o[0]:.2f} | {x[0]:.2f} | {j[0]:.2f} | {o[0] / best:.2f} | {rows} |")
best = min(v for v in (tot[1], tot[2]) if v == v and v > 0)
print(f"| total | {tot[0]:.1f} | {tot[1]:.1f} | {tot[2]:.1f} | {tot[0] / best:.2f} | |")
for name, rows in (("ours", ours), ("oxigraph", oxi), ("jena", jena)):
    if ("load", "load") in rows:
        print(f"# load {name}: {rows[('load', 'load')][0]:.0f} ms")
print("# row counts: " + ("all equal" if not mismatch else "DIFFER for " + ", ".join(mismatch)))
PY
