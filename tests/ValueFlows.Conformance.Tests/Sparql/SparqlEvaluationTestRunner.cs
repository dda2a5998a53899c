using System.Collections.Concurrent;
using ValueFlows.Rdf;
using ValueFlows.Sparql;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Sparql.Results;
using ValueFlows.Store;

namespace ValueFlows.Conformance.Tests.Sparql;

/// <summary>
/// Runs one <c>mf:QueryEvaluationTest</c>: loads <c>qt:data</c> into the default graph and <c>qt:graphData</c> into named
/// graphs (or the query's FROM / FROM NAMED files), evaluates the query, and compares with the expected result: solutions
/// up to blank node renaming (in order when the query has ORDER BY), a boolean, or an isomorphic graph.
/// </summary>
public static class SparqlEvaluationTestRunner
{
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private const string Rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";
    private static readonly ConcurrentDictionary<ManifestSuite, Dictionary<string, ManifestEntry>> s_entries = new();
    private static readonly Iri s_row = Iri.Create("urn:x-test:row");
    private static readonly Iri s_index = Iri.Create("urn:x-test:index");

    /// <summary>Runs the case; fails with the expected and actual results when they differ.</summary>
    public static void Run(ConformanceCase test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var entries = s_entries.GetOrAdd(test.Suite, suite => SparqlEvaluationCases.Entries(suite).GroupBy(e => e.Iri).ToDictionary(g => g.Key, g => g.First()));
        var entry = entries[test.TestIri];
        var manifest = entry.Manifest;
        var action = entry.Action ?? throw new InvalidOperationException("No mf:action.");
        var queryIri = (Iri)manifest.Objects(action, Iri.Create(Qt + "query")).Single();
        var query = SparqlQuery.Parse(File.ReadAllText(test.Suite.LocalPath(queryIri.Value)), queryIri);

        var dataset = new Dataset();
        var defaultFiles = manifest.Objects(action, Iri.Create(Qt + "data")).OfType<Iri>().Select(i => i.Value).ToList();
        var namedFiles = manifest.Objects(action, Iri.Create(Qt + "graphData")).OfType<Iri>().Select(i => i.Value).ToList();
        if (query.Dataset is { } fromClauses)
        {
            // The evaluator selects FROM / FROM NAMED graphs of the dataset, so their files are loaded as named graphs.
            namedFiles = [.. namedFiles.Union(fromClauses.DefaultGraphs.Concat(fromClauses.NamedGraphs).Select(i => i.Value))];
        }

        foreach (var file in defaultFiles)
        {
            foreach (var quad in ReadGraph(test.Suite, file))
            {
                dataset.Add(quad with { Graph = null });
            }
        }

        foreach (var file in namedFiles)
        {
            var name = Iri.Create(file);
            foreach (var quad in ReadGraph(test.Suite, file))
            {
                dataset.Add(quad with { Graph = name });
            }
        }

        var expectedIri = ((Iri)(entry.Result ?? throw new InvalidOperationException("No mf:result."))).Value;

        // The same query runs over the in-memory dataset and over the quad store, so the store's ids and cursors are
        // checked against the suite too.
        Check(test, query, expectedIri, new DatasetQueryable(dataset), "in-memory dataset");
        using var store = QuadStore.CreateInMemory();
        using (var transaction = store.BeginWrite())
        {
            foreach (var quad in dataset)
            {
                transaction.Add(quad);
            }

            transaction.Commit();
        }

        using var snapshot = store.OpenSnapshot();
        Check(test, query, expectedIri, snapshot, "quad store");
    }

    private static void Check(ConformanceCase test, SparqlQuery query, string expectedIri, IQueryableDataset data, string backend)
    {
        var result = SparqlEvaluator.Evaluate(query, data);
        string expectedPath = test.Suite.LocalPath(expectedIri);
        switch (query.Form)
        {
            case SparqlQueryForm.Construct or SparqlQueryForm.Describe:
            {
                var actual = result.Quads.ToList();
                var expected = ReadGraph(test.Suite, expectedIri);
                Assert.True(GraphIsomorphism.AreIsomorphic(expected, actual), $"{backend}: graphs differ.\nExpected:\n{string.Join('\n', expected)}\nActual:\n{string.Join('\n', actual)}");
                break;
            }

            case SparqlQueryForm.Ask:
                Assert.True(ReadExpected(test.Suite, expectedIri, expectedPath).Boolean == result.Boolean, $"{backend}: ASK differs.");
                break;
            default:
            {
                var expected = ReadExpected(test.Suite, expectedIri, expectedPath);
                var actual = result.ToResults();
                bool ordered = HasOrderBy(query.Pattern);
                string detail = $"\nExpected ({expected.Rows.Count}):\n{Show(expected)}\nActual ({actual.Rows.Count}):\n{Show(actual)}";
                Assert.True(
                    new HashSet<string>(expected.Variables.Select(v => v.Name)).SetEquals(actual.Variables.Select(v => v.Name)),
                    backend + ": variables differ." + detail);
                Assert.True(GraphIsomorphism.AreIsomorphic(Encode(expected, false), Encode(actual, false)), backend + ": solutions differ." + detail);
                if (ordered && expected.Rows.Count > 1)
                {
                    Assert.True(GraphIsomorphism.AreIsomorphic(Encode(expected, true), Encode(actual, true)), backend + ": solution order differs." + detail);
                }

                break;
            }
        }
    }

