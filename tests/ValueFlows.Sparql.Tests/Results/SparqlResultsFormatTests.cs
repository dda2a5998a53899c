using System.Text;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Results;
using ValueFlows.Sparql.Syntax;

namespace ValueFlows.Sparql.Tests.Results;

/// <summary>Writers and readers of the four results formats: round trips, escaping, the specs' examples.</summary>
public class SparqlResultsFormatTests
{
    private static readonly Iri s_x = Iri.Create("http://example/x");

    /// <summary>The table of the CSV/TSV spec's §1.1 example.</summary>
    private static SparqlResults Example() => new(
        [new Variable("x"), new Variable("literal")],
        [
            [s_x, Literal.Create("String")],
            [s_x, Literal.Create("String-with-dquote\"")],
            [BlankNode.Create("b0"), Literal.Create("Blank node")],
            [null, Literal.Create("Missing 'x'")],
            [null, null],
            [s_x, null],
            [BlankNode.Create("b1"), Literal.Create("String-with-lang", "en")],
            [BlankNode.Create("b1"), Literal.Create("123", Xsd.Integer)],
        ]);

    /// <summary>Terms that stress escaping: quotes, backslashes, tabs, line breaks, non-ASCII, datatypes.</summary>
    private static SparqlResults Tricky() => new(
        [new Variable("a"), new Variable("b")],
        [
            [Literal.Create("tab\there \"q\" back\\slash \\u0041"), Literal.Create("line\nbreak\r\n", "en-gb")],
            [Literal.Create("1.50", Xsd.Decimal), Literal.Create("-1e3", Xsd.Double)],
            [Literal.Create("x", Iri.Create("http://example/dt")), Iri.Create("http://example/é?a=1&b=%3C2%3E#f")],
            [Literal.Create(string.Empty), Literal.Create("true", Xsd.Boolean)],
            [Literal.Create("😀 <tag> & ,;"), BlankNode.Create("n1")],
        ]);

    public static TheoryData<string> LosslessFormats() => ["json", "xml", "tsv"];

    [Theory]
    [MemberData(nameof(LosslessFormats))]
    public void WriteThenRead_SpecExample_GivesTheSameTable(string name) => AssertRoundTrip(name, Example());

    [Theory]
    [MemberData(nameof(LosslessFormats))]
    public void WriteThenRead_TermsNeedingEscapes_GivesTheSameTable(string name) => AssertRoundTrip(name, Tricky());

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    [InlineData("csv")]
    [InlineData("tsv")]
    public void WriteThenRead_Boolean_GivesTheBoolean(string name)
    {
        Assert.True(SparqlResultsFormats.TryGetByName(name, out var format));
        foreach (var value in new[] { true, false })
        {
            var read = format.Read(new MemoryStream(Write(format, new SparqlResults(value))));
            Assert.True(read.IsBoolean);
            Assert.Equal(value, read.Boolean);
        }
    }

    [Theory]
    [MemberData(nameof(LosslessFormats))]
    public void WriteThenRead_NoVariablesOneEmptySolution_KeepsTheSolution(string name) =>
        AssertRoundTrip(name, new SparqlResults([], [[]]));

    [Fact]
    public void CsvWriter_SpecExample_WritesSection3_3()
    {
        var text = Encoding.UTF8.GetString(Write(SparqlResultsFormats.Csv, Example()));
        Assert.Equal(
            "x,literal\r\nhttp://example/x,String\r\nhttp://example/x,\"String-with-dquote\"\"\"\r\n_:b0,Blank node\r\n"
            + ",Missing 'x'\r\n,\r\nhttp://example/x,\r\n_:b1,String-with-lang\r\n_:b1,123\r\n",
            text);
    }

    [Fact]
    public void TsvWriter_SpecExample_WritesSection4_3()
    {
        var text = Encoding.UTF8.GetString(Write(SparqlResultsFormats.Tsv, Example()));
        Assert.Equal(
            "?x\t?literal\n<http://example/x>\t\"String\"\n<http://example/x>\t\"String-with-dquote\\\"\"\n_:b0\t\"Blank node\"\n"
            + "\t\"Missing 'x'\"\n\t\n<http://example/x>\t\n_:b1\t\"String-with-lang\"@en\n_:b1\t123\n",
            text);
    }

