using System.Text;

namespace ValueFlows.Rdf.Tests;

public class RdfXmlWriterTests
{
    private const string Ex = "http://example.org/";
    private static readonly Iri S = Iri.Create(Ex + "s");
    private static readonly Iri P = Iri.Create(Ex + "p");
    private static readonly Iri O = Iri.Create(Ex + "o");
    private static readonly Iri Person = Iri.Create("http://xmlns.com/foaf/0.1/Person");
    private static readonly Iri Name = Iri.Create("http://xmlns.com/foaf/0.1/name");
    private static readonly Iri Knows = Iri.Create("http://xmlns.com/foaf/0.1/knows");

    internal static string Write(IEnumerable<Quad> quads, RdfWriterOptions? options = null)
    {
        using var output = new MemoryStream();
        using (var writer = new RdfXmlWriter(output, options ?? RdfWriterOptions.Default))
        {
            writer.WriteAll(quads);
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static void AssertRoundTrips(Quad[] quads, RdfWriterOptions? options = null)
    {
        string xml = Write(quads, options);
        var back = RdfXmlReaderTests.Read(xml);
        Assert.True(GraphIsomorphism.AreIsomorphic(quads, back), "Written:\n" + xml + "\nRead back:\n" + string.Join("\n", back));
    }

    [Fact]
    public void Write_TypedSubject_UsesPrefixedTypedNodeElement()
    {
        var options = RdfWriterOptions.Default.WithPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        Quad[] quads =
        [
            new(S, RdfVocabulary.Type, Person),
            new(S, Name, Literal.Create("Alice", "en")),
            new(S, Knows, O),
        ];
        string xml = Write(quads, options);
        Assert.Contains("xmlns:foaf=\"http://xmlns.com/foaf/0.1/\"", xml, StringComparison.Ordinal);
        Assert.Contains("<foaf:Person rdf:about=\"http://example.org/s\">", xml, StringComparison.Ordinal);
        Assert.Contains("<foaf:name xml:lang=\"en\">Alice</foaf:name>", xml, StringComparison.Ordinal);
        Assert.Contains("<foaf:knows rdf:resource=\"http://example.org/o\"/>", xml, StringComparison.Ordinal);
        AssertRoundTrips(quads, options);
    }

    [Fact]
    public void Write_NamespaceWithoutPrefix_GetsGeneratedPrefix()
    {
        string xml = Write([new(S, P, Literal.Create("v", Xsd.Integer))]);
        Assert.Contains("xmlns:ns0=\"http://example.org/\"", xml, StringComparison.Ordinal);
        Assert.Contains("<ns0:p rdf:datatype=\"http://www.w3.org/2001/XMLSchema#integer\">v</ns0:p>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WellKnownNamespaceWithoutPrefix_GetsItsUsualPrefix()
    {
        string xml = Write([new(S, Iri.Create("http://www.w3.org/2000/01/rdf-schema#label"), Literal.Create("s"))]);
        Assert.Contains("<rdfs:label>s</rdfs:label>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_BlankNodeUsedOnce_IsNestedWithoutNodeId()
    {
        var b = BlankNode.Create("b");
        var c = BlankNode.Create("c");
        Quad[] quads =
        [
            new(S, Knows, b),
            new(b, RdfVocabulary.Type, Person),
            new(b, Name, Literal.Create("Bob")),
            new(S, P, c),
            new(c, Name, Literal.Create("untyped")),
            new(S, Iri.Create(Ex + "leaf"), BlankNode.Create("leaf")),
        ];
        string xml = Write(quads);
        Assert.DoesNotContain("rdf:nodeID", xml, StringComparison.Ordinal);
        Assert.Contains("rdf:parseType=\"Resource\"", xml, StringComparison.Ordinal);
        AssertRoundTrips(quads);
    }

    [Fact]
    public void Write_BlankNodeCycleAndSharedBlankNode_UseNodeIds()
    {
        var a = BlankNode.Create("a");
        var b = BlankNode.Create("b");
        var shared = BlankNode.Create("shared");
        Quad[] quads =
        [
            new(a, P, b),
            new(b, P, a),
            new(S, P, shared),
            new(O, P, shared),
            new(shared, Name, Literal.Create("x")),
            new(BlankNode.Create("self"), P, BlankNode.Create("self")),
        ];
        Assert.Contains("rdf:nodeID", Write(quads), StringComparison.Ordinal);
        AssertRoundTrips(quads);
        AssertRoundTrips(quads, RdfWriterOptions.Default.WithPretty(false));
    }

    [Fact]
    public void Write_WellFormedList_UsesParseTypeCollection()
    {
        var cells = Enumerable.Range(0, 3).Select(i => BlankNode.Create("c" + i)).ToArray();
        var item = BlankNode.Create("item");
        Quad[] quads =
        [
            new(S, P, cells[0]),
            new(cells[0], RdfVocabulary.First, O),
            new(cells[0], RdfVocabulary.Rest, cells[1]),
            new(cells[1], RdfVocabulary.First, item),
            new(item, RdfVocabulary.Type, Person),
            new(cells[1], RdfVocabulary.Rest, cells[2]),
            new(cells[2], RdfVocabulary.First, S),
            new(cells[2], RdfVocabulary.Rest, RdfVocabulary.Nil),
        ];
        string xml = Write(quads);
        Assert.Contains("rdf:parseType=\"Collection\"", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("rdf:first", xml, StringComparison.Ordinal);
        AssertRoundTrips(quads);
    }

    [Fact]
    public void Write_ListWithLiteralItem_FallsBackToTriples()
    {
        var cell = BlankNode.Create("c");
        Quad[] quads = [new(S, P, cell), new(cell, RdfVocabulary.First, Literal.Create("1")), new(cell, RdfVocabulary.Rest, RdfVocabulary.Nil)];
        Assert.DoesNotContain("Collection", Write(quads), StringComparison.Ordinal);
        AssertRoundTrips(quads);
    }

    [Fact]
    public void Write_LongList_IsWrittenFlat()
    {
        var quads = new List<Quad>();
        Term previous = BlankNode.Create("c0");
        quads.Add(new Quad(S, P, previous));
        for (int i = 0; i < 5000; i++)
        {
            Term next = i == 4999 ? RdfVocabulary.Nil : BlankNode.Create("c" + (i + 1));
            quads.Add(new Quad(previous, RdfVocabulary.First, Iri.Create(Ex + "i" + i)));
            quads.Add(new Quad(previous, RdfVocabulary.Rest, next));
            previous = next;
        }

        Assert.Contains("Collection", Write(quads), StringComparison.Ordinal);
        AssertRoundTrips([.. quads]);
    }

    [Fact]
    public void Write_LongBlankNodeChain_StaysBelowTheNestingLimit()
    {
        var quads = new List<Quad>();
        Term previous = S;
        for (int i = 0; i < 200; i++)
        {
            var next = BlankNode.Create("n" + i);
            quads.Add(new Quad(previous, P, next));
            previous = next;
        }

        AssertRoundTrips([.. quads]);
    }

    [Fact]
    public void Write_ClassThatCannotNameAnElement_FallsBackToRdfDescription()
    {
        Quad[] quads =
        [
            new(S, RdfVocabulary.Type, Iri.Create(Ex + "classes/1")),
            new(O, RdfVocabulary.Type, RdfXmlNames.Description),
        ];
        string xml = Write(quads);
        Assert.Contains("<rdf:Description rdf:about=\"http://example.org/s\">", xml, StringComparison.Ordinal);
        Assert.Contains("<rdf:type rdf:resource=\"http://example.org/classes/1\"/>", xml, StringComparison.Ordinal);
        AssertRoundTrips(quads);
    }

    [Theory]
    [InlineData("http://example.org/p/123")]
    [InlineData("http://example.org/p#")]
    [InlineData("http://example.org/")]
    [InlineData("urn:x:1-2.3")]
    public void Write_PredicateWithoutXmlLocalName_IsRefused(string predicate)
    {
        using var output = new MemoryStream();
        using var writer = new RdfXmlWriter(output, RdfWriterOptions.Default);
        var e = Assert.Throws<InvalidOperationException>(() => writer.Write(new Quad(S, Iri.Create(predicate), O)));
        Assert.Contains("cannot write the predicate", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RdfVocabulary.Namespace + "li")]
    [InlineData(RdfVocabulary.Namespace + "Description")]
    [InlineData(RdfVocabulary.Namespace + "about")]
    [InlineData(RdfVocabulary.Namespace + "bagID")]
    public void Write_SyntaxNameAsPredicate_IsRefused(string predicate)
    {
        using var output = new MemoryStream();
        using var writer = new RdfXmlWriter(output, RdfWriterOptions.Default);
        var e = Assert.Throws<InvalidOperationException>(() => writer.Write(new Quad(S, Iri.Create(predicate), O)));
        Assert.Contains("syntax name", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x01)]
    [InlineData(0x1F)]
    [InlineData(0xFFFE)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void Write_CharacterXmlCannotCarry_IsRefusedAndNothingIsWritten(int character)
    {
        string value = "a " + (char)character + " b";
        using var output = new MemoryStream();
        using (var writer = new RdfXmlWriter(output, RdfWriterOptions.Default.WithPretty(false)))
        {
            writer.Write(new Quad(S, P, Literal.Create("fine")));
            var e = Assert.Throws<InvalidOperationException>(() => writer.Write(new Quad(S, P, Literal.Create(value))));
            Assert.Contains("XML 1.0", e.Message, StringComparison.Ordinal);
        }

        var back = RdfXmlReaderTests.Read(Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal([new Quad(S, P, Literal.Create("fine"))], back);
    }

    [Fact]
    public void Write_QuadInNamedGraph_IsRefused()
    {
        using var output = new MemoryStream();
        using var writer = new RdfXmlWriter(output, RdfWriterOptions.Default);
        Assert.Throws<InvalidOperationException>(() => writer.Write(new Quad(S, P, O, Iri.Create(Ex + "g"))));
    }

    [Fact]
    public void Write_AwkwardLiterals_RoundTrip()
    {
        Quad[] quads =
        [
            new(S, P, Literal.Create("  a <b> & \"c\" ]]> \r\n\t d  ")),
            new(S, P, Literal.Create(string.Empty)),
            new(S, P, Literal.Create(" ")),
            new(S, P, Literal.Create(string.Empty, "de")),
            new(S, P, Literal.Create(string.Empty, Xsd.Integer)),
            new(S, P, Literal.Create("<b>not canonical</b >", RdfVocabulary.XmlLiteral)),
            new(S, P, Literal.Create("\U0001F600 \u00A0\u2028\u0300", "zh-hant-tw")),
            new(S, P, Literal.Create("x", Iri.Create(Ex + "dt?a=1&b=2"))),
        ];
        AssertRoundTrips(quads);
        AssertRoundTrips(quads, RdfWriterOptions.Default.WithPretty(false));
    }

    [Fact]
    public void Write_BaseIri_WritesRelativeIrisThatResolveBack()
    {
        var options = RdfWriterOptions.Default.WithBaseIri("http://example.org/dir/doc");
        Quad[] quads =
        [
            new(Iri.Create("http://example.org/dir/doc"), P, Iri.Create("http://example.org/dir/doc#frag")),
            new(Iri.Create("http://example.org/dir/other"), P, Iri.Create("http://example.org/dir/a/b?q")),
            new(Iri.Create("http://example.org/elsewhere"), P, Iri.Create("http://example.org/dir/c:d")),
        ];
        string xml = Write(quads, options);
        Assert.Contains("xml:base=\"http://example.org/dir/doc\"", xml, StringComparison.Ordinal);
        Assert.Contains("rdf:resource=\"#frag\"", xml, StringComparison.Ordinal);
        Assert.Contains("rdf:about=\"other\"", xml, StringComparison.Ordinal);
        Assert.Contains("rdf:resource=\"a/b?q\"", xml, StringComparison.Ordinal);
        AssertRoundTrips(quads, options);
    }

    [Theory]
    [InlineData("http://example.org/a/../b")]
    [InlineData("http://example.org/./b")]
    public void Write_IriWithDotSegments_IsRefused(string iri)
    {
        using var output = new MemoryStream();
        using var writer = new RdfXmlWriter(output, RdfWriterOptions.Default);
        var e = Assert.Throws<InvalidOperationException>(() => writer.Write(new Quad(S, P, Iri.Create(iri))));
        Assert.Contains("'..' segments", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_StreamingWithLateNamespaces_DeclaresThemWhereUsed()
    {
        var options = RdfWriterOptions.Default.WithPretty(false);
        Quad[] quads =
        [
            new(S, RdfVocabulary.Type, Person),
            new(S, Name, Literal.Create("Alice")),
            new(BlankNode.Create("b"), Iri.Create("http://other.example/vocab#q"), BlankNode.Create("c")),
            new(S, Name, Literal.Create("again")),
        ];
        string xml = Write(quads, options);
        Assert.Contains("<foaf:Person xmlns:foaf=\"http://xmlns.com/foaf/0.1/\" rdf:about=", xml, StringComparison.Ordinal);
        AssertRoundTrips(quads, options);
    }

    [Fact]
    public void Write_InvalidPrefixes_AreNotDeclared()
    {
        var options = RdfWriterOptions.Default.WithPrefix("xmlfoo", Ex).WithPrefix("1a", Ex).WithPrefix(string.Empty, Ex).WithPrefix("rdf", Ex);
        string xml = Write([new(S, P, O)], options);
        Assert.Contains("<ns0:p rdf:resource=", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("xmlfoo", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void NodeId_LabelsThatAreNotNCNames_MapOneToOne()
    {
        string[] labels = ["a", "x_1", "1a", "_1a", "a:b", "a b", "x__1", "x_u20_"];
        var ids = labels.Select(l => RdfXmlWriter.NodeId(BlankNode.Create(l))).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.True(RdfXmlNames.IsNCName(id), id));
    }
}
