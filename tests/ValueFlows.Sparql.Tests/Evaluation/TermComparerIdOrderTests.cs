using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Sparql.Tests.Evaluation;

/// <summary>Ordering inlined ids gives the order of the terms they stand for, or leaves it to the terms.</summary>
public sealed class TermComparerIdOrderTests
{
    private static readonly Literal[] s_literals =
    [
        Literal.Create("-7", Xsd.Integer), Literal.Create("0", Xsd.Integer), Literal.Create("12", Xsd.Integer), Literal.Create("3", Xsd.Integer),
        Literal.Create("2026-01-01T00:00:00Z", Xsd.DateTime), Literal.Create("2026-01-01T00:00:00.5Z", Xsd.DateTime),
        Literal.Create("2025-12-31T23:00:00-02:00", Xsd.DateTime), Literal.Create("2026-01-01T01:00:00+02:00", Xsd.DateTime),
        Literal.Create("2026-01-01T00:00:00", Xsd.DateTime), Literal.Create("2025-06-01T12:00:00", Xsd.DateTime),
        Literal.Create("2026-01-01T00:00:00.50Z", Xsd.DateTime),
        Literal.Create("2026-01-01", Xsd.Date), Literal.Create("2025-01-01Z", Xsd.Date), Literal.Create("2026-01-01Z", Xsd.Date),
        Literal.Create("1.5", Xsd.Decimal), Literal.Create("true", Xsd.Boolean),
    ];

    [Fact]
    public void TryOrderCompareIds_EveryPairOfInlinedLiterals_AgreesWithOrderCompare()
    {
        int decided = 0;
        foreach (var left in s_literals)
        {
            foreach (var right in s_literals)
            {
                Assert.True(InlineLiteralCodec.TryEncode(left, out var l), left.ToString());
                Assert.True(InlineLiteralCodec.TryEncode(right, out var r), right.ToString());
                if (TermComparer.TryOrderCompareIds(l, r, out int order))
                {
                    decided++;
                    Assert.Equal(Math.Sign(TermComparer.OrderCompare(left, right)), Math.Sign(order));
                }
            }
        }

        Assert.True(decided > s_literals.Length, "the ids decide more than the equal pairs");
    }

    [Fact]
    public void TryOrderCompareIds_UnboundOrDifferentZones_LeavesItToTheTerms()
    {
        Assert.True(InlineLiteralCodec.TryEncode(Literal.Create("2026-01-01T00:00:00Z", Xsd.DateTime), out var utc));
        Assert.True(InlineLiteralCodec.TryEncode(Literal.Create("2026-01-01T01:00:00+02:00", Xsd.DateTime), out var east));

        Assert.False(TermComparer.TryOrderCompareIds(TermId.Any, TermId.Any, out _));
        Assert.False(TermComparer.TryOrderCompareIds(utc, east, out _));
    }
}
