using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Tests.Syntax;

/// <summary>Golden tests of the translation to the algebra (§18.2), compared as SSE.</summary>
public partial class SparqlParserTests
{
    private const string Prefix = "PREFIX : <http://e/> ";

    private static string Sse(string query) => SparqlQuery.Parse(Prefix + query).ToSse();

    [Theory]
    [InlineData("SELECT * { ?s :p1 ?v1 ; :p2 ?v2 }", "(project (?s ?v1 ?v2) (bgp (triple ?s <http://e/p1> ?v1) (triple ?s <http://e/p2> ?v2)))")]
    [InlineData("SELECT * { { ?s :p1 ?v1 } UNION { ?s :p2 ?v2 } }",
        "(project (?s ?v1 ?v2) (union (bgp (triple ?s <http://e/p1> ?v1)) (bgp (triple ?s <http://e/p2> ?v2))))")]
    [InlineData("SELECT ?s { { ?s :a ?o } UNION { ?s :b ?o } UNION { ?s :c ?o } }",
        "(project (?s) (union (union (bgp (triple ?s <http://e/a> ?o)) (bgp (triple ?s <http://e/b> ?o))) (bgp (triple ?s <http://e/c> ?o))))")]
    [InlineData("SELECT ?s { ?s :p1 ?v1 OPTIONAL { ?s :p2 ?v2 } OPTIONAL { ?s :p3 ?v3 } }",
        "(project (?s) (leftjoin (leftjoin (bgp (triple ?s <http://e/p1> ?v1)) (bgp (triple ?s <http://e/p2> ?v2))) (bgp (triple ?s <http://e/p3> ?v3))))")]
    [InlineData("SELECT ?s { ?s :p1 ?v1 OPTIONAL { ?s :p2 ?v2 FILTER(?v1 < 3) } }",
        "(project (?s) (leftjoin (bgp (triple ?s <http://e/p1> ?v1)) (bgp (triple ?s <http://e/p2> ?v2)) (< ?v1 3)))")]
    [InlineData("SELECT ?s { ?s :p1 ?v1 FILTER(?v1 < 3) OPTIONAL { ?s :p3 ?v3 } }",
        "(project (?s) (filter (< ?v1 3) (leftjoin (bgp (triple ?s <http://e/p1> ?v1)) (bgp (triple ?s <http://e/p3> ?v3)))))")]
    [InlineData("SELECT ?s { ?s :p1 ?v1 OPTIONAL { ?s :p2 ?v2 } . { ?s :p3 ?v3 } }",
        "(project (?s) (join (leftjoin (bgp (triple ?s <http://e/p1> ?v1)) (bgp (triple ?s <http://e/p2> ?v2))) (bgp (triple ?s <http://e/p3> ?v3))))")]
    [InlineData("SELECT ?s { ?s :p ?o FILTER(?o > 1) FILTER(?o < 9) }",
        "(project (?s) (filter (&& (> ?o 1) (< ?o 9)) (bgp (triple ?s <http://e/p> ?o))))")]
    [InlineData("SELECT ?s { ?s :p ?o MINUS { ?s :q ?o } }",
        "(project (?s) (minus (bgp (triple ?s <http://e/p> ?o)) (bgp (triple ?s <http://e/q> ?o))))")]
    [InlineData("SELECT ?s { ?s :p ?o BIND(?o + 1 AS ?n) ?n :q ?z }",
        "(project (?s) (join (extend ((?n (+ ?o 1))) (bgp (triple ?s <http://e/p> ?o))) (bgp (triple ?n <http://e/q> ?z))))")]
    [InlineData("SELECT ?s { GRAPH ?g { ?s ?p ?o } }", "(project (?s) (graph ?g (bgp (triple ?s ?p ?o))))")]
    [InlineData("SELECT ?s { SERVICE SILENT :ep { ?s ?p ?o } }", "(project (?s) (service silent <http://e/ep> (bgp (triple ?s ?p ?o))))")]
    [InlineData("ASK {}", "(ask (bgp))")]
    [InlineData("ASK { FILTER(true) }", "(ask (filter true (bgp)))")]
    public void Parse_GraphPatterns_TranslateAsSection18(string query, string expected) => Assert.Equal(expected, Sse(query));

