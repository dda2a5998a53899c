using System.Text;

namespace ValueFlows.Rdf.Tests.IO;

/// <summary>Runs a writer over quads in memory and returns the document it wrote.</summary>
internal static class WriterOutput
{
    public static string Write(Func<Stream, RdfWriter> create, IEnumerable<Quad> quads, Action<RdfWriter>? before = null)
    {
        using var stream = new MemoryStream();
        using (var writer = create(stream))
        {
            before?.Invoke(writer);
            writer.WriteAll(quads);
            writer.Finish();
        }

        var bytes = stream.ToArray();
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "writers emit no byte-order mark");
        return new UTF8Encoding(false, true).GetString(bytes);
    }

    public static Iri I(string iri) => Iri.Create(iri);

    public static BlankNode B(string label) => BlankNode.Create(label);

    public static Literal L(string value) => Literal.Create(value);

    public static Literal L(string value, Iri datatype) => Literal.Create(value, datatype);

    public static Literal Lang(string value, string language) => Literal.Create(value, language);

    public static Quad Q(Term s, string p, Term o, Term? g = null) => new(s, I(p), o, g);
}
