using System.Text;

namespace ValueFlows.Rdf.Tests.Properties;

/// <summary>
/// For every format, writing a generated dataset and reading it back gives an isomorphic dataset, with pretty output on
/// and off. Each case is one seed of <see cref="RdfGenerator"/>: a failure names the seed and shows the input quads and
/// the document written, so it can be replayed.
/// </summary>
public class WriteReadRoundTripTests
{
    private const int Seeds = 150;

    public static TheoryData<int> SeedData()
    {
        var data = new TheoryData<int>();
        for (int seed = 1; seed <= Seeds; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedData))]
    public void NTriples_GeneratedGraph_ReadsBackIsomorphic(int seed) =>
        AssertRoundTrip(seed, namedGraphs: false, "N-Triples", (s, o) => new NTriplesWriter(s, o), s => new NTriplesReader(s, RdfReaderOptions.Default), pretty: false);

    [Theory]
    [MemberData(nameof(SeedData))]
    public void NQuads_GeneratedDataset_ReadsBackIsomorphic(int seed) =>
        AssertRoundTrip(seed, namedGraphs: true, "N-Quads", (s, o) => new NQuadsWriter(s, o), s => new NQuadsReader(s, RdfReaderOptions.Default), pretty: false);

    [Theory]
    [MemberData(nameof(SeedData))]
    public void Turtle_GeneratedGraphPretty_ReadsBackIsomorphic(int seed) =>
        AssertRoundTrip(seed, namedGraphs: false, "Turtle", (s, o) => new TurtleWriter(s, o), s => new TurtleReader(s, RdfReaderOptions.Default), pretty: true);

    [Theory]
    [MemberData(nameof(SeedData))]
    public void Turtle_GeneratedGraphStreaming_ReadsBackIsomorphic(int seed) =>
        AssertRoundTrip(seed, namedGraphs: false, "Turtle", (s, o) => new TurtleWriter(s, o), s => new TurtleReader(s, RdfReaderOptions.Default), pretty: false);

    [Theory]
    [MemberData(nameof(SeedData))]
    public void TriG_GeneratedDatasetPretty_ReadsBackIsomorphic(int seed) =>
        AssertRoundTrip(seed, namedGraphs: true, "TriG", (s, o) => new TriGWriter(s, o), s => new TriGReader(s, RdfReaderOptions.Default), pretty: true);

    [Theory]
    [MemberData(nameof(SeedData))]
    public void TriG_GeneratedDatasetStreaming_ReadsBackIsomorphic(int seed) =>
        AssertRoundTrip(seed, namedGraphs: true, "TriG", (s, o) => new TriGWriter(s, o), s => new TriGReader(s, RdfReaderOptions.Default), pretty: false);

    [Theory]
    [MemberData(nameof(SeedData))]
    public void Turtle_GeneratedGraphWithBase_ReadsBackIsomorphic(int seed)
    {
        var options = RdfWriterOptions.Default.WithBaseIri(seed % 2 == 0 ? "http://example.org/deep/path/doc" : "http://example.org/");
        AssertRoundTrip(
            seed, namedGraphs: false, "Turtle", (s, o) => new TurtleWriter(s, options with { Pretty = o.Pretty, Prefixes = seed % 3 == 0 ? [] : o.Prefixes }),
            s => new TurtleReader(s, RdfReaderOptions.Default), pretty: seed % 4 < 2);
    }

    private static void AssertRoundTrip(
        int seed, bool namedGraphs, string format, Func<Stream, RdfWriterOptions, RdfWriter> createWriter, Func<Stream, RdfReader> createReader, bool pretty)
    {
        var input = new RdfGenerator(seed, namedGraphs).Generate();
        var options = RdfWriterOptions.Default.WithPretty(pretty) with { Prefixes = RdfGenerator.Prefixes };
        using var stream = new MemoryStream();
        using (var writer = createWriter(stream, options))
        {
            writer.WriteAll(input);
            writer.Finish();
        }

        var document = Encoding.UTF8.GetString(stream.ToArray());
        List<Quad> output;
        try
        {
            stream.Position = 0;
            using var reader = createReader(stream);
            output = [.. reader.ReadAll()];
        }
        catch (RdfSyntaxException e)
        {
            Assert.Fail($"{format} (seed {seed}, pretty {pretty}): the written document does not read back: {e.Message}\n{Describe(input, document)}");
            return;
        }

        Assert.True(
            GraphIsomorphism.AreIsomorphic(input, output),
            $"{format} (seed {seed}, pretty {pretty}): read back {output.Count} quads, wrote {input.Count}.\n{Describe(input, document)}\n"
            + $"--- read back ---\n{string.Join('\n', output)}");
    }

    private static string Describe(List<Quad> input, string document) =>
        $"--- input ---\n{string.Join('\n', input)}\n--- written ---\n{document}";
}
