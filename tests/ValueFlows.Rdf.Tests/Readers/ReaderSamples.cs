namespace ValueFlows.Rdf.Tests;

/// <summary>
/// Documents that exercise every lexical corner of the four formats — multi-byte UTF-8, escapes, long literals,
/// comments, CR LF line ends, nested blank nodes and lists — and malformed ones with a fault late in the text.
/// </summary>
internal static class ReaderSamples
{
    private static readonly string LongText = string.Concat(Enumerable.Repeat("long literal ÿ€😀 ", 40));

    public static string NTriples { get; } =
        """
        # comment with ünïcödé 😀 and "quotes" <and> brackets
        <http://example.org/s> <http://example.org/p> "caf\u00E9 \U0001F600 ÿ \"q\" \\ \t \n end" .
        _:b1 <http://example.org/p> "chat"@en-GB . # trailing comment
        <http://example.org/ś/€> <http://example.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
        """ + "\r\n" +
        """
        _:b1 <http://example.org/p> <http://example.org/\u00E9\U0001F600> .
        _:b.2 <http://example.org/p> _:b1 .
        """ + "\n\n" +
        $"<http://example.org/s> <http://example.org/long> \"{LongText}\" .\n" +
        """
        <http://example.org/s>	<http://example.org/p>	"tabs"	.
        <http://example.org/s> <http://example.org/p> "" .
        """;

    public static string NQuads { get; } =
        """
        # N-Quads: ünïcödé 😀
        <http://example.org/s> <http://example.org/p> "caf\u00E9 \U0001F600" <http://example.org/g> .
        _:b1 <http://example.org/p> "chat"@en _:g1 .
        """ + "\r\n" +
        """
        <http://example.org/s> <http://example.org/p> <http://example.org/o> .
        _:g1 <http://example.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g/é> . # comment
        """ + "\n" +
        $"<http://example.org/s> <http://example.org/long> \"{LongText}\" _:g1 .\n";

    public static string Turtle { get; } =
        """
        # Turtle: ünïcödé 😀
        @prefix ex: <http://example.org/> .
        @prefix : <#> .
        PREFIX dc: <http://purl.org/dc/terms/>
        @base <http://example.org/base/> .

        ex:s a ex:Thing ; ex:p "caf\u00E9 \U0001F600 \"q\"" , 'single \'q\'' , ex:o ;;
            ex:n 42 , -7 , +3.25 , .5 , 1e3 , -1.5E-2 , true , false ;
            ex:lang "chat"@en-GB ; ex:typed "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date> ;
            ex:rel <relative/path> , <#frag> , <../up> , :local .
        """ + "\r\n" +
        """"
        ex:s ex:long '''multi-line
        text with 'quotes' and ''two'' and é
        end''' ; ex:long2 """
        and "inner" ""double"" quotes \t escaped
        """ .
        [] ex:p [ ex:q [ ex:r ( 1 2.5 ( "nested" [ ex:s ex:t ] ) () ) ] ] .
        [ ex:p ex:o ] ex:q ex:r .
        [ ex:only ex:props ] .
        ( ex:a ex:b ) ex:p ( ) .
        _:x ex:p _:x , _:y . # comment after
        ex:ś\.local ex:p%20x ex:a\~b\-c .
        ex:dots.in.name ex:p ex:é123 .
        ex:s ex:p ex:o.
        """" + "\n" +
        $"ex:s ex:long3 \"{LongText}\" .\n" +
        "ex:s ex:n 12.";

    public static string TriG { get; } =
        """
        # TriG: ünïcödé 😀
        @prefix ex: <http://example.org/> .
        PREFIX : <http://example.org/default#>
        ex:s ex:p ex:o .
        { ex:s ex:p "in the default graph" . }
        ex:g1 { ex:s ex:p "caf\u00E9" ; ex:q ( 1 [ ex:r ex:t ] ) . ex:s2 ex:p ex:o }
        GRAPH ex:g2 { [] ex:p '''long
        string''' . }
        graph _:g3 { :a :b :c . :a :b :d . }
        [] { :x :y :z }
        _:g3 { :a :b :e }
        [ ex:p ex:o ] ex:q ex:r .
        ( 1 2 ) ex:p ex:o .
        GRAPH <http://example.org/g4> { }
        """ + "\r\n" +
        $"ex:g1 {{ ex:s ex:long \"{LongText}\" }}\n" +
        "{ ex:s ex:n 1.5e3 }";

    /// <summary>Valid documents by format.</summary>
    public static TheoryData<string, string> Valid => new()
    {
        { "nt", NTriples },
        { "nq", NQuads },
        { "ttl", Turtle },
        { "trig", TriG },
    };

    /// <summary>Malformed documents by format; the fault sits after multi-byte characters and line breaks.</summary>
    public static TheoryData<string, string> Malformed => new()
    {
        { "nt", NTriples + "\n<http://example.org/é> <http://example.org/p> \"ü\" ;\n" },
        { "nt", NTriples + "\n<http://example.org/é> <http://example.org/p> \"bad \\q escape\" .\n" },
        { "nt", NTriples + "\r\n<http://example.org/é> <relative> \"x\" .\n" },
        { "nq", NQuads + "\n<http://example.org/é> <http://example.org/p> \"ü\" <http://example.org/g> <http://example.org/h> .\n" },
        { "ttl", Turtle + "\nex:é ex:p 'ü' ;\n  ex:q ex:r ,\n  foaf:x .\n" },
        { "ttl", Turtle + "\nex:s ex:p '''ok\nstill ok \\z bad''' .\n" },
        { "ttl", Turtle + "\nex:s ex:p '''never closed\n\n" },
        { "ttl", Turtle + "\nex:s ex:p ( 1 2 [ ex:q ] .\n" },
        { "trig", TriG + "\nex:g { ex:s ex:p ex:o . @prefix x: <http://x/> . }\n" },
        { "trig", TriG + "\nex:g { ex:s ex:p ex:o \n" },
    };
}
