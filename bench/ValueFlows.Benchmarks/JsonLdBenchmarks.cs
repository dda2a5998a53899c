using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ValueFlows.Rdf;
using ValueFlows.Rdf.JsonLd;

namespace ValueFlows.Benchmarks;

/// <summary>
/// JSON-LD expansion, compaction and toRdf of a VF export of about 100K triples (<c>gen-vf.py --agents 356</c>), beside
/// the same operations by jsonld.js (npm <c>jsonld</c>) in a Node.js process driven from the benchmark, on the same
/// files. The export is made by our own fromRdf and compaction with a context derived from the data; the files live
/// under <c>$VF_JSONLD_BENCH_DIR</c> (default <c>/tmp/vf-jsonld-bench</c>) and are never committed. jsonld.js is looked
/// for in <c>$JSONLD_JS_DIR/node_modules</c> (default <c>/tmp/jsonld-bench</c>; <c>npm install jsonld</c> there).
/// Each jsonld.js call costs one short line over a pipe on top of the operation itself.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class JsonLdBenchmarks
{
    private JsonDocument? _compacted;
    private JsonDocument? _expanded;
    private JsonNode? _context;
    private NodeSidecar? _jsonLdJs;

    [GlobalSetup]
    public void Setup()
    {
        var files = JsonLdBenchData.Prepare();
        _compacted = JsonDocument.Parse(File.ReadAllBytes(files.Compacted));
        _expanded = JsonDocument.Parse(File.ReadAllBytes(files.Expanded));
        _context = JsonNode.Parse(File.ReadAllText(files.Context));
        _jsonLdJs = NodeSidecar.Start(files);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _jsonLdJs?.Dispose();
        _compacted?.Dispose();
        _expanded?.Dispose();
    }

    [Benchmark]
    public JsonArray Expand() => JsonLdProcessor.Expand(_compacted!.RootElement);

    [Benchmark]
    public JsonObject Compact() => JsonLdProcessor.Compact(_expanded!.RootElement, _context);

    [Benchmark]
    public int ToRdf() => JsonLdProcessor.ToRdf(_compacted!.RootElement).Count;

    [Benchmark]
    public void ExpandJsonLdJs() => _jsonLdJs!.Run("expand");

    [Benchmark]
    public void CompactJsonLdJs() => _jsonLdJs!.Run("compact");

    [Benchmark]
    public void ToRdfJsonLdJs() => _jsonLdJs!.Run("toRdf");

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10));
    }

    /// <summary>The benchmark's input files: the compacted export, the same expanded, and its context.</summary>
    internal sealed record Files(string Compacted, string Expanded, string Context);

    /// <summary>Generates the VF export and turns it into JSON-LD with this processor, once.</summary>
    private static class JsonLdBenchData
    {
        private const string Base = "http://example.org/vf/";

        private static readonly (string Prefix, string Namespace)[] s_namespaces =
        [
            ("vf", "https://w3id.org/valueflows/ont/vf#"),
            ("vfl", "https://w3id.org/valueflows#"),
            ("om2", "http://www.ontology-of-units-of-measure.org/resource/om-2/"),
            ("foaf", "http://xmlns.com/foaf/0.1/"),
            ("xsd", "http://www.w3.org/2001/XMLSchema#"),
            ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
        ];

        private static string Folder { get; } = Environment.GetEnvironmentVariable("VF_JSONLD_BENCH_DIR") ?? "/tmp/vf-jsonld-bench";

        public static Files Prepare()
        {
            var files = new Files(
                Path.Combine(Folder, "vf-100k.jsonld"), Path.Combine(Folder, "vf-100k.expanded.jsonld"), Path.Combine(Folder, "vf-100k.context.jsonld"));
            if (File.Exists(files.Compacted) && File.Exists(files.Expanded) && File.Exists(files.Context))
            {
                return files;
            }

            Directory.CreateDirectory(Folder);
            var ntriples = Path.Combine(Folder, "vf-100k.nt");
            if (!File.Exists(ntriples))
            {
                Generate(ntriples);
            }

            List<Quad> quads;
            using (var input = File.OpenRead(ntriples))
            using (var reader = RdfFormats.NTriples.CreateReader(input))
            {
                quads = [.. reader.ReadAll()];
            }

            var context = ContextFor(quads);
            var expanded = JsonLdProcessor.FromRdf(quads);
            var compacted = JsonLdProcessor.Compact(expanded, context.DeepClone());
            var indented = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            File.WriteAllText(files.Context, new JsonObject { ["@context"] = context }.ToJsonString(indented));
            File.WriteAllText(files.Expanded, expanded.ToJsonString(indented));
            File.WriteAllText(files.Compacted, compacted.ToJsonString(indented));
            return files;
        }

        private static void Generate(string path)
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ValueFlows.sln")))
            {
                dir = dir.Parent;
            }

            var script = Path.Combine(dir?.FullName ?? ".", "..", "shared", "bench", "gen-vf.py");
            using var process = Process.Start(new ProcessStartInfo("python3", $"\"{script}\" --agents 356 -o \"{path}\"") { UseShellExecute = false })
                ?? throw new InvalidOperationException("cannot start python3");
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"gen-vf.py exited with {process.ExitCode}");
            }
        }

        /// <summary>
        /// A context as a VF publisher would write it: the usual prefixes, the base, and a term per property, typed
        /// <c>@id</c> when every value is a resource, or with the datatype every value shares.
        /// </summary>
        private static JsonObject ContextFor(List<Quad> quads)
        {
            var context = new JsonObject { ["@base"] = Base };
            foreach (var (prefix, ns) in s_namespaces)
            {
                context[prefix] = ns;
            }

            foreach (var group in quads.GroupBy(q => q.Predicate.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var (prefix, ns) = s_namespaces.FirstOrDefault(n => group.Key.StartsWith(n.Namespace, StringComparison.Ordinal));
                if (prefix is null || group.Key == RdfVocabulary.Type.Value)
                {
                    continue;
                }

                var local = group.Key[ns.Length..];
                var term = context.ContainsKey(local) ? prefix + "_" + local : local;
                var compactIri = prefix + ":" + local;
                var datatypes = group.Select(q => q.Object is Literal l ? l.Datatype.Value : "@id").Distinct().ToList();
                context[term] = datatypes switch
                {
                    ["@id"] => new JsonObject { ["@id"] = compactIri, ["@type"] = "@id" },
                    [var datatype] when datatype != Xsd.String.Value && datatype != RdfVocabulary.LangString.Value =>
                        new JsonObject { ["@id"] = compactIri, ["@type"] = datatype },
                    _ => compactIri,
                };
            }

            return context;
        }
    }

    /// <summary>A Node.js process that holds the parsed files and runs one jsonld.js operation per line it reads.</summary>
    private sealed class NodeSidecar : IDisposable
    {
        private const string Script = """
            const path = require('path');
            const fs = require('fs');
            const readline = require('readline');
            const jsonld = require(path.join(process.argv[2], 'node_modules', 'jsonld'));
            const compacted = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
            const expanded = JSON.parse(fs.readFileSync(process.argv[4], 'utf8'));
            const context = JSON.parse(fs.readFileSync(process.argv[5], 'utf8'))['@context'];
            const ops = {
              expand: () => jsonld.expand(compacted),
              compact: () => jsonld.compact(expanded, context),
              toRdf: () => jsonld.toRDF(compacted),
            };
            readline.createInterface({ input: process.stdin }).on('line', async line => {
              try { await ops[line.trim()](); process.stdout.write('ok\n'); }
              catch (e) { process.stdout.write('error ' + String(e.message).replace(/\n/g, ' ') + '\n'); }
            });
            process.stdout.write('ready\n');
            """;

        private readonly Process _process;

        private NodeSidecar(Process process) => _process = process;

        public static NodeSidecar Start(Files files)
        {
            var jsDir = Environment.GetEnvironmentVariable("JSONLD_JS_DIR") ?? "/tmp/jsonld-bench";
            if (!Directory.Exists(Path.Combine(jsDir, "node_modules", "jsonld")))
            {
                throw new InvalidOperationException($"jsonld.js is not installed: run `npm install jsonld` in {jsDir} (or set JSONLD_JS_DIR).");
            }

            var scriptPath = Path.Combine(Path.GetDirectoryName(files.Compacted)!, "jsonld-js-sidecar.js");
            File.WriteAllText(scriptPath, Script);
            var start = new ProcessStartInfo("node")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { scriptPath, jsDir, files.Compacted, files.Expanded, files.Context })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start node");
            var sidecar = new NodeSidecar(process);
            sidecar.Expect("ready");
            return sidecar;
        }

        public void Run(string operation)
        {
            _process.StandardInput.WriteLine(operation);
            _process.StandardInput.Flush();
            Expect("ok");
        }

        public void Dispose()
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000))
            {
                _process.Kill();
            }

            _process.Dispose();
        }

        private void Expect(string answer)
        {
            var line = _process.StandardOutput.ReadLine();
            if (line != answer)
            {
                throw new InvalidOperationException($"jsonld.js answered \"{line}\" instead of \"{answer}\".");
            }
        }
    }
}
