using System.Text;

namespace ValueFlows.Rdf.Tests;

/// <summary>What the four text readers produce: terms, datatypes, blank node naming, lists, graphs, declarations.</summary>
public class TextReaderBehaviourTests
{
    private static readonly Iri S = Iri.Create("http://example.org/s");
    private static readonly Iri P = Iri.Create("http://example.org/p");

    [Fact]
    public void TurtleReader_Literals_HaveTheirValuesAndDatatypes()
    {
        var quads = TestReaders.ReadAll("ttl", """
            @prefix ex: <http://example.org/> .
            ex:s ex:p "a\tb\u00E9\U0001F600\"" , 'x' , '''l1
            l2''' , "chat"@EN-gb , 42 , -1.50 , 2E3 , true , "d"^^ex:dt .
            """);

        var objects = quads.Select(q => (Literal)q.Object).ToList();
        Assert.Equal("a\tbé😀\"", objects[0].Value);
        Assert.True(objects[0].IsSimple);
        Assert.Equal("x", objects[1].Value);
        Assert.Equal("l1\nl2", objects[2].Value);
        Assert.Equal(("chat", "en-gb"), (objects[3].Value, objects[3].Language));
        Assert.Equal(RdfVocabulary.LangString, objects[3].Datatype);
        Assert.Equal(("42", Xsd.Integer), (objects[4].Value, objects[4].Datatype));
        Assert.Equal(("-1.50", Xsd.Decimal), (objects[5].Value, objects[5].Datatype));
        Assert.Equal(("2E3", Xsd.Double), (objects[6].Value, objects[6].Datatype));
        Assert.Equal(("true", Xsd.Boolean), (objects[7].Value, objects[7].Datatype));
        Assert.Equal(Iri.Create("http://example.org/dt"), objects[8].Datatype);
    }

    [Fact]
    public void TurtleReader_RelativeIris_ResolveAgainstTheCurrentBase()
    {
        var quads = TestReaders.ReadAll("ttl", """
            <a> <http://example.org/p> <../b> .
            @base <http://other.example/x/y/> .
            <c> <http://example.org/p> <#f> .
            BASE <z/>
            <d> <http://example.org/p> <?q> .
            """);

        Assert.Equal(
            [
                "<http://example.org/base/a> <http://example.org/p> <http://example.org/b> .",
                "<http://other.example/x/y/c> <http://example.org/p> <http://other.example/x/y/#f> .",
                "<http://other.example/x/y/z/d> <http://example.org/p> <http://other.example/x/y/z/?q> .",
            ],
            quads.Select(q => q.ToString()));
    }

    [Fact]
    public void TurtleReader_Declarations_RaiseEventsAndAreKept()
    {
        var declared = new List<string>();
        using var reader = new TurtleReader(
            new MemoryStream(Encoding.UTF8.GetBytes("@prefix ex: <http://example.org/> .\nPREFIX : <rel#>\n@base <http://b.example/> .\nex:s ex:p :o .")),
            RdfReaderOptions.Default.WithBaseIri("http://a.example/doc"));
        reader.PrefixDeclared += (prefix, ns) => declared.Add($"prefix {prefix} {ns}");
        reader.BaseDeclared += iri => declared.Add($"base {iri}");

        var quads = reader.ReadAll().ToList();

        Assert.Equal(["prefix ex http://example.org/", "prefix  http://a.example/rel#", "base http://b.example/"], declared);
        Assert.Equal("http://b.example/", reader.BaseIri);
        Assert.Equal("http://example.org/", reader.Prefixes["ex"]);
        Assert.Equal("<http://example.org/s> <http://example.org/p> <http://a.example/rel#o> .", Assert.Single(quads).ToString());
    }

    [Fact]
    public void TurtleReader_RedefinedPrefix_AppliesFromThenOn()
    {
        var quads = TestReaders.ReadAll("ttl", "@prefix ex: <http://one/> .\nex:s ex:p ex:o .\n@prefix ex: <http://two/> .\nex:s ex:p ex:o .");

        Assert.Equal("<http://one/s> <http://one/p> <http://one/o> .", quads[0].ToString());
        Assert.Equal("<http://two/s> <http://two/p> <http://two/o> .", quads[1].ToString());
    }

