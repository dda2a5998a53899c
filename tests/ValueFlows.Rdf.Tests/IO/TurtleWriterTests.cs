using static ValueFlows.Rdf.Tests.IO.WriterOutput;

namespace ValueFlows.Rdf.Tests.IO;

public class TurtleWriterTests
{
    private const string Ex = "http://ex/";
    private const string Rdf = RdfVocabulary.Namespace;

    private const string ExPrefixHeader = "@prefix ex: <http://ex/> .\n\n";

    private static readonly RdfWriterOptions ExPrefix = RdfWriterOptions.Default.WithPrefix("ex", Ex);

    private static string Ttl(RdfWriterOptions options, params Quad[] quads) => Write(s => new TurtleWriter(s, options), quads);

    private static string Both(RdfWriterOptions options, params Quad[] quads)
    {
        var pretty = Ttl(options.WithPretty(true), quads);
        Assert.Equal(pretty, Ttl(options.WithPretty(false), quads));
        return pretty;
    }

    [Fact]
    public void Write_SubjectGrouping_SemicolonsCommasAndA()
    {
        var s = I(Ex + "s");
        Assert.Equal(
            "@prefix ex: <http://ex/> .\n\nex:s a ex:T ;\n    ex:p ex:o1, ex:o2 ;\n    ex:q \"x\" .\n\nex:t ex:p ex:o1 .\n",
            Both(
                ExPrefix,
                Q(s, Rdf + "type", I(Ex + "T")),
                Q(s, Ex + "p", I(Ex + "o1")),
                Q(s, Ex + "p", I(Ex + "o2")),
                Q(s, Ex + "q", L("x")),
                Q(I(Ex + "t"), Ex + "p", I(Ex + "o1"))));
    }

    [Fact]
    public void Write_PrettyRdfTypeAmongOthers_WrittenFirst()
    {
        var s = I(Ex + "s");
        Assert.Equal(
            "ex:s a ex:T ;\n    ex:p 1 .\n",
            Ttl(ExPrefix, Q(s, Ex + "p", L("1", Xsd.Integer)), Q(s, Rdf + "type", I(Ex + "T")))[ExPrefixHeader.Length..]);
    }

    [Theory]
    [InlineData("1", "integer", "1")]
    [InlineData("-01", "integer", "-01")]
    [InlineData("+1", "integer", "+1")]
    [InlineData("1.", "integer", "\"1.\"^^xsd:integer")]
    [InlineData("1.5", "integer", "\"1.5\"^^xsd:integer")]
    [InlineData(" 1", "integer", "\" 1\"^^xsd:integer")]
    [InlineData("", "integer", "\"\"^^xsd:integer")]
    [InlineData("1.5", "decimal", "1.5")]
    [InlineData(".5", "decimal", ".5")]
    [InlineData("-.5", "decimal", "-.5")]
    [InlineData("1.", "decimal", "\"1.\"^^xsd:decimal")]
    [InlineData("1", "decimal", "\"1\"^^xsd:decimal")]
    [InlineData("1e5", "double", "1e5")]
    [InlineData("1.E-5", "double", "1.E-5")]
    [InlineData(".5e+5", "double", ".5e+5")]
    [InlineData("1.5", "double", "\"1.5\"^^xsd:double")]
    [InlineData("INF", "double", "\"INF\"^^xsd:double")]
    [InlineData("NaN", "double", "\"NaN\"^^xsd:double")]
    [InlineData("e5", "double", "\"e5\"^^xsd:double")]
    [InlineData("1e", "double", "\"1e\"^^xsd:double")]
    [InlineData("1e5", "float", "\"1e5\"^^xsd:float")]
    [InlineData("true", "boolean", "true")]
    [InlineData("false", "boolean", "false")]
    [InlineData("1", "boolean", "\"1\"^^xsd:boolean")]
    [InlineData("TRUE", "boolean", "\"TRUE\"^^xsd:boolean")]
    public void Write_TypedLiteral_BareOnlyWhenItReadsBackUnchanged(string lexical, string type, string expected)
    {
        var options = RdfWriterOptions.Default.WithPrefix("xsd", Xsd.Namespace);
        var text = Both(options, Q(I(Ex + "s"), Ex + "p", L(lexical, Iri.Create(Xsd.Namespace + type))));
        Assert.Equal($"@prefix xsd: <{Xsd.Namespace}> .\n\n<http://ex/s> <http://ex/p> {expected} .\n", text);
    }

