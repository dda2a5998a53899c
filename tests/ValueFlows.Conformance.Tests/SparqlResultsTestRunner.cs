using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ValueFlows.Rdf;
using ValueFlows.Sparql;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Sparql.Results;

namespace ValueFlows.Conformance.Tests;

/// <summary>
/// Runs one entry of the results-format suite: evaluates the query over <c>qt:data</c>, writes the results with our
/// writer for the expected file's format, and compares. CSV is compared as text (line by line, blank node labels
/// renamed in order of appearance; the suite's files end lines with LF where the format says CRLF, so line ends are
/// checked to be CRLF on our side and then ignored); TSV and JSON are compared after our reader has read both the
/// expected file and our output (TSV may spell a double differently, <c>1.0e6</c> for <c>1.0E6</c>, so numbers compare
/// by value), and JSON is also compared by structure (the same keys and values per binding).
/// </summary>
internal static partial class SparqlResultsTestRunner
{
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";

    /// <summary>The entries of the suite, in manifest order (CSV/TSV first, then JSON).</summary>
    public static List<ManifestEntry> Entries(ManifestSuite suite) => [.. Manifest.Load(suite).Entries];

    /// <summary>Runs the case; fails with both documents when they differ.</summary>
    public static void Run(ConformanceCase test)
    {
        var entry = Entries(test.Suite).First(e => e.Iri == test.TestIri);
        var manifest = entry.Manifest;
        var action = entry.Action ?? throw new InvalidOperationException("No mf:action.");
        var queryIri = (Iri)manifest.Objects(action, Iri.Create(Qt + "query")).Single();
        var query = SparqlQuery.Parse(File.ReadAllText(test.Suite.LocalPath(queryIri.Value)), queryIri);
        var dataset = new Dataset();
        foreach (var data in manifest.Objects(action, Iri.Create(Qt + "data")).OfType<Iri>())
        {
            using var stream = File.OpenRead(test.Suite.LocalPath(data.Value));
            using var reader = new TurtleReader(stream, RdfReaderOptions.Default.WithBaseIri(data.Value));
            foreach (var quad in reader.ReadAll())
            {
                dataset.Add(quad);
            }
        }

        var results = SparqlEvaluator.Evaluate(query, new DatasetQueryable(dataset)).ToResults();
        var expectedPath = test.ResultPath;
        Assert.True(SparqlResultsFormats.TryGetByFileName(expectedPath, out var format), $"No results format for {expectedPath}.");
        var written = new MemoryStream();
        using (var writer = format.CreateWriter(written))
        {
            writer.Write(results);
        }

        var actualBytes = written.ToArray();
        var expectedBytes = File.ReadAllBytes(expectedPath);
        var actualText = Encoding.UTF8.GetString(actualBytes);
        var expectedText = Encoding.UTF8.GetString(expectedBytes);
        var detail = $"\nExpected:\n{expectedText}\nActual:\n{actualText}";

        var expectedRead = format.Read(new MemoryStream(expectedBytes));
        var actualRead = format.Read(new MemoryStream(actualBytes));
        Assert.True(SameResults(expectedRead, actualRead, out var why), $"Read back: {why}{detail}");
        switch (format.Name)
        {
            case "csv":
                Assert.True(actualText.Split("\r\n").All(line => !line.Contains('\n', StringComparison.Ordinal)), "CSV lines end with CRLF." + detail);
                Assert.Equal(CanonicalLines(expectedText.ReplaceLineEndings("\n")), CanonicalLines(actualText.ReplaceLineEndings("\n")));
                break;
            case "tsv":
                Assert.Equal(expectedText.Split('\n')[0], actualText.Split('\n')[0]);
                Assert.True(SameResults(expectedRead, results, out why), $"Expected file vs evaluation: {why}{detail}");
                break;
            case "json":
                Assert.True(SameResults(expectedRead, results, out why), $"Expected file vs evaluation: {why}{detail}");
                Assert.Equal(JsonShape(expectedText), JsonShape(actualText));
                break;
            default:
                Assert.Fail($"The suite has no {format.Name} entries.");
                break;
        }
    }