    [Fact]
    public void TurtleReader_BlankNodes_AreStableWithinADocumentAndDistinctFromGenerated()
    {
        var quads = TestReaders.ReadAll("ttl", "_:a <http://example.org/p> _:a , [] .\n[] <http://example.org/p> _:a .");

        Assert.Equal(quads[0].Subject, quads[0].Object);
        Assert.Equal(quads[0].Subject, quads[2].Object);
        var labels = quads.SelectMany(q => new[] { q.Subject, q.Object }).OfType<BlankNode>().Select(b => b.Label).Distinct().ToList();
        Assert.Equal(3, labels.Count);
        Assert.All(labels, l => Assert.StartsWith("t", l, StringComparison.Ordinal));
    }

    [Fact]
    public void NTriplesReader_TwoDocumentsWithoutPrefix_NeverShareBlankNodes()
    {
        const string text = "_:x <http://example.org/p> _:x .";
        var options = RdfReaderOptions.Default;

        var first = TestReaders.ReadAll("nt", text, options).Single();
        var second = TestReaders.ReadAll("nt", text, options).Single();

        Assert.Equal(first.Subject, first.Object);
        Assert.NotEqual(first.Subject, second.Subject);
    }

    [Fact]
    public void TurtleReader_Collections_BecomeFirstRestChains()
    {
        var quads = TestReaders.ReadAll("ttl", "<http://example.org/s> <http://example.org/p> ( 1 ( ) [ <http://example.org/q> 2 ] ) .");

        var head = quads.Single(q => q.Subject.Equals(S)).Object;
        var items = new List<Term>();
        for (var node = head; !node.Equals(RdfVocabulary.Nil);)
        {
            items.Add(quads.Single(q => q.Subject.Equals(node) && q.Predicate.Equals(RdfVocabulary.First)).Object);
            node = quads.Single(q => q.Subject.Equals(node) && q.Predicate.Equals(RdfVocabulary.Rest)).Object;
        }

        Assert.Equal(3, items.Count);
        Assert.Equal("1", ((Literal)items[0]).Value);
        Assert.Equal(RdfVocabulary.Nil, items[1]);
        Assert.Contains(quads, q => q.Subject.Equals(items[2]) && ((Literal)q.Object).Value == "2");
        Assert.Equal(8, quads.Count);
    }

    [Fact]
    public void TriGReader_GraphBlocks_PutTriplesInTheirGraphs()
    {
        var quads = TestReaders.ReadAll("trig", """
            @prefix ex: <http://example.org/> .
            ex:s ex:p 1 .
            ex:g { ex:s ex:p 2 }
            GRAPH _:b { ex:s ex:p 3 . ex:s ex:p 4 . }
            { ex:s ex:p 5 }
            [] { ex:s ex:p 6 }
            """);

        Assert.Equal(6, quads.Count);
        Assert.Null(quads[0].Graph);
        Assert.Equal(Iri.Create("http://example.org/g"), quads[1].Graph);
        Assert.IsType<BlankNode>(quads[2].Graph);
        Assert.Equal(quads[2].Graph, quads[3].Graph);
        Assert.Null(quads[4].Graph);
        Assert.IsType<BlankNode>(quads[5].Graph);
        Assert.NotEqual(quads[2].Graph, quads[5].Graph);
    }

    [Fact]
    public void NQuadsReader_GraphLabels_AreOptional()
    {
        var quads = TestReaders.ReadAll("nq", "<http://example.org/s> <http://example.org/p> \"a\" .\n<http://example.org/s> <http://example.org/p> \"b\" _:g .\n");

        Assert.Null(quads[0].Graph);
        Assert.IsType<BlankNode>(quads[1].Graph);
    }

