using static ValueFlows.Rdf.Tests.IO.WriterOutput;

namespace ValueFlows.Rdf.Tests.IO;

public class NTriplesWriterTests
{
    private static string Nt(params Quad[] quads) => Write(s => new NTriplesWriter(s, RdfWriterOptions.Default), quads);

    [Fact]
    public void Write_SimpleTriple_OneCanonicalLine()
    {
        Assert.Equal(
            "<http://ex/s> <http://ex/p> <http://ex/o> .\n",
            Nt(Q(I("http://ex/s"), "http://ex/p", I("http://ex/o"))));
    }

    [Fact]
    public void Write_LiteralKinds_XsdStringHasNoDatatypeAndTagsAreLowerCase()
    {
        var s = I("http://ex/s");
        Assert.Equal(
            "<http://ex/s> <http://ex/p> \"a\" .\n"
            + "<http://ex/s> <http://ex/p> \"b\"@en-gb .\n"
            + "<http://ex/s> <http://ex/p> \"01\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n",
            Nt(
                Q(s, "http://ex/p", L("a", Xsd.String)),
                Q(s, "http://ex/p", Lang("b", "en-GB")),
                Q(s, "http://ex/p", L("01", Xsd.Integer))));
    }

    [Fact]
    public void Write_StringEscapes_EcharForBsHtLfFfCrQuoteBackslashUcharForOtherControls()
    {
        var value = "\b\t\n\f\r\"\\\u0000\u0007\u000B\u000E\u001F\u007F\uFFFE\uFFFF é😀";
        Assert.Equal(
            "_:b <http://ex/p> \"\\b\\t\\n\\f\\r\\\"\\\\\\u0000\\u0007\\u000B\\u000E\\u001F\\u007F\\uFFFE\\uFFFF é😀\" .\n",
            Nt(Q(B("b"), "http://ex/p", L(value))));
    }

    [Fact]
    public void Write_IriWithCharactersIrirefCannotHold_UcharEscapes()
    {
        var odd = Iri.CreateUnchecked("http://ex/a b<>\"{}|^`\\\u0001é");
        Assert.Equal(
            "<http://ex/a\\u0020b\\u003C\\u003E\\u0022\\u007B\\u007D\\u007C\\u005E\\u0060\\u005C\\u0001é> <http://ex/p> \"\" .\n",
            Nt(Q(odd, "http://ex/p", L(""))));
    }

    [Fact]
    public void Write_BlankNodeLabelsBlankNodeLabelCannotHold_EscapedInjectively()
    {
        Assert.Equal(
            "_:ok.1-x <http://ex/p> _:x_0061002E .\n"
            + "_:x_0061002000620063 <http://ex/p> _:x_0078005F0031 .\n",
            Nt(Q(B("ok.1-x"), "http://ex/p", B("a.")), Q(B("a bc"), "http://ex/p", B("x_1"))));
    }

    [Fact]
    public void Write_NamedGraphQuad_Refused()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Nt(Q(I("http://ex/s"), "http://ex/p", I("http://ex/o"), I("http://ex/g"))));
        Assert.Contains("named graph", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_AfterFinish_Refused()
    {
        using var stream = new MemoryStream();
        using var writer = new NTriplesWriter(stream, RdfWriterOptions.Default);
        writer.Finish();
        Assert.Throws<InvalidOperationException>(() => writer.Write(Q(I("http://ex/s"), "http://ex/p", I("http://ex/o"))));
    }

    [Fact]
    public void Write_MoreThanOneBuffer_EveryLineArrives()
    {
        var quads = Enumerable.Range(0, 20_000).Select(i => Q(I($"http://ex/s{i}"), "http://ex/p", L(new string('x', i % 50) + "😀")));
        var text = Nt([.. quads]);
        var lines = text.Split('\n');
        Assert.Equal(20_001, lines.Length);
        Assert.Equal($"<http://ex/s19999> <http://ex/p> \"{new string('x', 19_999 % 50)}😀\" .", lines[19_999]);
    }

    [Fact]
    public void Write_LongLiteralLargerThanBuffer_WrittenWhole()
    {
        var big = string.Concat(Enumerable.Repeat("ab😀\"", 60_000));
        var text = Nt(Q(I("http://ex/s"), "http://ex/p", L(big)));
        Assert.Equal("<http://ex/s> <http://ex/p> \"" + big.Replace("\"", "\\\"", StringComparison.Ordinal) + "\" .\n", text);
    }

    [Fact]
    public void Write_PrefixAndBase_Ignored()
    {
        var text = Write(
            s => new NTriplesWriter(s, RdfWriterOptions.Default.WithBaseIri("http://ex/").WithPrefix("ex", "http://ex/")),
            [Q(I("http://ex/s"), "http://ex/p", I("http://ex/o"))],
            w => w.WritePrefix("e", "http://ex/"));
        Assert.Equal("<http://ex/s> <http://ex/p> <http://ex/o> .\n", text);
    }
}
