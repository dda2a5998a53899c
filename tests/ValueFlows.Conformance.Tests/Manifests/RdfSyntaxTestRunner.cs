using System.Text;
using ValueFlows.Rdf;

namespace ValueFlows.Conformance.Tests;

/// <summary>
/// Runs the entries of the W3C RDF syntax suites by the kind their type names: <c>…PositiveSyntax</c> must parse,
/// <c>…NegativeSyntax</c> and <c>…NegativeEval</c> must fail with an <see cref="RdfSyntaxException"/>, <c>…Eval</c> must
/// give a dataset isomorphic to the expected N-Triples or N-Quads. The action is read with its published IRI as base.
/// </summary>
public static class RdfSyntaxTestRunner
{
    /// <summary>Runs <paramref name="test"/>, reading its action with the reader <paramref name="open"/> creates.</summary>
    public static void Run(ConformanceCase test, Func<Stream, RdfReaderOptions, RdfReader> open)
    {
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(open);
        string type = test.TypeName;
        if (type.EndsWith("PositiveSyntax", StringComparison.Ordinal))
        {
            Read(test.ActionPath, test.Action!, open);
        }
        else if (type.EndsWith("NegativeSyntax", StringComparison.Ordinal) || type.EndsWith("NegativeEval", StringComparison.Ordinal))
        {
            List<Quad>? parsed = null;
            var error = Record.Exception(() => parsed = Read(test.ActionPath, test.Action!, open));
            if (error is null)
            {
                Assert.Fail($"<{test.TestIri}> must be rejected, but it parsed into:\n{SortedNQuads(parsed!)}");
            }

            Assert.IsType<RdfSyntaxException>(error);
            Assert.False(string.IsNullOrWhiteSpace(((RdfSyntaxException)error).Detail));
        }
        else if (type.EndsWith("Eval", StringComparison.Ordinal))
        {
            var actual = Read(test.ActionPath, test.Action!, open);
            var expected = ReadExpected(test);
            if (!GraphIsomorphism.AreIsomorphic(actual, expected))
            {
                Assert.Fail(Diff(test, expected, actual));
            }
        }
        else
        {
            Assert.Fail($"<{test.TestIri}> has the test type {test.Type}, which this runner does not know.");
        }
    }

    /// <summary>All quads of a file read with <paramref name="open"/> and <paramref name="baseIri"/> as base.</summary>
    public static List<Quad> Read(string path, string baseIri, Func<Stream, RdfReaderOptions, RdfReader> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        using var stream = File.OpenRead(path);
        using var reader = open(stream, RdfReaderOptions.Default.WithBaseIri(baseIri));
        return [.. reader.ReadAll()];
    }

    /// <summary>The quads sorted in N-Quads syntax, one per line.</summary>
    public static string SortedNQuads(IEnumerable<Quad> quads) =>
        string.Join('\n', quads.Select(q => q.ToString()).Order(StringComparer.Ordinal));

    private static List<Quad> ReadExpected(ConformanceCase test)
    {
        string path = test.ResultPath;
        return path.EndsWith(".nq", StringComparison.OrdinalIgnoreCase)
            ? Read(path, test.Result!, (s, o) => new NQuadsReader(s, o))
            : Read(path, test.Result!, (s, o) => new NTriplesReader(s, o));
    }

    private static string Diff(ConformanceCase test, List<Quad> expected, List<Quad> actual)
    {
        var text = new StringBuilder();
        text.Append('<').Append(test.TestIri).Append("> gives a dataset that is not isomorphic to <").Append(test.Result).AppendLine(">.");
        text.Append("expected (").Append(expected.Count).AppendLine(" quads):").AppendLine(SortedNQuads(expected));
        text.Append("actual (").Append(actual.Count).AppendLine(" quads):").AppendLine(SortedNQuads(actual));
        return text.ToString();
    }
}