    [Fact]
    public void CsvReader_SpecExample_GuessesTermKinds()
    {
        var read = SparqlResultsFormats.Csv.Read(new MemoryStream(Write(SparqlResultsFormats.Csv, Example())));
        Assert.Equal(["x", "literal"], read.Variables.Select(v => v.Name));
        Assert.Equal(8, read.Rows.Count);
        Assert.Equal(s_x, read.Rows[0][0]);
        Assert.Equal(Literal.Create("String-with-dquote\""), read.Rows[1][1]);
        Assert.Equal(BlankNode.Create("b0"), read.Rows[2][0]);
        Assert.Null(read.Rows[3][0]);
        Assert.Equal(Literal.Create("123"), read.Rows[7][1]);
    }

    [Fact]
    public void JsonReader_SpecExample_ReadsAllTermKinds()
    {
        const string json = """
            {
              "head": { "link": [ "http://www.w3.org/TR/rdf-sparql-XMLres/example.rq" ], "vars": [ "x", "hpage", "name", "mbox", "age", "blurb", "friend" ] },
              "results": {
                "bindings": [
                  {
                    "x" : { "type": "bnode", "value": "r1" },
                    "hpage" : { "type": "uri", "value": "http://work.example.org/alice/" },
                    "name" : { "type": "literal", "value": "Alice" },
                    "mbox" : { "type": "literal", "value": "" },
                    "blurb" : { "datatype": "http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral", "type": "literal", "value": "<p>x</p>" },
                    "friend" : { "type": "bnode", "value": "r2" },
                    "age" : { "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "30" }
                  },
                  { "x" : { "type": "bnode", "value": "r2" }, "name" : { "type": "literal", "value": "Bob", "xml:lang": "en" } }
                ]
              }
            }
            """;
        var read = SparqlResultsFormats.Json.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        Assert.Equal(7, read.Variables.Count);
        Assert.Equal(BlankNode.Create("r1"), read.Rows[0][0]);
        Assert.Equal(Literal.Create("30", Xsd.Integer), read.Rows[0][4]);
        Assert.Equal(Literal.Create("Bob", "en"), read.Rows[1][2]);
        Assert.Null(read.Rows[1][1]);
    }

    [Fact]
    public void XmlReader_SpecExample_ReadsAllTermKinds()
    {
        const string xml = """
            <?xml version="1.0"?>
            <sparql xmlns="http://www.w3.org/2005/sparql-results#">
              <head>
                <variable name="x"/>
                <variable name="hpage"/>
                <variable name="name"/>
                <link href="example.rq" />
              </head>
              <results>
                <result>
                  <binding name="x"><bnode>r2</bnode></binding>
                  <binding name="hpage"><uri>http://work.example.org/bob/</uri></binding>
                  <binding name="name"><literal xml:lang="en"> Bob </literal></binding>
                </result>
                <result/>
              </results>
            </sparql>
            """;
        var read = SparqlResultsFormats.Xml.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
        Assert.Equal(["x", "hpage", "name"], read.Variables.Select(v => v.Name));
        Assert.Equal(Literal.Create(" Bob ", "en"), read.Rows[0][2]);
        Assert.Equal([null, null, null], read.Rows[1]);
    }

