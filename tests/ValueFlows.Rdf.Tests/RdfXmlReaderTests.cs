using System.Text;

namespace ValueFlows.Rdf.Tests;

public class RdfXmlReaderTests
{
    private const string Rdf = RdfVocabulary.Namespace;
    private const string Header = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">";
    private static readonly Iri S = Iri.Create("http://example.org/s");
    private static readonly Iri P = Iri.Create("http://example.org/p");
    private static readonly Iri Q = Iri.Create("http://example.org/q");
    private static readonly Iri O = Iri.Create("http://example.org/o");

    internal static List<Quad> Read(string xml, string? baseIri = null, string? blankNodePrefix = null)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        using var reader = new RdfXmlReader(input, RdfReaderOptions.Default.WithBaseIri(baseIri).WithBlankNodePrefix(blankNodePrefix));
        return [.. reader.ReadAll()];
    }

    private static RdfSyntaxException ReadFails(string xml, string? baseIri = null) =>
        Assert.Throws<RdfSyntaxException>(() => Read(xml, baseIri));

    private static void AssertGraph(IEnumerable<Quad> actual, params Quad[] expected) =>
        Assert.True(GraphIsomorphism.AreIsomorphic(actual, expected), "Got:\n" + string.Join("\n", actual));

    private static BlankNode B(string label) => BlankNode.Create(label);

    [Fact]
    public void TryRead_TypedNodeWithLiteralAndResource_YieldsTriples()
    {
        var quads = Read(Header + """
            <ex:Thing rdf:about="http://example.org/s" ex:q="attr">
              <ex:p>text</ex:p>
              <ex:p rdf:resource="http://example.org/o"/>
            </ex:Thing></rdf:RDF>
            """);
        AssertGraph(quads,
            new Quad(S, RdfVocabulary.Type, Iri.Create("http://example.org/Thing")),
            new Quad(S, Q, Literal.Create("attr")),
            new Quad(S, P, Literal.Create("text")),
            new Quad(S, P, O));
    }

    [Fact]
    public void TryRead_DocumentElementIsNodeElement_Accepted()
    {
        var quads = Read("<ex:Thing xmlns:ex=\"http://example.org/\" xmlns:rdf=\"" + Rdf + "\" rdf:about=\"http://example.org/s\"/>");
        AssertGraph(quads, new Quad(S, RdfVocabulary.Type, Iri.Create("http://example.org/Thing")));
    }

    [Fact]
    public void TryRead_XmlLang_IsScopedAndEmptyValueResets()
    {
        var quads = Read(Header + """
            <rdf:Description rdf:about="http://example.org/s" xml:lang="EN-gb" ex:q="a">
              <ex:p>b</ex:p>
              <ex:p xml:lang="fr">c</ex:p>
              <ex:p xml:lang="">d</ex:p>
              <ex:p rdf:datatype="http://www.w3.org/2001/XMLSchema#int">1</ex:p>
            </rdf:Description></rdf:RDF>
            """);
        AssertGraph(quads,
            new Quad(S, Q, Literal.Create("a", "en-gb")),
            new Quad(S, P, Literal.Create("b", "en-gb")),
            new Quad(S, P, Literal.Create("c", "fr")),
            new Quad(S, P, Literal.Create("d")),
            new Quad(S, P, Literal.Create("1", Xsd.Int)));
    }

    [Fact]
    public void TryRead_XmlBase_ResolvesAboutResourceIdAndDatatype()
    {
        var quads = Read(Header + """
            <rdf:Description rdf:about="a" xml:base="http://example.org/dir/doc#frag">
              <ex:p rdf:resource="../o"/>
              <ex:q rdf:datatype="#dt">v</ex:q>
            </rdf:Description>
            <rdf:Description rdf:ID="id1"/>
            <rdf:Description rdf:about=""><ex:p rdf:resource="#x"/></rdf:Description></rdf:RDF>
            """, "http://example.org/base/file.rdf");
        var a = Iri.Create("http://example.org/dir/a");
        var file = Iri.Create("http://example.org/base/file.rdf");
        AssertGraph(quads,
            new Quad(a, P, Iri.Create("http://example.org/o")),
            new Quad(a, Q, Literal.Create("v", Iri.Create("http://example.org/dir/doc#dt"))),
            new Quad(file, P, Iri.Create("http://example.org/base/file.rdf#x")));
    }

    [Fact]
    public void TryRead_XmlBaseOnRoot_DeclaresBaseAndPrefixesAreReported()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(
            "<rdf:RDF xmlns:rdf=\"" + Rdf + "\" xmlns:ex=\"http://example.org/\" xmlns=\"http://example.org/default#\" xml:base=\"http://example.org/b/\"/>"));
        using var reader = new RdfXmlReader(input, RdfReaderOptions.Default);
        var prefixes = new List<(string, string)>();
        string? declaredBase = null;
        reader.PrefixDeclared += (p, ns) => prefixes.Add((p, ns));
        reader.BaseDeclared += b => declaredBase = b;
        Assert.False(reader.TryRead(out _));
        Assert.Contains(("ex", "http://example.org/"), prefixes);
        Assert.Contains(("rdf", Rdf), prefixes);
        Assert.Contains((string.Empty, "http://example.org/default#"), prefixes);
        Assert.Equal("http://example.org/b/", declaredBase);
        Assert.Equal("http://example.org/b/", reader.BaseIri);
    }

    [Fact]
    public void TryRead_ParseTypeResourceAndCollection_BuildBlankNodesAndLists()
    {
        var quads = Read(Header + """
            <rdf:Description rdf:about="http://example.org/s">
              <ex:p rdf:parseType="Resource"><ex:q>inner</ex:q></ex:p>
              <ex:list rdf:parseType="Collection">
                <rdf:Description rdf:about="http://example.org/o"/>
                <ex:Thing/>
              </ex:list>
              <ex:empty rdf:parseType="Collection"/>
            </rdf:Description></rdf:RDF>
            """);
        var list = Iri.Create("http://example.org/list");
        AssertGraph(quads,
            new Quad(S, P, B("r")),
            new Quad(B("r"), Q, Literal.Create("inner")),
            new Quad(S, list, B("l1")),
            new Quad(B("l1"), RdfVocabulary.First, O),
            new Quad(B("l1"), RdfVocabulary.Rest, B("l2")),
            new Quad(B("l2"), RdfVocabulary.First, B("t")),
            new Quad(B("t"), RdfVocabulary.Type, Iri.Create("http://example.org/Thing")),
            new Quad(B("l2"), RdfVocabulary.Rest, RdfVocabulary.Nil),
            new Quad(S, Iri.Create("http://example.org/empty"), RdfVocabulary.Nil));
    }

    [Fact]
    public void TryRead_ParseTypeLiteral_GivesExclusiveCanonicalXml()
    {
        var quads = Read("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/"
                     xmlns="http://www.w3.org/1999/xhtml" xmlns:unused="http://unused/">
              <rdf:Description rdf:about="http://example.org/s">
                <ex:p rdf:parseType="Literal" xml:lang="fr"><b z="1" ex:a="2" y="&quot;&#9;">x &amp; &lt;y&gt;</b><br/><!--c--><ex:i xmlns="http://other/"/></ex:p>
              </rdf:Description></rdf:RDF>
            """);
        string expected = "<b xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ex=\"http://example.org/\" y=\"&quot;&#x9;\" z=\"1\" ex:a=\"2\">"
            + "x &amp; &lt;y&gt;</b><br xmlns=\"http://www.w3.org/1999/xhtml\"></br><!--c--><ex:i xmlns:ex=\"http://example.org/\"></ex:i>";
        AssertGraph(quads, new Quad(S, P, Literal.Create(expected, RdfVocabulary.XmlLiteral)));
    }

    [Fact]
    public void TryRead_RdfLi_NumbersPerNodeElement()
    {
        var quads = Read(Header + """
            <rdf:Seq rdf:about="http://example.org/s">
              <rdf:li>a</rdf:li>
              <rdf:li rdf:parseType="Resource"><rdf:li>inner</rdf:li></rdf:li>
              <rdf:li rdf:resource="http://example.org/o"/>
            </rdf:Seq></rdf:RDF>
            """);
        AssertGraph(quads,
            new Quad(S, RdfVocabulary.Type, Iri.Create(Rdf + "Seq")),
            new Quad(S, Iri.Create(Rdf + "_1"), Literal.Create("a")),
            new Quad(S, Iri.Create(Rdf + "_2"), B("r")),
            new Quad(B("r"), Iri.Create(Rdf + "_1"), Literal.Create("inner")),
            new Quad(S, Iri.Create(Rdf + "_3"), O));
    }

    [Fact]
    public void TryRead_IdOnPropertyElement_ReifiesTheTriple()
    {
        var quads = Read(Header + "<rdf:Description rdf:about=\"http://example.org/s\"><ex:p rdf:ID=\"st\">v</ex:p></rdf:Description></rdf:RDF>",
            "http://example.org/doc");
        var st = Iri.Create("http://example.org/doc#st");
        var v = Literal.Create("v");
        AssertGraph(quads,
            new Quad(S, P, v),
            new Quad(st, RdfVocabulary.Type, RdfVocabulary.Statement),
            new Quad(st, RdfVocabulary.Subject, S),
            new Quad(st, RdfVocabulary.Predicate, P),
            new Quad(st, RdfVocabulary.Object, v));
    }

    [Fact]
    public void TryRead_EmptyPropertyElements_FollowTheGrammar()
    {
        var quads = Read(Header + """
            <rdf:Description rdf:about="http://example.org/s">
              <ex:p/>
              <ex:p rdf:datatype="http://www.w3.org/2001/XMLSchema#int"/>
              <ex:q ex:p="v" rdf:type="http://example.org/T"/>
              <ex:q rdf:nodeID="n1" ex:p="w"/>
              <ex:p>  </ex:p>
            </rdf:Description>
            <rdf:Description rdf:nodeID="n1" ex:p="x"/></rdf:RDF>
            """);
        AssertGraph(quads,
            new Quad(S, P, Literal.Create(string.Empty)),
            new Quad(S, P, Literal.Create(string.Empty, Xsd.Int)),
            new Quad(S, Q, B("a")),
            new Quad(B("a"), P, Literal.Create("v")),
            new Quad(B("a"), RdfVocabulary.Type, Iri.Create("http://example.org/T")),
            new Quad(S, Q, B("n")),
            new Quad(B("n"), P, Literal.Create("w")),
            new Quad(B("n"), P, Literal.Create("x")),
            new Quad(S, P, Literal.Create("  ")));
    }

    [Fact]
    public void TryRead_NodeIds_UseTheBlankNodePrefix()
    {
        var quads = Read(Header + "<rdf:Description rdf:nodeID=\"a\"><ex:p rdf:nodeID=\"a\"/></rdf:Description><rdf:Description/></rdf:RDF>",
            blankNodePrefix: "doc1_");
        Assert.Equal(quads[0].Subject, quads[0].Object);
        Assert.StartsWith("doc1_", ((BlankNode)quads[0].Subject).Label, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_UnqualifiedSyntaxAttributes_AreRdfNames()
    {
        var quads = Read("<rdf:RDF xmlns:rdf=\"" + Rdf + "\" xmlns:ex=\"http://example.org/\">"
            + "<rdf:Description about=\"http://example.org/s\"><ex:p resource=\"http://example.org/o\"/></rdf:Description></rdf:RDF>");
        AssertGraph(quads, new Quad(S, P, O));
    }

    [Fact]
    public void TryRead_InternalDtdEntities_AreExpanded()
    {
        var quads = Read("""
            <?xml version="1.0"?>
            <!DOCTYPE rdf:RDF [
              <!-- <!ENTITY ignored SYSTEM "file:///etc/passwd"> -->
              <!ENTITY ex "http://example.org/">
              <!ENTITY rdf "http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            ]>
            <rdf:RDF xmlns:rdf="&rdf;" xmlns:ex="&ex;">
              <rdf:Description rdf:about="&ex;s"><ex:p rdf:resource="&ex;o"/></rdf:Description>
            </rdf:RDF>
            """);
        AssertGraph(quads, new Quad(S, P, O));
    }

    [Fact]
    public void TryRead_BillionLaughs_IsRefusedBeforeExpansion()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 12; i++)
        {
            xml.Append("<!ENTITY lol").Append(i).Append(" \"");
            for (int k = 0; k < 10; k++)
            {
                xml.Append("&lol").Append(i - 1).Append(';');
            }

            xml.Append("\">\n");
        }

        xml.Append("]>\n").Append(Header).Append("<rdf:Description ex:p=\"&lol12;\"/></rdf:RDF>");
        var e = ReadFails(xml.ToString());
        Assert.Contains("nested entities are refused", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void TryRead_OneLargeEntityRepeated_IsRefusedByTheExpansionCap()
    {
        string big = new('x', 100_000);
        var xml = new StringBuilder("<!DOCTYPE rdf:RDF [<!ENTITY big \"").Append(big).Append("\">]>").Append(Header).Append("<rdf:Description>");
        for (int i = 0; i < 200; i++)
        {
            xml.Append("<ex:p>&big;</ex:p>");
        }

        xml.Append("</rdf:Description></rdf:RDF>");
        var e = ReadFails(xml.ToString());
        Assert.Contains("entity expansion", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">", "external entity 'xxe'")]
    [InlineData("<!ENTITY xxe PUBLIC \"-//X//Y\" \"http://example.org/x\">", "external entity 'xxe'")]
    [InlineData("<!ENTITY % pe SYSTEM \"http://example.org/x.dtd\"> %pe;", "parameter entit")]
    public void TryRead_ExternalOrParameterEntities_AreRefused(string declaration, string expected)
    {
        var e = ReadFails("<!DOCTYPE rdf:RDF [" + declaration + "]>" + Header + "<rdf:Description ex:p=\"x\"/></rdf:RDF>");
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<rdf:Description rdf:about=\"http://example.org/s\" rdf:nodeID=\"x\"/>", "at most one of rdf:ID, rdf:nodeID and rdf:about")]
    [InlineData("<rdf:li/>", "rdf:li cannot be used as a node element")]
    [InlineData("<rdf:Description><rdf:Description/></rdf:Description>", "rdf:Description cannot be used as a property element")]
    [InlineData("<rdf:Description rdf:bagID=\"b\"/>", "rdf:bagID was withdrawn")]
    [InlineData("<rdf:Description rdf:ID=\"1a\"/>", "not an XML NCName")]
    [InlineData("<rdf:Description rdf:ID=\"a\"/><rdf:Description rdf:ID=\"a\"/>", "is used twice")]
    [InlineData("<rdf:Description><ex:p rdf:parseType=\"Literal\" rdf:resource=\"http://example.org/o\"/></rdf:Description>", "rdf:parseType cannot be combined with rdf:resource")]
    [InlineData("<rdf:Description><ex:p rdf:resource=\"http://example.org/o\">text</ex:p></rdf:Description>", "must be empty")]
    [InlineData("<rdf:Description><ex:p>text<rdf:Description/></ex:p></rdf:Description>", "either a node element or text")]
    [InlineData("<rdf:Description><ex:p><rdf:Description/><rdf:Description/></ex:p></rdf:Description>", "at most one node element")]
    [InlineData("<rdf:Description><ex:p rdf:datatype=\"http://example.org/d\" ex:q=\"v\"/></rdf:Description>", "rdf:datatype cannot be combined")]
    [InlineData("<rdf:Description rdf:resource=\"http://example.org/o\"/>", "rdf:resource is not allowed on a node element")]
    [InlineData("<rdf:Description><ex:p rdf:about=\"http://example.org/o\"/></rdf:Description>", "rdf:about is not allowed on a property element")]
    [InlineData("<rdf:Description foo=\"bar\"/>", "has no namespace")]
    [InlineData("<rdf:Description xml:lang=\"en_GB\" ex:p=\"v\"/>", "not a well-formed language tag")]
    [InlineData("<rdf:Description><ex:p rdf:datatype=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#langString\">v</ex:p></rdf:Description>", "rdf:langString")]
    [InlineData("text", "expected a node element")]
    public void TryRead_GrammarViolation_ThrowsWithReason(string body, string expected)
    {
        var e = ReadFails(Header + body + "</rdf:RDF>", "http://example.org/doc");
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void TryRead_RelativeIriWithoutBase_Throws()
    {
        var e = ReadFails(Header + "<rdf:Description rdf:about=\"relative\"/></rdf:RDF>");
        Assert.Contains("needs a base IRI", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_Error_ReportsLineColumnAndByteOffset()
    {
        string xml = Header + "\n  <rdf:Description>\n    <rdf:ID/>\n  </rdf:Description>\n</rdf:RDF>";
        var e = ReadFails(xml);
        Assert.Equal(3, e.Line);
        Assert.Equal(6, e.Column);
        Assert.Equal(xml.IndexOf("rdf:ID", StringComparison.Ordinal), e.Offset);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(120)]
    public void TryRead_InputArrivingInPieces_GivesTheSameGraphAndErrorPosition(int split)
    {
        string good = Header + "\n<ex:T rdf:about=\"http://example.org/s\" xml:lang=\"de\">\n  <ex:p>ä &amp; ö</ex:p>\n  <ex:q rdf:parseType=\"Literal\"><b>x</b></ex:q>\n</ex:T></rdf:RDF>";
        string bad = Header + "\n<rdf:Description>\n  <ex:p>x</ex:p>\n  <rdf:ID/>\n</rdf:Description></rdf:RDF>";
        var expected = Read(good);
        foreach (bool oneByte in new[] { false, true })
        {
            using (var input = new ChunkedStream(Encoding.UTF8.GetBytes(good), split, oneByte))
            using (var reader = new RdfXmlReader(input, RdfReaderOptions.Default))
            {
                Assert.True(GraphIsomorphism.AreIsomorphic(expected, reader.ReadAll()));
            }

            using (var input = new ChunkedStream(Encoding.UTF8.GetBytes(bad), split, oneByte))
            using (var reader = new RdfXmlReader(input, RdfReaderOptions.Default))
            {
                var e = Assert.Throws<RdfSyntaxException>(() => reader.ReadAll().ToList());
                Assert.Equal((4, 4), (e.Line, e.Column));
                Assert.Equal(bad.IndexOf("rdf:ID/", StringComparison.Ordinal), e.Offset);
            }
        }
    }

    [Fact]
    public void TryRead_MalformedXml_ThrowsSyntaxErrorWithPosition()
    {
        var e = ReadFails(Header + "\n<rdf:Description>\n</rdf:RDF>");
        Assert.StartsWith("Malformed XML", e.Detail, StringComparison.Ordinal);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void TryRead_EndlessDocument_StreamsWithoutReadingItAll()
    {
        using var input = new EndlessRdfXmlStream();
        using var reader = new RdfXmlReader(input, RdfReaderOptions.Default);
        int count = 0;
        while (count < 20_000 && reader.TryRead(out var quad))
        {
            Assert.Equal(P, quad.Predicate);
            count++;
        }

        Assert.Equal(20_000, count);
        Assert.True(input.BytesServed < 4_000_000, $"served {input.BytesServed} bytes");
    }

    /// <summary>An RDF/XML document that never ends: rdf:RDF, then descriptions forever.</summary>
    private sealed class EndlessRdfXmlStream : Stream
    {
        private static readonly byte[] s_head = Encoding.UTF8.GetBytes(Header);
        private static readonly byte[] s_item = Encoding.UTF8.GetBytes("<rdf:Description rdf:about=\"http://example.org/s\"><ex:p>v</ex:p></rdf:Description>\n");
        private long _position;

        public long BytesServed => _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++, _position++)
            {
                buffer[offset + i] = _position < s_head.Length ? s_head[_position] : s_item[(_position - s_head.Length) % s_item.Length];
            }

            return count;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