    [Theory]
    [InlineData("a", "ex:a")]
    [InlineData("", "ex:")]
    [InlineData("1a", "ex:1a")]
    [InlineData("a.b", "ex:a.b")]
    [InlineData("a.", "ex:a\\.")]
    [InlineData(".a", "ex:\\.a")]
    [InlineData("-a", "ex:\\-a")]
    [InlineData("a-", "ex:a-")]
    [InlineData("_a", "ex:_a")]
    [InlineData("a:b:", "ex:a:b:")]
    [InlineData("a~b", "ex:a\\~b")]
    [InlineData("a/b?c=d&e#f", "ex:a\\/b\\?c\\=d\\&e\\#f")]
    [InlineData("!$'()*+,;@", "ex:\\!\\$\\'\\(\\)\\*\\+\\,\\;\\@")]
    [InlineData("%41b", "ex:%41b")]
    [InlineData("%4", "ex:\\%4")]
    [InlineData("a%zz", "ex:a\\%zz")]
    [InlineData("é·\u0300😀", "ex:é·\u0300😀")]
    [InlineData("·a", "<http://ex/·a>")]
    [InlineData("a\u00A0b", "<http://ex/a\u00A0b>")]
    public void Write_LocalName_PrefixedWhenPnLocalAllowsItEscapedWhereNeeded(string local, string expected)
    {
        var text = Both(ExPrefix, new Quad(Iri.CreateUnchecked(Ex + local), I(Ex + "p"), I(Ex + "o")));
        Assert.Equal($"{ExPrefixHeader}{expected} ex:p ex:o .\n", text);
    }

    [Fact]
    public void Write_SeveralMatchingNamespaces_LongestUsable()
    {
        var options = ExPrefix.WithPrefix("exa", Ex + "a/");
        var text = Both(options, Q(I(Ex + "a/b"), Ex + "a/c~", I(Ex + "a/")));
        Assert.Equal("@prefix ex: <http://ex/> .\n@prefix exa: <http://ex/a/> .\n\nexa:b exa:c\\~ exa: .\n", text);
    }

    [Fact]
    public void Write_EmptyPrefix_Usable()
    {
        var text = Both(RdfWriterOptions.Default.WithPrefix("", Ex), Q(I(Ex + "s"), Ex + "p", I(Ex + "o")));
        Assert.Equal("@prefix : <http://ex/> .\n\n:s :p :o .\n", text);
    }

    [Fact]
    public void Write_InvalidPrefixName_Refused()
    {
        Assert.Throws<ArgumentException>(() => Ttl(RdfWriterOptions.Default.WithPrefix("1x", Ex)));
        Assert.Throws<ArgumentException>(() => Ttl(RdfWriterOptions.Default.WithPrefix("x.", Ex)));
        Assert.Throws<ArgumentException>(() => Ttl(RdfWriterOptions.Default.WithPrefix("x", "relative/")));
    }

    [Fact]
    public void Write_Base_RelativeIrisThatResolveBack()
    {
        var options = RdfWriterOptions.Default.WithBaseIri("http://ex/dir/doc");
        var text = Both(
            options,
            Q(I("http://ex/dir/doc"), "http://ex/dir/p", I("http://ex/dir/doc#frag")),
            Q(I("http://ex/dir/a:b"), "http://ex/other", I("http://ex/dir/sub/./x")),
            Q(I("http://ex/dir/?q"), "http://ex/dir/", I("http://other/")));
        Assert.Equal(
            "@base <http://ex/dir/doc> .\n\n"
            + "<> <p> <#frag> .\n\n"
            + "<http://ex/dir/a:b> <http://ex/other> <http://ex/dir/sub/./x> .\n\n"
            + "<http://ex/dir/?q> <http://ex/dir/> <http://other/> .\n",
            text);
    }

