using FsCheck;
using FsCheck.Fluent;

namespace ValueFlows.Rdf.JsonLd.Tests;

/// <summary>A generated dataset, printed as N-Quads when a property fails.</summary>
public sealed record GeneratedDataset(Quad[] Quads)
{
    public override string ToString() => "\n" + string.Join("\n", Quads);
}

/// <summary>
/// FsCheck generators of datasets that are awkward for JSON-LD: named graphs (also blank node graph names), RDF lists
/// (well-formed, shared or with extra triples on a cell), rdf:type with literal and blank objects, literals that look
/// like JSON numbers and booleans but must stay strings, language tags, IRIs that look like keywords or compact IRIs once
/// made relative, and strings with JSON escapes.
/// </summary>
public static class JsonLdDatasets
{
    public const string Base = "http://example.org/dir/doc";
    private const string Ex = "http://example.org/";

    private static readonly string[] s_texts = ["", "a", "1", "01", "1.0", "true", "@id", "{\"a\":1}", "\"", "\\", "\n", "é\u00A0", "\U0001F600", "\u0001"];

    private static readonly string[] s_languages = ["en", "en-GB", "de-CH-1996", "zh-Hant-TW"];

    private static readonly Iri[] s_datatypes =
    [
        Xsd.Integer, Xsd.Double, Xsd.Boolean, Xsd.Decimal, Xsd.DateTime, Iri.Create(Ex + "dt#T"), Iri.Create("https://www.w3.org/ns/i18n#en_rtl"),
    ];

    private static readonly Iri[] s_predicates =
    [
        Iri.Create(Ex + "p"), Iri.Create(Ex + "q"), Iri.Create("https://w3id.org/valueflows/ont/vf#name"), RdfVocabulary.Type,
        RdfVocabulary.First, Iri.Create("http://xmlns.com/foaf/0.1/knows"), Iri.Create(Ex + "dir/doc#frag"),
    ];

    private static readonly Iri[] s_iris =
    [
        Iri.Create(Ex + "s"), Iri.Create(Ex + "dir/doc"), Iri.Create(Ex + "dir/doc#frag"), Iri.Create(Ex + "dir/x/y"), Iri.Create(Ex + "dir/@type"),
        Iri.Create(Ex + "dir/ex:foo"), Iri.Create(Ex + "dir/"), Iri.Create(Ex), Iri.Create("urn:uuid:1234"), Iri.Create(Ex + "dir/doc?q=1"),
        Iri.Create("https://w3id.org/valueflows/ont/vf#Agent"), RdfVocabulary.Nil,
    ];

    public static Arbitrary<GeneratedDataset> Datasets() => Arb.From(DatasetGen());

    private static Gen<GeneratedDataset> DatasetGen() =>
        from quads in Gen.ListOf(QuadGen())
        from lists in Gen.ListOf(ListGen(), 2)
        select new GeneratedDataset([.. quads, .. lists.SelectMany(l => l)]);

    private static Gen<Term?> GraphGen() => Gen.Frequency(
        (4, Gen.Constant<Term?>(null)),
        (1, Gen.Elements(s_iris[..3]).Select(i => (Term?)i)),
        (1, Gen.Constant<Term?>(BlankNode.Create("g1"))));

    private static Gen<Quad> QuadGen() =>
        from subject in Gen.Frequency((3, Gen.Elements(s_iris).Select(i => (Term)i)), (2, BlankGen()))
        from predicate in Gen.Elements(s_predicates)
        from @object in Gen.Frequency((2, Gen.Elements(s_iris).Select(i => (Term)i)), (2, BlankGen()), (3, LiteralGen()))
        from graph in GraphGen()
        select new Quad(subject, predicate, @object, graph);

    private static Gen<Quad[]> ListGen() =>
        from subject in Gen.Elements(s_iris)
        from predicate in Gen.Elements(s_predicates)
        from items in Gen.ListOf(Gen.Frequency((2, Gen.Elements(s_iris).Select(i => (Term)i)), (1, BlankGen()), (2, LiteralGen())))
        from flaw in Gen.Choose(0, 5)
        from graph in GraphGen()
        from id in Gen.Choose(0, 1_000_000)
        select List(subject, predicate, [.. items], flaw, graph, "l" + id + "_");

    private static Quad[] List(Iri subject, Iri predicate, Term[] items, int flaw, Term? graph, string label)
    {
        var quads = new List<Quad>();
        Term head = items.Length == 0 ? RdfVocabulary.Nil : BlankNode.Create(label + 0);
        quads.Add(new Quad(subject, predicate, head, graph));
        for (int i = 0; i < items.Length; i++)
        {
            var cell = BlankNode.Create(label + i);
            quads.Add(new Quad(cell, RdfVocabulary.First, items[i], graph));
            quads.Add(new Quad(cell, RdfVocabulary.Rest, i + 1 < items.Length ? BlankNode.Create(label + (i + 1)) : RdfVocabulary.Nil, graph));
        }

        if (items.Length > 0 && flaw == 1)
        {
            quads.Add(new Quad(BlankNode.Create(label + (items.Length - 1)), s_predicates[0], Literal.Create("extra"), graph));
        }
        else if (items.Length > 0 && flaw == 2)
        {
            quads.Add(new Quad(s_iris[1], s_predicates[1], BlankNode.Create(label + (items.Length - 1)), graph));
        }

        return [.. quads];
    }

    private static Gen<Term> BlankGen() => Gen.Choose(0, 4).Select(i => (Term)BlankNode.Create("b" + i));

    private static Gen<Term> LiteralGen()
    {
        var text = Gen.Elements(s_texts);
        return Gen.Frequency(
            (2, text.Select(t => (Term)Literal.Create(t))),
            (1, from t in text from l in Gen.Elements(s_languages) select (Term)Literal.Create(t, l)),
            (1, from t in text from d in Gen.Elements(s_datatypes) select (Term)Literal.Create(t, d)));
    }
}