    /// <summary>Lines with blank node labels renamed <c>_:b0</c>, <c>_:b1</c>… in order of appearance.</summary>
    private static List<string> CanonicalLines(string text)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        return [.. text.TrimEnd('\n').Split('\n').Select(line => BlankNodeLabel().Replace(line, m =>
        {
            if (!labels.TryGetValue(m.Value, out var renamed))
            {
                renamed = "_:b" + labels.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                labels.Add(m.Value, renamed);
            }

            return renamed;
        }))];
    }

    /// <summary>
    /// The JSON document as lines of text that ignore key order and spacing: <c>vars</c> in order, then either the
    /// boolean or, per binding in order, its variables with their sorted keys and values (blank node values renamed in
    /// order of appearance; a literal without <c>datatype</c> and one with <c>xsd:string</c> are the same).
    /// </summary>
    private static List<string> JsonShape(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var lines = new List<string>();
        var head = root.GetProperty("head");
        lines.Add("vars " + (head.TryGetProperty("vars", out var vars) ? string.Join(' ', vars.EnumerateArray().Select(v => v.GetString())) : ""));
        if (root.TryGetProperty("boolean", out var boolean))
        {
            lines.Add("boolean " + boolean.GetBoolean());
            Assert.False(root.TryGetProperty("results", out _), "A boolean document has no results.");
            return lines;
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var binding in root.GetProperty("results").GetProperty("bindings").EnumerateArray())
        {
            var cells = new List<string>();
            foreach (var variable in binding.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                var fields = variable.Value.EnumerateObject()
                    .Where(p => !(p.Name == "datatype" && p.Value.GetString() == Xsd.Namespace + "string"))
                    .ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
                if (fields.GetValueOrDefault("type") == "bnode")
                {
                    var label = fields["value"];
                    if (!labels.TryGetValue(label, out var renamed))
                    {
                        renamed = "b" + labels.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        labels.Add(label, renamed);
                    }

                    fields["value"] = renamed;
                }

                cells.Add(variable.Name + "{" + string.Join(',', fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + f.Value)) + "}");
            }

            lines.Add(string.Join(' ', cells));
        }

        return lines;
    }

    /// <summary>Same variables in the same order and the same rows in the same order, up to a blank node bijection.</summary>
    private static bool SameResults(SparqlResults expected, SparqlResults actual, out string why)
    {
        why = "";
        if (expected.IsBoolean || actual.IsBoolean)
        {
            why = "booleans differ";
            return expected.IsBoolean && actual.IsBoolean && expected.Boolean == actual.Boolean;
        }

        if (!expected.Variables.Select(v => v.Name).SequenceEqual(actual.Variables.Select(v => v.Name)))
        {
            why = "variables differ";
            return false;
        }

        if (expected.Rows.Count != actual.Rows.Count)
        {
            why = $"{expected.Rows.Count} rows expected, {actual.Rows.Count} found";
            return false;
        }

        var forward = new Dictionary<BlankNode, BlankNode>();
        var backward = new Dictionary<BlankNode, BlankNode>();
        for (var r = 0; r < expected.Rows.Count; r++)
        {
            for (var c = 0; c < expected.Variables.Count; c++)
            {
                var e = expected.Rows[r][c];
                var a = actual.Rows[r][c];
                var same = (e, a) switch
                {
                    (null, null) => true,
                    (BlankNode eb, BlankNode ab) => Pair(forward, eb, ab) && Pair(backward, ab, eb),
                    (Literal el, Literal al) => Canonical(el).Equals(Canonical(al)),
                    _ => Equals(e, a),
                };
                if (!same)
                {
                    why = $"row {r}, ?{expected.Variables[c].Name}: expected {e?.ToString() ?? "unbound"}, found {a?.ToString() ?? "unbound"}";
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Maps <paramref name="from"/> to <paramref name="to"/>; false when it is already mapped elsewhere.</summary>
    private static bool Pair(Dictionary<BlankNode, BlankNode> map, BlankNode from, BlankNode to) =>
        map.TryAdd(from, to) || map[from].Equals(to);

    private static Literal Canonical(Literal literal) =>
        literal.Datatype.Value is Xsd.Namespace + "integer" or Xsd.Namespace + "decimal" or Xsd.Namespace + "float" or Xsd.Namespace + "double"
            && XsdValue.IsWellTyped(literal)
            ? XsdValue.Canonicalize(literal)
            : literal;

    [GeneratedRegex("_:[A-Za-z0-9_.-]+")]
    private static partial Regex BlankNodeLabel();
}