    [Fact]
    public void Write_Strings_ShortEscapedLongForMultiLine()
    {
        var s = I(Ex + "s");
        var text = Both(
            ExPrefix,
            Q(s, Ex + "a", L("tab\there \"q\" back\\slash")),
            Q(s, Ex + "b", L("line1\nline2 \"quoted\"\r\n\"\"\"x\"")),
            Q(s, Ex + "c", Lang("hi\n", "EN-us")),
            Q(s, Ex + "d", L("\"\n", I(Ex + "dt"))));
        Assert.Equal(
            ExPrefixHeader
            + "ex:s ex:a \"tab\\there \\\"q\\\" back\\\\slash\" ;\n"
            + "    ex:b \"\"\"line1\nline2 \"quoted\"\\r\n\\\"\\\"\\\"x\\\"\"\"\" ;\n"
            + "    ex:c \"\"\"hi\n\"\"\"@en-us ;\n"
            + "    ex:d \"\"\"\\\"\n\"\"\"^^ex:dt .\n",
            text);
    }

    [Fact]
    public void Write_NamedGraphQuad_Refused()
    {
        foreach (bool pretty in new[] { true, false })
        {
            Assert.Throws<InvalidOperationException>(
                () => Ttl(ExPrefix.WithPretty(pretty), Q(I(Ex + "s"), Ex + "p", I(Ex + "o"), I(Ex + "g"))));
        }
    }

    [Fact]
    public void Write_PrettyNestedBlankNodes_Bracketed()
    {
        var text = Ttl(
            ExPrefix,
            Q(I(Ex + "s"), Ex + "p", B("a")),
            Q(B("a"), Ex + "q", B("b")),
            Q(B("a"), Ex + "r", L("1", Xsd.Integer)),
            Q(B("b"), Ex + "q", I(Ex + "o")),
            Q(I(Ex + "s"), Ex + "e", B("empty")));
        Assert.Equal(
            ExPrefixHeader
            + "ex:s ex:p [\n"
            + "        ex:q [\n"
            + "            ex:q ex:o\n"
            + "        ] ;\n"
            + "        ex:r 1\n"
            + "    ] ;\n"
            + "    ex:e [] .\n",
            text);
    }

    [Fact]
    public void Write_StreamingBlankNodes_Labelled()
    {
        var text = Ttl(
            ExPrefix.WithPretty(false),
            Q(I(Ex + "s"), Ex + "p", B("a")),
            Q(B("a"), Ex + "q", I(Ex + "o")));
        Assert.Equal(ExPrefixHeader + "ex:s ex:p _:a .\n\n_:a ex:q ex:o .\n", text);
    }

    [Fact]
    public void Write_PrettyBlankNodeNeverAnObject_WrittenAsAnonymousSubject()
    {
        var text = Ttl(ExPrefix, Q(B("a"), Ex + "p", I(Ex + "o")), Q(B("a"), Ex + "q", B("b")), Q(B("b"), Ex + "q", L("x")));
        Assert.Equal(ExPrefixHeader + "[] ex:p ex:o ;\n    ex:q [\n        ex:q \"x\"\n    ] .\n", text);
    }

    [Fact]
    public void Write_PrettySharedAndCyclicBlankNodes_KeepLabels()
    {
        var text = Ttl(
            ExPrefix,
            Q(I(Ex + "s"), Ex + "p", B("shared")),
            Q(I(Ex + "t"), Ex + "p", B("shared")),
            Q(B("c1"), Ex + "next", B("c2")),
            Q(B("c2"), Ex + "next", B("c1")),
            Q(B("self"), Ex + "me", B("self")));
        Assert.Equal(
            ExPrefixHeader
            + "ex:s ex:p _:shared .\n\n"
            + "ex:t ex:p _:shared .\n\n"
            + "_:c1 ex:next [\n        ex:next _:c1\n    ] .\n\n"
            + "_:self ex:me _:self .\n",
            text);
    }