    [Theory]
    [InlineData("SELECT * { ?s :p/:q ?o }", "(project (?s ?o) (bgp (triple ?s <http://e/p> _:b0) (triple _:b0 <http://e/q> ?o)))")]
    [InlineData("SELECT * { ?s ^:p ?o }", "(project (?o ?s) (bgp (triple ?o <http://e/p> ?s)))")]
    [InlineData("SELECT * { ?s :p* ?o }", "(project (?s ?o) (path ?s (path* <http://e/p>) ?o))")]
    [InlineData("SELECT * { :list :rest*/:first ?m }",
        "(project (?m) (join (path <http://e/list> (path* <http://e/rest>) _:b0) (bgp (triple _:b0 <http://e/first> ?m))))")]
    [InlineData("SELECT * { ?s :a|:b ?o }", "(project (?s ?o) (path ?s (alt <http://e/a> <http://e/b>) ?o))")]
    [InlineData("SELECT * { ?s !(:a|^:b) ?o }",
        "(project (?s ?o) (path ?s (alt (notoneof <http://e/a>) (reverse (notoneof <http://e/b>))) ?o))")]
    [InlineData("SELECT * { ?s !^:b ?o }", "(project (?s ?o) (path ?s (reverse (notoneof <http://e/b>)) ?o))")]
    [InlineData("SELECT * { ?s (:p/:q)+ ?o }", "(project (?s ?o) (path ?s (path+ (seq <http://e/p> <http://e/q>)) ?o))")]
    [InlineData("SELECT * { ?s :p? ?o . ?o :q ?z }",
        "(project (?s ?o ?z) (join (path ?s (path? <http://e/p>) ?o) (bgp (triple ?o <http://e/q> ?z))))")]
    public void Parse_PropertyPaths_TranslateAsSection18_2_2_4(string query, string expected) => Assert.Equal(expected, Sse(query));

    [Theory]
    [InlineData("SELECT (SUM(?v) AS ?sum) (COUNT(?a) AS ?n) { ?a :v ?v } GROUP BY ?a",
        "(project (?sum ?n) (extend ((?n ?.1)) (extend ((?sum ?.0)) (group (?a) ((?.0 (sum ?v)) (?.1 (count ?a))) (bgp (triple ?a <http://e/v> ?v))))))")]
    [InlineData("SELECT (COUNT(*) AS ?c) {}", "(project (?c) (extend ((?c ?.0)) (group () ((?.0 (count))) (bgp))))")]
    [InlineData("SELECT ?k (MAX(?v) AS ?m) { ?s :v ?v } GROUP BY (STR(?s) AS ?k) HAVING (MAX(?v) > 2)",
        "(project (?k ?m) (extend ((?m ?.0)) (filter (> ?.0 2) (group (?k) ((?.0 (max ?v))) (extend ((?k (str ?s))) (bgp (triple ?s <http://e/v> ?v)))))))")]
    [InlineData("SELECT (GROUP_CONCAT(DISTINCT ?v ; SEPARATOR=\",\") AS ?g) { ?s :v ?v } GROUP BY (?s + 1)",
        "(project (?g) (extend ((?g ?.1)) (group (?.0) ((?.1 (group_concat distinct (separator \",\") ?v))) (extend ((?.0 (+ ?s 1))) (bgp (triple ?s <http://e/v> ?v))))))")]
    [InlineData("SELECT ?s { ?s :v ?v } GROUP BY ?s ORDER BY DESC(AVG(?v))",
        "(project (?s) (order ((desc ?.0)) (group (?s) ((?.0 (avg ?v))) (bgp (triple ?s <http://e/v> ?v)))))")]
    public void Parse_Aggregates_TranslateAsSection18_2_4(string query, string expected) => Assert.Equal(expected, Sse(query));