    private static bool HasOrderBy(Op op) => op switch
    {
        OpOrderBy => true,
        OpProject p => HasOrderBy(p.Input),
        OpSlice s => HasOrderBy(s.Input),
        OpDistinct d => HasOrderBy(d.Input),
        OpReduced r => HasOrderBy(r.Input),
        _ => false,
    };

    private static string Show(SparqlResults results) =>
        string.Join('\n', results.Rows.Take(40).Select(row => string.Join(" ", results.Variables.Select((v, i) => $"{v}={row[i]?.ToString() ?? "-"}"))));

    /// <summary>Solutions as a graph (one blank node per row), so blank node renaming is graph isomorphism.</summary>
    private static List<Quad> Encode(SparqlResults results, bool withIndex)
    {
        var quads = new List<Quad>();
        for (int r = 0; r < results.Rows.Count; r++)
        {
            var node = BlankNode.CreateFresh();
            quads.Add(new Quad(node, s_row, Literal.Create("row"), null));
            if (withIndex)
            {
                quads.Add(new Quad(node, s_index, Literal.Create(r.ToString(System.Globalization.CultureInfo.InvariantCulture)), null));
            }

            for (int i = 0; i < results.Variables.Count; i++)
            {
                if (results.Rows[r][i] is { } value)
                {
                    quads.Add(new Quad(node, Iri.Create("urn:x-var:" + results.Variables[i].Name), Canonical(value), null));
                }
            }
        }

        return quads;
    }

    /// <summary>
    /// Numeric literals compare by value (the expected files write e.g. <c>"3"^^xsd:decimal</c> where an evaluator
    /// produces the canonical <c>"3.0"</c>), so both sides are canonicalized.
    /// </summary>
    private static Term Canonical(Term term) =>
        term is Literal literal && IsNumeric(literal.Datatype) && XsdValue.IsWellTyped(literal) ? XsdValue.Canonicalize(literal) : term;

    private static bool IsNumeric(Iri datatype) =>
        datatype.Value is Xsd.Namespace + "integer" or Xsd.Namespace + "decimal" or Xsd.Namespace + "float" or Xsd.Namespace + "double";

    private static List<Quad> ReadGraph(ManifestSuite suite, string iri)
    {
        string path = suite.LocalPath(iri);
        if (!RdfFormatRegistry.Default.TryGetByFileName(path, out var format))
        {
            throw new InvalidOperationException($"No RDF format for {path}.");
        }

        using var stream = File.OpenRead(path);
        using var reader = format.CreateReader(stream, RdfReaderOptions.Default.WithBaseIri(iri));
        return [.. reader.ReadAll()];
    }

    private static SparqlResults ReadExpected(ManifestSuite suite, string iri, string path)
    {
        using var stream = File.OpenRead(path);
        return Path.GetExtension(path) switch
        {
            ".srx" => XmlResultsReader.Read(stream),
            ".srj" => JsonResultsReader.Read(stream),
            ".tsv" => TsvResultsReader.Read(stream),
            ".csv" => CsvResultsReader.Read(stream),
            _ => ReadRdfResultSet(ReadGraph(suite, iri)),
        };
    }

    /// <summary>A result set written in RDF with the DAWG result-set vocabulary.</summary>
    private static SparqlResults ReadRdfResultSet(List<Quad> quads)
    {
        Term? Object(Term subject, string predicate) => quads.FirstOrDefault(q => q.Subject.Equals(subject) && q.Predicate.Value == Rs + predicate).Object;
        var set = quads.First(q => q.Predicate.Equals(RdfVocabulary.Type) && q.Object is Iri { Value: Rs + "ResultSet" }).Subject;
        if (Object(set, "boolean") is Literal boolean)
        {
            return new SparqlResults(boolean.Value == "true");
        }

        var variables = quads.Where(q => q.Subject.Equals(set) && q.Predicate.Value == Rs + "resultVariable").Select(q => new Variable(((Literal)q.Object).Value)).ToList();
        var solutions = quads.Where(q => q.Subject.Equals(set) && q.Predicate.Value == Rs + "solution").Select(q => q.Object)
            .OrderBy(s => Object(s, "index") is Literal index ? int.Parse(index.Value, System.Globalization.CultureInfo.InvariantCulture) : 0)
            .ToList();
        var rows = new List<IReadOnlyList<Term?>>();
        foreach (var solution in solutions)
        {
            var row = new Term?[variables.Count];
            foreach (var binding in quads.Where(q => q.Subject.Equals(solution) && q.Predicate.Value == Rs + "binding").Select(q => q.Object))
            {
                string name = ((Literal)Object(binding, "variable")!).Value;
                int i = variables.FindIndex(v => v.Name == name);
                if (i >= 0)
                {
                    row[i] = Object(binding, "value");
                }
            }

            rows.Add(row);
        }

        return new SparqlResults(variables, rows);
    }
}
