using static ValueFlows.Rdf.Tests.IO.WriterOutput;

namespace ValueFlows.Rdf.Tests.IO;

public class TriGWriterTests
{
    private const string Ex = "http://ex/";
    private const string Header = "@prefix ex: <http://ex/> .\n\n";

    private static readonly RdfWriterOptions ExPrefix = RdfWriterOptions.Default.WithPrefix("ex", Ex);

    private static string Trig(RdfWriterOptions options, params Quad[] quads) => Write(s => new TriGWriter(s, options), quads);

    [Fact]
    public void Write_StreamingGraphs_BlocksInInputOrder()
    {
        var text = Trig(
            ExPrefix.WithPretty(false),
            Q(I(Ex + "s"), Ex + "p", I(Ex + "o"), I(Ex + "g")),
            Q(I(Ex + "s"), Ex + "q", I(Ex + "o"), I(Ex + "g")),
            Q(I(Ex + "s"), Ex + "p", I(Ex + "o")),
            Q(I(Ex + "s"), Ex + "p", I(Ex + "o"), B("bg")),
            Q(I(Ex + "t"), Ex + "p", I(Ex + "o"), B("bg")));
        Assert.Equal(
            Header
            + "ex:g {\n    ex:s ex:p ex:o ;\n        ex:q ex:o .\n}\n\n"
            + "ex:s ex:p ex:o .\n\n"
            + "_:bg {\n    ex:s ex:p ex:o .\n\n    ex:t ex:p ex:o .\n}\n",
            text);
    }

    [Fact]
    public void Write_PrettyGraphs_DefaultGraphFirstThenNamedInOrderOfAppearance()
    {
        var text = Trig(
            ExPrefix,
            Q(I(Ex + "s"), Ex + "p", I(Ex + "o"), I(Ex + "g2")),
            Q(I(Ex + "s"), Ex + "p", B("x"), I(Ex + "g1")),
            Q(B("x"), Ex + "p", L("v"), I(Ex + "g1")),
            Q(I(Ex + "s"), Ex + "p", I(Ex + "o")),
            Q(I(Ex + "s"), Ex + "q", I(Ex + "o"), I(Ex + "g2")));
        Assert.Equal(
            Header
            + "ex:s ex:p ex:o .\n\n"
            + "ex:g2 {\n    ex:s ex:p ex:o ;\n        ex:q ex:o .\n}\n\n"
            + "ex:g1 {\n    ex:s ex:p [\n            ex:p \"v\"\n        ] .\n}\n",
            text);
    }

    [Fact]
    public void Write_PrettyBlankNodeAcrossGraphs_KeepsLabel()
    {
        var text = Trig(
            ExPrefix,
            Q(I(Ex + "s"), Ex + "p", B("x"), I(Ex + "g1")),
            Q(B("x"), Ex + "p", L("v"), I(Ex + "g2")),
            Q(B("g"), Ex + "p", L("v"), B("g")));
        Assert.Equal(
            Header
            + "ex:g1 {\n    ex:s ex:p _:x .\n}\n\n"
            + "ex:g2 {\n    _:x ex:p \"v\" .\n}\n\n"
            + "_:g {\n    _:g ex:p \"v\" .\n}\n",
            text);
    }

    [Fact]
    public void WritePrefix_StreamingInsideGraphBlock_ClosesBlockFirst()
    {
        var text = Write(
            s => new TriGWriter(s, RdfWriterOptions.Default.WithPretty(false)),
            [],
            w =>
            {
                w.Write(Q(I(Ex + "s"), Ex + "p", I(Ex + "o"), I(Ex + "g")));
                w.WritePrefix("ex", Ex);
                w.Write(Q(I(Ex + "s"), Ex + "p", I(Ex + "o2"), I(Ex + "g")));
            });
        Assert.Equal(
            "<http://ex/g> {\n    <http://ex/s> <http://ex/p> <http://ex/o> .\n}\n\n"
            + "@prefix ex: <http://ex/> .\n\n"
            + "ex:g {\n    ex:s ex:p ex:o2 .\n}\n",
            text);
    }
}