    [Fact]
    public void NTriplesReader_GraphLabel_IsRejected()
    {
        var error = TestReaders.Error("nt", "<http://example.org/s> <http://example.org/p> \"a\" <http://example.org/g> .\n");

        Assert.Equal("expected '.' after the object, found '<http://example.org/g>'", error.Detail);
    }

    [Fact]
    public void TriGReader_LargeGraphBlock_IsStreamedStatementByStatement()
    {
        // A graph of ~20 MB: the first quads must come out long before the reader has seen the end of the block.
        var input = new GeneratedStream(
            "<http://example.org/g> {\n",
            i => $"<http://example.org/s{i}> <http://example.org/p> \"value {i}\" .\n",
            statements: 300_000,
            "}\n");
        using var reader = new TriGReader(input, RdfReaderOptions.Default);

        Assert.True(reader.TryRead(out var first));
        Assert.Equal("<http://example.org/s0> <http://example.org/p> \"value 0\" <http://example.org/g> .", first.ToString());
        Assert.True(input.BytesRead < 1_000_000, $"{input.BytesRead} bytes read before the first quad.");

        long count = 1;
        while (reader.TryRead(out _))
        {
            count++;
        }

        Assert.Equal(300_000, count);
    }

    [Fact]
    public void Readers_ReadTheSameTriplesFromEveryFormat()
    {
        var nt = TestReaders.ReadAll("nt", "<http://example.org/s> <http://example.org/p> \"x\"@en .\n");
        var nq = TestReaders.ReadAll("nq", "<http://example.org/s> <http://example.org/p> \"x\"@en .\n");
        var ttl = TestReaders.ReadAll("ttl", "<http://example.org/s> <http://example.org/p> 'x'@en .");
        var trig = TestReaders.ReadAll("trig", "{ <http://example.org/s> <http://example.org/p> \"\"\"x\"\"\"@en }");

        var expected = new Quad(S, P, Literal.Create("x", "en"));
        Assert.Equal([expected], nt);
        Assert.Equal([expected], nq);
        Assert.Equal([expected], ttl);
        Assert.Equal([expected], trig);
    }

    [Theory]
    [InlineData("nt")]
    [InlineData("nq")]
    [InlineData("ttl")]
    [InlineData("trig")]
    public void TryRead_AfterDispose_Throws(string format)
    {
        var reader = TestReaders.Open(format, new MemoryStream(Encoding.UTF8.GetBytes("<http://example.org/s> <http://example.org/p> \"x\" .\n")));
        Assert.True(reader.TryRead(out _));
        reader.Dispose();
        reader.Dispose();

        Assert.Throws<ObjectDisposedException>(() => reader.TryRead(out _));
    }

    [Fact]
    public void TurtleReader_LangStringDatatypeWithoutTag_IsRejected()
    {
        var error = TestReaders.Error("ttl", "<http://example.org/s> <http://example.org/p> \"x\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .");

        Assert.StartsWith("rdf:langString is the datatype of language-tagged strings", error.Detail, StringComparison.Ordinal);
        Assert.Equal(51, error.Location.Start.Column);
    }

    [Theory]
    [InlineData("nt", "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n<http://example.org/s> <http://example.org/p> \"x\" .\n?")]
    [InlineData("nq", "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n<http://example.org/s> <http://example.org/p> \"x\" _:g .\n?")]
    [InlineData("ttl", "<http://example.org/s> <http://example.org/p> <http://example.org/o> , \"x\" . ?")]
    [InlineData("trig", "{ <http://example.org/s> <http://example.org/p> <http://example.org/o> , \"x\" . } ?")]
    public void TryRead_FaultAfterAStatement_StillHandsOutThatStatement(string format, string text)
    {
        using var reader = TestReaders.Open(format, new MemoryStream(Encoding.UTF8.GetBytes(text)));

        Assert.True(reader.TryRead(out _));
        Assert.True(reader.TryRead(out var second));
        Assert.Equal("x", ((Literal)second.Object).Value);
        var error = Assert.Throws<RdfSyntaxException>(() => reader.TryRead(out _));
        Assert.Equal("unexpected '?'", error.Detail);
    }
}
