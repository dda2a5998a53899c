using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Sparql.Tests.Evaluation;

/// <summary>YEAR … MINUTES read from inlined date ids give the same terms as the term path.</summary>
public sealed class DateTimeFunctionsInlineTests
{
    private static readonly BuiltInFunction[] s_functions =
        [BuiltInFunction.Year, BuiltInFunction.Month, BuiltInFunction.Day, BuiltInFunction.Hours, BuiltInFunction.Minutes];

    public static TheoryData<string, string> Dates => new()
    {
        { "2026-11-23T02:58:38", "dateTime" },
        { "2026-01-01T00:00:00Z", "dateTime" },
        { "2025-12-31T23:59:59.999+14:00", "dateTime" },
        { "2024-02-29T12:30:05.5-05:30", "dateTime" },
        { "0001-01-01T00:00:00-14:00", "dateTime" },
        { "0999-07-04T09:07:00.12Z", "dateTime" },
        { "9999-12-31T23:59:59+00:45", "dateTime" },
        { "2026-03-09", "date" },
        { "2024-02-29Z", "date" },
        { "1999-12-31-08:00", "date" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void TryApplyInline_InlinedDate_GivesTheInlinedIdOfTheTermPathResult(string lexical, string datatype)
    {
        var literal = Literal.Create(lexical, Iri.Create(Xsd.Namespace + datatype));
        Assert.True(InlineLiteralCodec.TryEncode(literal, out var id));

        foreach (var f in s_functions)
        {
            var slow = DateTimeFunctions.Apply(f, literal);
            bool fast = DateTimeFunctions.TryApplyInline(f, id, out var result);

            if (slow is null)
            {
                Assert.False(fast, $"{f}({lexical})");
                continue;
            }

            Assert.True(fast, $"{f}({lexical})");
            Assert.True(InlineLiteralCodec.TryEncode((Literal)slow, out var expected));
            Assert.Equal(expected, result);
            Assert.Equal(slow, InlineLiteralCodec.Decode(result));
        }
    }

    [Fact]
    public void TryApplyInline_NotAnInlinedDate_LeavesItToTheTermPath()
    {
        Assert.True(InlineLiteralCodec.TryEncode(Literal.Create("5", Xsd.Integer), out var integer));

        Assert.False(DateTimeFunctions.TryApplyInline(BuiltInFunction.Month, integer, out _));
        Assert.False(DateTimeFunctions.TryApplyInline(BuiltInFunction.Month, TermId.Any, out _));
        Assert.False(DateTimeFunctions.TryApplyInline(BuiltInFunction.Seconds, default, out _));
    }

    [Fact]
    public void Evaluate_BindMonthOfStoredDates_GivesCanonicalIntegers()
    {
        var dataset = new Dataset();
        string[] dates = ["2026-03-09T10:00:00Z", "2026-11-23T23:30:00-05:00", "2026-11-01"];
        for (int i = 0; i < dates.Length; i++)
        {
            var type = dates[i].Contains('T', StringComparison.Ordinal) ? Xsd.DateTime : Xsd.Date;
            dataset.Add(new Quad(Iri.Create("http://example.org/e" + i), Iri.Create("http://example.org/t"), Literal.Create(dates[i], type), null));
        }

        var result = SparqlEvaluator.Evaluate(
            SparqlQuery.Parse("SELECT ?m ?h WHERE { ?e <http://example.org/t> ?t BIND(MONTH(?t) AS ?m) BIND(HOURS(?t) AS ?h) } ORDER BY ?m ?h"),
            new DatasetQueryable(dataset));

        var rows = result.Solutions.Select(row => string.Join(" ", row.Select(t => t?.ToString() ?? "-"))).ToList();
        const string Integer = "^^<http://www.w3.org/2001/XMLSchema#integer>";
        Assert.Equal([$"\"3\"{Integer} \"10\"{Integer}", $"\"11\"{Integer} -", $"\"11\"{Integer} \"23\"{Integer}"], rows);
    }
}