    [Theory]
    [InlineData("SELECT DISTINCT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 5 OFFSET 10",
        "(slice 10 5 (distinct (project (?s) (order (?s) (bgp (triple ?s ?p ?o))))))")]
    [InlineData("SELECT REDUCED ?s { ?s ?p ?o } OFFSET 3", "(slice 3 _ (reduced (project (?s) (bgp (triple ?s ?p ?o)))))")]
    [InlineData("SELECT (?o * 2 AS ?d) { ?s ?p ?o } VALUES ?o { 1 2 }",
        "(project (?d) (extend ((?d (* ?o 2))) (join (bgp (triple ?s ?p ?o)) (table (vars ?o) (row (?o 1)) (row (?o 2))))))")]
    [InlineData("SELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 1 } }", "(project (?s) (slice _ 1 (project (?s) (bgp (triple ?s ?p ?o)))))")]
    [InlineData("SELECT * { VALUES (?a ?b) { (1 UNDEF) (UNDEF :x) } }",
        "(project (?a ?b) (table (vars ?a ?b) (row (?a 1)) (row (?b <http://e/x>))))")]
    [InlineData("SELECT * { } VALUES () { () }", "(project () (table unit))")]
    public void Parse_SolutionModifiers_TranslateAsSection18_2_5(string query, string expected) => Assert.Equal(expected, Sse(query));

    [Theory]
    [InlineData("CONSTRUCT { ?s :q [ :r ?o ] } WHERE { ?s :p ?o }",
        "(construct ((triple _:b0 <http://e/r> ?o) (triple ?s <http://e/q> _:b0)) (bgp (triple ?s <http://e/p> ?o)))")]
    [InlineData("CONSTRUCT WHERE { ?s :p ?o }", "(construct ((triple ?s <http://e/p> ?o)) (bgp (triple ?s <http://e/p> ?o)))")]
    [InlineData("DESCRIBE :x", "(describe (<http://e/x>) (project () (bgp)))")]
    [InlineData("DESCRIBE * { ?s :p ?o }", "(describe (?s ?o) (project (?s ?o) (bgp (triple ?s <http://e/p> ?o))))")]
    [InlineData("ASK FROM :g FROM NAMED :n { ?s ?p ?o }", "(dataset (<http://e/g> (named <http://e/n>)) (ask (bgp (triple ?s ?p ?o))))")]
    public void Parse_QueryForms_KeepTemplateTargetsAndDataset(string query, string expected) => Assert.Equal(expected, Sse(query));

    [Theory]
    [InlineData("SELECT * { ?s ?p ?o FILTER(?o = -1) }", "(= ?o -1)")]
    [InlineData("SELECT * { ?s ?p ?o FILTER(?o -1 > 0) }", "(> (- ?o 1) 0)")]
    [InlineData("SELECT * { ?s ?p ?o FILTER(?o +2*3 > 0) }", "(> (+ ?o (* 2 3)) 0)")]
    [InlineData("SELECT * { ?s ?p ?o FILTER(- ?o < 1 || !BOUND(?s) && ?o IN (1, 2)) }",
        "(|| (< (- ?o) 1) (&& (! (bound ?s)) (in ?o 1 2)))")]
    [InlineData("SELECT * { ?s ?p ?o FILTER(?o NOT IN ()) }", "(notin ?o)")]
    [InlineData("SELECT * { ?s ?p ?o FILTER(regex(str(?o), \"^a\", \"i\")) }", "(regex (str ?o) \"^a\" \"i\")")]
    [InlineData("SELECT * { ?s ?p ?o FILTER(<http://f>(?o, DISTINCT)) }", null)]
    [InlineData("SELECT * { ?s ?p ?o FILTER(<http://www.w3.org/2001/XMLSchema#integer>(?o) = 1.0e0) }",
        "(= (<http://www.w3.org/2001/XMLSchema#integer> ?o) 1.0e0)")]
    [InlineData("SELECT * { ?s ?p ?o FILTER(\"a\"@en-US != 'b'^^:t) }", "(!= \"a\"@en-us \"b\"^^<http://e/t>)")]
    [InlineData("SELECT * { ?s ?p ?o FILTER(isURI(?s) && sameTerm(?s, ?o) && COALESCE() && BNODE() && NOW()) }",
        "(&& (&& (&& (&& (isiri ?s) (sameterm ?s ?o)) (coalesce)) (bnode)) (now))")]
    public void Parse_Expressions_FollowPrecedenceAndSignedNumbers(string query, string? expected)
    {
        if (expected is null)
        {
            Assert.Throws<Sparql.Syntax.SparqlSyntaxException>(() => Sse(query));
            return;
        }

        var op = SparqlQuery.Parse(Prefix + query).Pattern;
        var filter = Assert.IsType<OpFilter>(Assert.IsType<OpProject>(op).Input);
        Assert.Equal(expected, filter.Condition.ToSse());
    }

