using FsCheck;
using FsCheck.Fluent;

namespace ValueFlows.Rdf.Tests;

/// <summary>A generated graph, printed as N-Triples when a property fails.</summary>
public sealed record GeneratedGraph(Quad[] Quads)
{
    public override string ToString() => "\n" + string.Join("\n", Quads);
}

/// <summary>A triple RDF/XML cannot carry, and why.</summary>
public sealed record UnwritableTriple(Quad Quad, string Reason)
{
    public override string ToString() => Reason + ": " + Quad;
}

/// <summary>
/// FsCheck generators of graphs that are awkward for RDF/XML: literals full of markup characters, white space, CR,
/// astral and combining characters; language tags; odd datatypes (XMLLiteral text that is not canonical XML); blank
/// nodes drawn from a small pool, so cycles, self-loops and shared nodes are common; predicates and classes that need
/// unusual QName splits or cannot name an element at all.
/// </summary>
public static class RdfXmlGraphs
{
    private const string Ex = "http://example.org/";

    private static readonly string[] s_pieces =
    [
        "a", "Z", "0", " ", "  ", "\t", "\n", "\r", "\r\n", "<", ">", "&", "\"", "'", "]]>", "&amp;", "<!--", "<![CDATA[", "?>",
        "é", "\u00A0", "\u2028", "\U0001F600", "e\u0301", "\uFFFD", "\u007F", "\u0085", "<b>x</b>",
    ];

    private static readonly string[] s_languages = ["en", "en-gb", "de-ch-1996", "zh-hant-tw", "sr-latn"];

    private static readonly Iri[] s_datatypes =
    [
        Xsd.Integer, Xsd.DateTime, RdfVocabulary.XmlLiteral, Iri.Create(RdfVocabulary.Namespace + "HTML"),
        Iri.Create(Ex + "dt#T"), Iri.Create("urn:dt:x"), Iri.Create(Ex + "dt?a=1&b=2"),
    ];

    private static readonly Iri[] s_predicates =
    [
        Iri.Create(Ex + "p"), Iri.Create(Ex + "q"), Iri.Create(Ex + "ns#name"), Iri.Create("urn:x:a-b.c"),
        Iri.Create(Ex + "123abc"), Iri.Create(Ex + "é"), Iri.Create(Ex + "path/_1"), Iri.Create(RdfVocabulary.Namespace + "_3"),
        Iri.Create(RdfVocabulary.Namespace + "value"), RdfVocabulary.Type, Iri.Create("http://xmlns.com/foaf/0.1/knows"),
        Iri.Create(Ex + "a.b-c_d"), Iri.Create("tag:example.org,2024:x"), Iri.Create("http://example.org/über#straße"),
    ];

    private static readonly Iri[] s_iris =
    [
        Iri.Create(Ex + "s"), Iri.Create(Ex + "o"), Iri.Create(Ex + "a#b"), Iri.Create("urn:uuid:1234"),
        Iri.Create(Ex + "with%20space"), Iri.Create(Ex + "?q=1&r=2"), Iri.Create(Ex + "ü"), Iri.Create(Ex),
        Iri.Create(Ex + "dir/doc"), Iri.Create(Ex + "dir/doc#frag"), Iri.Create(Ex + "dir/x/y"),
        Iri.Create(Ex + "C"), Iri.Create(Ex + "classes/1"), Iri.Create(RdfVocabulary.Namespace + "Description"),
        Iri.Create(RdfVocabulary.Namespace + "Seq"), Iri.Create(RdfVocabulary.Namespace + "li"), Iri.Create(Ex + "C#"),
    ];

    public static Arbitrary<GeneratedGraph> Graphs() => Arb.From(GraphGen());

