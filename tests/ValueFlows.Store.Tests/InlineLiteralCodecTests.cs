using System.Globalization;
using FsCheck.Xunit;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Store.Tests;

public sealed class InlineLiteralCodecTests
{
    [Theory]
    [InlineData("0", "integer")]
    [InlineData("-17", "integer")]
    [InlineData("576460752303423487", "integer")]
    [InlineData("108", "decimal")]
    [InlineData("1.50", "decimal")]
    [InlineData("-0.05", "decimal")]
    [InlineData("0.0", "decimal")]
    [InlineData("true", "boolean")]
    [InlineData("false", "boolean")]
    [InlineData("2026-01-17T07:36:00Z", "dateTime")]
    [InlineData("2026-01-17T07:36:00", "dateTime")]
    [InlineData("2026-01-17T07:36:00+00:00", "dateTime")]
    [InlineData("2026-01-17T07:36:00.5-05:30", "dateTime")]
    [InlineData("0001-01-01T00:00:00.123+14:00", "dateTime")]
    [InlineData("9999-12-31T23:59:59.999-14:00", "dateTime")]
    [InlineData("2024-02-29", "date")]
    [InlineData("2024-02-29Z", "date")]
    public void TryEncode_CanonicalForm_PrintsBackExactly(string lexical, string datatype)
    {
        var literal = Literal.Create(lexical, Iri.CreateUnchecked(Xsd.Namespace + datatype));
        Assert.True(InlineLiteralCodec.TryEncode(literal, out var id));
        Assert.True(id.IsInline);
        Assert.Equal(literal, InlineLiteralCodec.Decode(id));
    }

    [Theory]
    [InlineData("01", "integer")]
    [InlineData("+1", "integer")]
    [InlineData("-0", "integer")]
    [InlineData("576460752303423488", "integer")]
    [InlineData(" 1", "integer")]
    [InlineData("1.", "decimal")]
    [InlineData(".5", "decimal")]
    [InlineData("-0.0", "decimal")]
    [InlineData("1e3", "decimal")]
    [InlineData("1", "boolean")]
    [InlineData("TRUE", "boolean")]
    [InlineData("2026-01-17T24:00:00Z", "dateTime")]
    [InlineData("2026-01-17T07:36:60Z", "dateTime")]
    [InlineData("2026-01-17T07:36:00.1234Z", "dateTime")]
    [InlineData("2026-01-17T07:36:00-00:00", "dateTime")]
    [InlineData("2026-01-17T07:36:00+05:07", "dateTime")]
    [InlineData("2026-02-30", "date")]
    [InlineData("-0001-01-01", "date")]
    [InlineData("12026-01-01", "date")]
    public void TryEncode_NonCanonicalForm_StaysInDictionary(string lexical, string datatype)
    {
        var literal = Literal.Create(lexical, Iri.CreateUnchecked(Xsd.Namespace + datatype));
        Assert.False(InlineLiteralCodec.TryEncode(literal, out _));
    }

    [Fact]
    public void TryEncode_ZoneSpellings_AreDifferentIds()
    {
        Assert.True(InlineLiteralCodec.TryEncode(Literal.Create("2026-01-17T07:36:00Z", Xsd.DateTime), out var z));
        Assert.True(InlineLiteralCodec.TryEncode(Literal.Create("2026-01-17T07:36:00+00:00", Xsd.DateTime), out var plus));
        Assert.True(InlineLiteralCodec.TryEncode(Literal.Create("2026-01-17T07:36:00", Xsd.DateTime), out var none));
        Assert.Equal(3, new[] { z, plus, none }.Distinct().Count());
        Assert.True(z.TryGetDateTime(out var wall, out var offset));
        Assert.Equal(new DateTime(2026, 1, 17, 7, 36, 0), wall);
        Assert.Equal(TimeSpan.Zero, offset);
        Assert.True(none.TryGetDateTime(out _, out var noOffset));
        Assert.Null(noOffset);
    }

    [Fact]
    public void TryGetDecimal_InlineDecimal_KeepsScale()
    {
        Assert.True(InlineLiteralCodec.TryEncode(Literal.Create("-12.50", Xsd.Decimal), out var id));
        Assert.True(id.TryGetDecimal(out decimal value));
        Assert.Equal(-12.50m, value);
        Assert.Equal("-12.50", value.ToString(CultureInfo.InvariantCulture));
    }

    [Property(MaxTest = 300)]
    public void Integer_AnyLong_RoundTripsOrStaysOut(long value)
    {
        var literal = Literal.Create(value.ToString(CultureInfo.InvariantCulture), Xsd.Integer);
        bool fits = value is >= -(1L << 59) and < (1L << 59);
        Assert.Equal(fits, InlineLiteralCodec.TryEncode(literal, out var id));
        if (fits)
        {
            Assert.True(id.TryGetInteger(out long back));
            Assert.Equal(value, back);
            Assert.Equal(literal, InlineLiteralCodec.Decode(id));
        }
    }

    [Property(MaxTest = 300)]
    public void DateTime_AnyMillisecondInstant_RoundTrips(int days, int milliseconds, byte zoneQuarterHours)
    {
        var start = new DateTime(2000, 1, 1).AddDays(Math.Abs(days % 100_000)).AddMilliseconds(Math.Abs(milliseconds % 86_400_000));
        int quarter = (zoneQuarterHours % 113) - 56;
        var offset = TimeSpan.FromMinutes(quarter * 15);
        string zone = quarter == 0 ? "Z" : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        string lexical = start.ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture) + zone;
        var literal = Literal.Create(lexical, Xsd.DateTime);
        Assert.True(InlineLiteralCodec.TryEncode(literal, out var id));
        Assert.Equal(literal, InlineLiteralCodec.Decode(id));
    }
}