    [Fact]
    public void Parse_OptionalWithDoublyNestedFilter_KeepsTheFilterInsideTheLeftJoin()
    {
        // §18.2.2: simplification applies after translation, so { { P FILTER } } is not the OPTIONAL's own filter.
        var sse = Sse("SELECT ?s { ?s :p ?v OPTIONAL { { ?s :q ?w FILTER(?v = 1) } } }");
        Assert.Equal(
            "(project (?s) (leftjoin (bgp (triple ?s <http://e/p> ?v)) (filter (= ?v 1) (bgp (triple ?s <http://e/q> ?w)))))", sse);
    }

    [Fact]
    public void Parse_TriplesSplitByFilter_FormOneBasicGraphPattern()
    {
        var sse = Sse("SELECT ?x { _:a :p ?x FILTER(true) _:a :q ?y }");
        Assert.Equal("(project (?x) (filter true (bgp (triple _:a <http://e/p> ?x) (triple _:a <http://e/q> ?y))))", sse);
    }

    [Fact]
    public void Parse_CollectionsAndFreshBlankNodes_AvoidLabelsOfTheText()
    {
        var sse = Sse("SELECT * { _:b0 :p (1) }");
        Assert.Equal(
            "(project () (bgp (triple _:b1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> 1) "
            + "(triple _:b1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>) "
            + "(triple _:b0 <http://e/p> _:b1)))",
            sse);
    }

    [Fact]
    public void Parse_PrologueAndEscapes_ResolveIrisAndCodePoints()
    {
        var query = SparqlQuery.Parse("BASE <http://a/b/> PREFIX x: <c/> SELECT * { x:d\\~e <\\u0066> \"\\u00e9\\t\" }");
        Assert.Equal("http://a/b/", query.BaseIri!.Value);
        var bgp = Assert.IsType<OpBgp>(Assert.IsType<OpProject>(query.Pattern).Input);
        Assert.Equal(Iri.Create("http://a/b/c/d~e"), bgp.Patterns[0].Subject.Term);
        Assert.Equal(Iri.Create("http://a/b/f"), bgp.Patterns[0].Predicate.Term);
        Assert.Equal(Literal.Create("é\t"), bgp.Patterns[0].Object.Term);
    }

    [Fact]
    public void Parse_LongStringsAndNumbers_MakeTypedLiterals()
    {
        var query = SparqlQuery.Parse("SELECT * { ?s ?p '''a''b''', \"\"\"x\"y\"\"\", 1, 1.5, .5e1, TRUE }");
        var objects = Assert.IsType<OpBgp>(Assert.IsType<OpProject>(query.Pattern).Input).Patterns.Select(t => t.Object.Term!.ToString());
        Assert.Equal(
            [
                "\"a''b\"", "\"x\\\"y\"", "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>",
                "\"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal>", "\".5e1\"^^<http://www.w3.org/2001/XMLSchema#double>",
                "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>",
            ],
            objects);
    }

    [Fact]
    public void Parse_Keywords_AreCaseInsensitiveButA()
    {
        Assert.Equal(
            "(project (?s) (bgp (triple ?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ?o)))",
            SparqlQuery.Parse("select ?s where { ?s a ?o }").ToSse());
        Assert.Throws<Sparql.Syntax.SparqlSyntaxException>(() => SparqlQuery.Parse("SELECT ?s { ?s A ?o }"));
    }
}