    public static Arbitrary<UnwritableTriple> Unwritables() => Arb.From(Gen.Elements<UnwritableTriple>(
        new(new Quad(s_iris[0], Iri.Create(Ex + "p/123"), s_iris[1]), "predicate ends with digits"),
        new(new Quad(s_iris[0], Iri.Create(Ex + "p#"), s_iris[1]), "predicate ends with '#'"),
        new(new Quad(s_iris[0], Iri.Create(RdfVocabulary.Namespace + "li"), s_iris[1]), "rdf:li predicate"),
        new(new Quad(s_iris[0], s_predicates[0], Literal.Create("bell \u0007")), "C0 control in a literal"),
        new(new Quad(s_iris[0], s_predicates[0], Literal.Create("nul \0", "en")), "NUL in a language-tagged literal"),
        new(new Quad(s_iris[0], s_predicates[0], Iri.Create(Ex + "a/../b")), "IRI with dot segments")));

    private static Gen<GeneratedGraph> GraphGen() =>
        from triples in Gen.ListOf(TripleGen())
        from lists in Gen.ListOf(ListGen(), 2)
        select new GeneratedGraph([.. triples, .. lists.SelectMany(l => l)]);

    /// <summary>
    /// An RDF list hung off a subject: usually well-formed (written as a collection), sometimes with a literal item, a
    /// shared cell or an extra triple on a cell (which must fall back to plain triples).
    /// </summary>
    private static Gen<Quad[]> ListGen() =>
        from subject in Gen.Elements(s_iris)
        from predicate in Gen.Elements(s_predicates)
        from items in Gen.ListOf(Gen.Frequency((3, Gen.Elements(s_iris).Select(i => (Term)i)), (2, BlankGen()), (1, LiteralGen())))
        from flaw in Gen.Choose(0, 5)
        from id in Gen.Choose(0, 1_000_000)
        select List(subject, predicate, [.. items], flaw, "l" + id + "_");

    private static Quad[] List(Iri subject, Iri predicate, Term[] items, int flaw, string label)
    {
        var quads = new List<Quad>();
        Term head = items.Length == 0 ? RdfVocabulary.Nil : BlankNode.Create(label + 0);
        quads.Add(new Quad(subject, predicate, head));
        for (int i = 0; i < items.Length; i++)
        {
            var cell = BlankNode.Create(label + i);
            quads.Add(new Quad(cell, RdfVocabulary.First, items[i]));
            quads.Add(new Quad(cell, RdfVocabulary.Rest, i + 1 < items.Length ? BlankNode.Create(label + (i + 1)) : RdfVocabulary.Nil));
        }

        if (items.Length > 0 && flaw == 1)
        {
            quads.Add(new Quad(BlankNode.Create(label + (items.Length - 1)), s_predicates[0], Literal.Create("extra")));
        }
        else if (items.Length > 0 && flaw == 2)
        {
            quads.Add(new Quad(s_iris[1], s_predicates[1], BlankNode.Create(label + (items.Length - 1))));
        }

        return [.. quads];
    }

    private static Gen<Quad> TripleGen() =>
        from subject in Gen.Frequency((3, Gen.Elements(s_iris).Select(i => (Term)i)), (2, BlankGen()))
        from predicate in Gen.Elements(s_predicates)
        from @object in Gen.Frequency((2, Gen.Elements(s_iris).Select(i => (Term)i)), (2, BlankGen()), (3, LiteralGen()))
        select new Quad(subject, predicate, @object);

    private static Gen<Term> BlankGen() => Gen.Choose(0, 5).Select(i => (Term)BlankNode.Create("b" + i));

    private static Gen<Term> LiteralGen()
    {
        var text = Gen.ListOf(Gen.Elements(s_pieces)).Select(pieces => string.Concat(pieces));
        return Gen.Frequency(
            (2, text.Select(t => (Term)Literal.Create(t))),
            (1, from t in text from l in Gen.Elements(s_languages) select (Term)Literal.Create(t, l)),
            (1, from t in text from d in Gen.Elements(s_datatypes) select (Term)Literal.Create(t, d)));
    }
}
