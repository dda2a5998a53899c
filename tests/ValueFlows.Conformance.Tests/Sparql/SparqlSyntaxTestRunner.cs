using ValueFlows.Rdf;
using ValueFlows.Sparql;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Syntax;

namespace ValueFlows.Conformance.Tests.Sparql;

/// <summary>
/// Runs SPARQL syntax entries: a positive test must parse (as a query, or as an update for the update types), a
/// negative one must fail with a <see cref="SparqlSyntaxException"/>. The action is parsed with its published IRI as base.
/// </summary>
public static class SparqlSyntaxTestRunner
{
    /// <summary>Runs one entry.</summary>
    public static void Run(ConformanceCase test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var text = File.ReadAllText(test.ActionPath);
        var isUpdate = test.TypeName.Contains("Update", StringComparison.Ordinal);
        var baseIri = Iri.Create(test.Action!);
        if (test.TypeName.StartsWith("Positive", StringComparison.Ordinal))
        {
            try
            {
                Parse(text, baseIri, isUpdate);
            }
            catch (SparqlSyntaxException e)
            {
                Assert.Fail($"<{test.TestIri}> must parse, but: {e.Message}\n{text}");
            }

            return;
        }

        string? parsed = null;
        var error = Record.Exception(() => parsed = Parse(text, baseIri, isUpdate));
        if (error is null)
        {
            Assert.Fail($"<{test.TestIri}> must be rejected, but it parsed into:\n{parsed}\n{text}");
        }

        Assert.IsType<SparqlSyntaxException>(error);
        Assert.False(string.IsNullOrWhiteSpace(((SparqlSyntaxException)error).Detail));
    }

    /// <summary>
    /// Checks parse → write → parse: the written text parses to the same algebra (or the same operations); and that the
    /// algebra's SSE reads back to the same algebra.
    /// </summary>
    public static void RoundTrip(ConformanceCase test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var text = File.ReadAllText(test.ActionPath);
        var baseIri = Iri.Create(test.Action!);
        if (test.TypeName.Contains("Update", StringComparison.Ordinal))
        {
            var update = SparqlUpdate.Parse(text, baseIri);
            var written = update.ToString();
            var again = SparqlUpdate.Parse(written);
            Assert.True(update.Operations.Equals(again.Operations), $"<{test.TestIri}> does not round-trip:\n{text}\n---\n{written}");
            return;
        }

        var query = SparqlQuery.Parse(text, baseIri);
        Assert.Equal(query.Pattern, Op.ParseSse(query.Pattern.ToSse()));
        var queryText = query.ToString();
        var reparsed = SparqlQuery.Parse(queryText);
        Assert.True(
            query.ToSse() == reparsed.ToSse(),
            $"<{test.TestIri}> does not round-trip:\n{text}\n---\n{queryText}\n---\n{query.ToSse()}\n{reparsed.ToSse()}");
    }

    private static string Parse(string text, Iri baseIri, bool isUpdate) =>
        isUpdate ? SparqlUpdate.Parse(text, baseIri).ToString() : SparqlQuery.Parse(text, baseIri).ToSse();
}