    [Theory]
    [InlineData("json", "{ \"head\": { \"vars\": [\"x\"] }, \"results\": { \"bindings\": [ { \"x\": { \"type\": \"uri\" } } ] } }", "needs a \"value\"")]
    [InlineData("json", "{ \"head\": {}, \"results\": { \"bindings\": [ { \"x\": { \"type\": \"iri\", \"value\": \"x\" } } ] } }", "Unknown RDF term type")]
    [InlineData("json", "{ \"head\": {}, \"results\": ", "Invalid JSON")]
    [InlineData("xml", "<sparql xmlns='http://www.w3.org/2005/sparql-results#'><head/><results><result><binding name='x'><uri>not an iri</uri></binding></result></results></sparql>", "Invalid IRI")]
    [InlineData("xml", "<!DOCTYPE x [<!ENTITY a 'b'>]><sparql/>", "Invalid XML")]
    [InlineData("tsv", "?x\n<http://a>\t1\n", "has 2 cells for 1 variables")]
    [InlineData("tsv", "?x\n\"unterminated\n", "Unterminated string")]
    [InlineData("csv", "x\n\"open\n", "Unterminated quoted field")]
    public void Read_MalformedDocument_ThrowsSparqlSyntaxException(string name, string document, string reason)
    {
        Assert.True(SparqlResultsFormats.TryGetByName(name, out var format));
        var error = Assert.Throws<SparqlSyntaxException>(() => format.Read(new MemoryStream(Encoding.UTF8.GetBytes(document))));
        Assert.Contains(reason, error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TsvReader_BadTerm_ReportsLineAndColumn()
    {
        var error = Assert.Throws<SparqlSyntaxException>(
            () => SparqlResultsFormats.Tsv.Read(new MemoryStream(Encoding.UTF8.GetBytes("?a\t?b\n<http://a>\t<bad iri>\n"))));
        Assert.Equal(1, error.Location.Start.Line);
        Assert.Equal(11, error.Location.Start.Column);
    }

    [Theory]
    [InlineData("application/sparql-results+json; charset=utf-8", "json")]
    [InlineData("application/sparql-results+xml", "xml")]
    [InlineData("text/csv", "csv")]
    [InlineData("TEXT/TAB-SEPARATED-VALUES", "tsv")]
    public void TryGetByMediaType_KnownType_FindsFormat(string mediaType, string name)
    {
        Assert.True(SparqlResultsFormats.TryGetByMediaType(mediaType, out var format));
        Assert.Equal(name, format.Name);
        Assert.True(SparqlResultsFormats.TryGetByFileName("r" + format.Extensions[0], out var byFile));
        Assert.Same(format, byFile);
    }

    [Fact]
    public void Writer_RowWithWrongWidth_Throws()
    {
        using var writer = SparqlResultsFormats.Json.CreateWriter(new MemoryStream());
        writer.WriteStart([new Variable("x")]);
        Assert.Throws<ArgumentException>(() => writer.WriteRow(new Term?[2]));
        Assert.Throws<InvalidOperationException>(() => writer.WriteBoolean(true));
    }

    [Fact]
    public void JsonWriter_ManyRows_StreamsBeforeFinish()
    {
        var stream = new MemoryStream();
        using var writer = SparqlResultsFormats.Json.CreateWriter(stream);
        writer.WriteStart([new Variable("x")]);
        for (var i = 0; i < 1000; i++)
        {
            writer.WriteRow([s_x]);
        }

        Assert.True(stream.Length > 0);
        writer.Finish();
        Assert.Equal(1000, SparqlResultsFormats.Json.Read(new MemoryStream(stream.ToArray())).Rows.Count);
    }

    private static byte[] Write(SparqlResultsFormat format, SparqlResults results)
    {
        var stream = new MemoryStream();
        using (var writer = format.CreateWriter(stream))
        {
            writer.Write(results);
        }

        return stream.ToArray();
    }

    private static void AssertRoundTrip(string name, SparqlResults results)
    {
        Assert.True(SparqlResultsFormats.TryGetByName(name, out var format));
        var bytes = Write(format, results);
        var read = format.Read(new MemoryStream(bytes));
        Assert.False(read.IsBoolean);
        Assert.Equal(results.Variables, read.Variables);
        Assert.Equal(results.Rows.Count, read.Rows.Count);
        for (var i = 0; i < results.Rows.Count; i++)
        {
            Assert.True(results.Rows[i].SequenceEqual(read.Rows[i]), $"row {i}: {Encoding.UTF8.GetString(bytes)}");
        }
    }
}