    [Fact]
    public void Write_PrettyLists_Parenthesised()
    {
        var s = I(Ex + "s");
        var text = Ttl(
            ExPrefix,
            Q(s, Ex + "list", B("l1")),
            Q(B("l1"), Rdf + "first", L("1", Xsd.Integer)),
            Q(B("l1"), Rdf + "rest", B("l2")),
            Q(B("l2"), Rdf + "first", B("inner")),
            Q(B("l2"), Rdf + "rest", I(Rdf + "nil")),
            Q(B("inner"), Rdf + "first", I(Ex + "x")),
            Q(B("inner"), Rdf + "rest", I(Rdf + "nil")),
            Q(s, Ex + "empty", I(Rdf + "nil")));
        Assert.Equal(ExPrefixHeader + "ex:s ex:list ( 1 ( ex:x ) ) ;\n    ex:empty () .\n", text);
    }

    [Fact]
    public void Write_PrettyMalformedList_NotParenthesised()
    {
        var text = Ttl(
            ExPrefix.WithPrefix("rdf", Rdf),
            Q(I(Ex + "s"), Ex + "list", B("l1")),
            Q(B("l1"), Rdf + "first", L("a")),
            Q(B("l1"), Rdf + "rest", B("l2")),
            Q(B("l2"), Rdf + "first", L("b")),
            Q(B("l2"), Rdf + "first", L("c")),
            Q(B("l2"), Rdf + "rest", I(Rdf + "nil")));
        Assert.Equal(
            "@prefix ex: <http://ex/> .\n@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n\n"
            + "ex:s ex:list [\n"
            + "        rdf:first \"a\" ;\n"
            + "        rdf:rest [\n"
            + "            rdf:first \"b\", \"c\" ;\n"
            + "            rdf:rest ()\n"
            + "        ]\n"
            + "    ] .\n",
            text);
    }

    [Fact]
    public void Write_PrettyDuplicateTriples_WrittenOnce()
    {
        var q = Q(I(Ex + "s"), Ex + "p", L("x"));
        Assert.Equal(ExPrefixHeader + "ex:s ex:p \"x\" .\n", Ttl(ExPrefix, q, q));
    }

    [Fact]
    public void Write_PrettyDeepNesting_LabelsBeyondTheLimit()
    {
        var quads = new List<Quad> { Q(I(Ex + "s"), Ex + "p", B("n0")) };
        for (int i = 0; i < 200; i++)
        {
            quads.Add(Q(B($"n{i}"), Ex + "p", B($"n{i + 1}")));
        }

        var text = Ttl(ExPrefix, [.. quads]);
        Assert.Contains("_:n48", text, StringComparison.Ordinal);
        Assert.Equal(1, text.Split("_:n48 ex:p [").Length - 1);
        Assert.DoesNotContain("_:n47", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WritePrefix_AfterOutputStarted_WrittenWhereDeclared()
    {
        using var stream = new MemoryStream();
        using (var writer = new TurtleWriter(stream, RdfWriterOptions.Default.WithPretty(false)))
        {
            writer.Write(Q(I(Ex + "s"), Ex + "p", I(Ex + "o")));
            writer.WritePrefix("ex", Ex);
            writer.Write(Q(I(Ex + "s"), Ex + "p", I(Ex + "o2")));
            writer.WriteBase("http://other/b/");
            writer.Write(Q(I("http://other/b/x"), "http://other/p", I(Ex + "o2")));
        }

        Assert.Equal(
            "<http://ex/s> <http://ex/p> <http://ex/o> .\n\n@prefix ex: <http://ex/> .\n\nex:s ex:p ex:o2 .\n\n"
            + "@base <http://other/b/> .\n\n<x> <http://other/p> ex:o2 .\n",
            System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void WritePrefix_PrettyBeforeFinish_AllDeclaredAtTheTop()
    {
        var text = Write(
            s => new TurtleWriter(s, RdfWriterOptions.Default),
            [Q(I(Ex + "s"), Ex + "p", I(Ex + "o"))],
            w => w.WritePrefix("ex", Ex));
        Assert.Equal(ExPrefixHeader + "ex:s ex:p ex:o .\n", text);
    }
}
