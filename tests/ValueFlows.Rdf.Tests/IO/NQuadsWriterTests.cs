using static ValueFlows.Rdf.Tests.IO.WriterOutput;

namespace ValueFlows.Rdf.Tests.IO;

public class NQuadsWriterTests
{
    private static string Nq(params Quad[] quads) => Write(s => new NQuadsWriter(s, RdfWriterOptions.Default), quads);

    [Fact]
    public void Write_DefaultAndNamedGraphs_GraphTermOnlyForNamed()
    {
        Assert.Equal(
            "<http://ex/s> <http://ex/p> \"x\" .\n"
            + "<http://ex/s> <http://ex/p> \"x\" <http://ex/g> .\n"
            + "_:s <http://ex/p> _:o _:g .\n",
            Nq(
                Q(I("http://ex/s"), "http://ex/p", L("x")),
                Q(I("http://ex/s"), "http://ex/p", L("x"), I("http://ex/g")),
                Q(B("s"), "http://ex/p", B("o"), B("g"))));
    }

    [Fact]
    public void Write_NoQuads_EmptyDocument()
    {
        Assert.Equal("", Nq());
    }
}
