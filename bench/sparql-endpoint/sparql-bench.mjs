// Times any SPARQL 1.1 Protocol endpoint on the query mix, over HTTP: Virtuoso, or our own
// server's /sparql. Each query: 1 warm-up + RUNS timed runs (POST, until the whole body has
// arrived); prints CSV lines like the other anchors: system,query,name,median_ms,rows.
// Usage: node anchors/sparql-bench.mjs NAME ENDPOINT QUERY_DIR [RUNS] [DEFAULT_GRAPH]
// A copy of ../shared/bench/anchors/sparql-bench.mjs whose form() keeps IRIs with "#" intact: the original strips
// "#…" inside PREFIX IRIs, its PREFIX pattern then swallows the query keyword, and a CONSTRUCT (q09) is sent
// Accept: application/sparql-results+json — which our endpoint answers with 406. Both systems run this copy.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const [name, endpoint, qdir, runsArg, graph] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);

function form(text) {
  const body = text.replace(/^\s*#[^\n]*/gm, " ").replace(/PREFIX\s+\S*:\s*<[^>\s]*>/gi, " ");
  return (body.match(/\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b/i)?.[1] ?? "SELECT").toUpperCase();
}

async function run(text) {
  const f = form(text);
  const body = new URLSearchParams({ query: text });
  if (graph) body.set("default-graph-uri", graph);
  const res = await fetch(endpoint, {
    method: "POST",
    headers: {
      accept: f === "CONSTRUCT" || f === "DESCRIBE" ? "application/n-triples, text/plain;q=0.9" : "application/sparql-results+json",
      "content-type": "application/x-www-form-urlencoded",
    },
    body,
  });
  const out = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${out.slice(0, 200)}`);
  return { f, out };
}

function rows({ f, out }) {
  if (f === "CONSTRUCT" || f === "DESCRIBE") return new Set(out.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))).size;
  if (f === "ASK") return 1;
  return JSON.parse(out).results.bindings.length;
}

for (const file of readdirSync(qdir).filter((f) => f.endsWith(".rq")).sort()) {
  const text = readFileSync(join(qdir, file), "utf8");
  const ms = [];
  let n = 0;
  for (let i = -1; i < runs; i++) {
    const t = performance.now();
    const r = await run(text);
    if (i >= 0) ms.push(performance.now() - t);
    n = rows(r);
  }
  ms.sort((a, b) => a - b);
  console.log(`${name},query,${file},${ms[Math.floor(runs / 2)].toFixed(2)},${n}`);
}
