using System.Globalization;
using System.Text;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Syntax;

namespace ValueFlows.Sparql.Tests.Syntax;

/// <summary>
/// parse → write → parse gives the same algebra (Oxigraph's sparql_query fuzz target, as seeded tests), and SSE reads back
/// to the same algebra.
/// </summary>
public class SparqlWriterTests
{
    [Theory]
    [InlineData("SELECT * { { ?s ?p ?o } { ?s ?q ?r } }")]
    [InlineData("SELECT * { ?s ?p ?o . ?o <http://e/p>* ?z . ?z ?q ?w }")]
    [InlineData("SELECT * { _:a <http://e/p>* ?z . _:a ?q ?w . ?w <http://e/r>+ _:a }")]
    [InlineData("SELECT * { ?s ?p ?o OPTIONAL { { ?s ?q ?r FILTER(?r > 1) } } }")]
    [InlineData("SELECT * { ?s ?p ?o OPTIONAL { { ?s ?q ?r FILTER(?r > 1) } FILTER(?o = 2) } }")]
    [InlineData("SELECT * { ?s ?p ?o OPTIONAL { SELECT ?s { ?s ?q ?r } } }")]
    [InlineData("SELECT * { { ?a ?b ?c } UNION { { ?a ?b ?d } UNION { ?a ?b ?e } } }")]
    [InlineData("SELECT * { { { ?s ?p ?o FILTER(true) } FILTER(false) } }")]
    [InlineData("SELECT ?b ?a { ?s ?p ?o BIND(1 AS ?a) BIND(2 AS ?b) }")]
    [InlineData("SELECT (1 AS ?a) (?a + 1 AS ?b) { ?s ?p ?o }")]
    [InlineData("SELECT ?k (COUNT(*) AS ?n) (SUM(?o) / COUNT(*) AS ?avg) { ?s ?p ?o } GROUP BY ?k (STR(?s)) (?p AS ?k2) HAVING (COUNT(*) > 1) ORDER BY ?k LIMIT 3 VALUES ?k { 1 }")]
    [InlineData("ASK { ?s ?p ?o FILTER NOT EXISTS { ?s ?q ?o FILTER EXISTS { ?o ?p ?s } } }")]
    [InlineData("CONSTRUCT { ?s <http://e/q> [ <http://e/r> ?o ] } WHERE { ?s <http://e/p> ?o } ORDER BY ?o LIMIT 1")]
    [InlineData("DESCRIBE * WHERE { ?s ?p ?o MINUS { ?s ?p 1 } } OFFSET 1")]
    [InlineData("SELECT ?s { ?s ?p ?o } OFFSET 0")]
    [InlineData("SELECT ?s { { SELECT ?s { ?s ?p ?o } LIMIT 0 OFFSET 0 } }")]
    [InlineData("SELECT * { ?s ?p \"x\\\"y\\\\z\\n\"@en , \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> , \"01\"^^<http://www.w3.org/2001/XMLSchema#integer> , -0.5 , +1e0 , false }")]
    [InlineData("SELECT * { ?s ?p ?o FILTER(?o - -1 > +1 && -(?o) != +(?o) && !(?o IN (1, 2)) && ?o NOT IN ()) }")]
    [InlineData("SELECT * { ?s !(<http://e/a> | ^<http://e/b>) / ^<http://e/c> ?o . ?s (<http://e/a>?)* ?o }")]
    [InlineData("SELECT * { GRAPH ?g { ?s ?p ?o } SERVICE <http://e/s> { ?s ?p ?o } VALUES () { () } }")]
    [InlineData("SELECT * { BIND(<http://e/f>(DISTINCT ?x, ?y) AS ?z) FILTER(REGEX(?z, \"a\", \"i\") || BNODE() = BNODE(\"x\")) }")]
    [InlineData("SELECT (GROUP_CONCAT(DISTINCT ?o ; SEPARATOR = \"|\") AS ?g) (SAMPLE(?o) AS ?x) {}")]
    public void Write_ThenParse_GivesTheSameAlgebra(string query) => AssertRoundTrip(query);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Write_RandomQuery_ParsesBackToTheSameAlgebra(int seed)
    {
        var generator = new QueryGenerator(new Random(seed));
        var text = generator.Query();
        SparqlQuery parsed;
        try
        {
            parsed = SparqlQuery.Parse(text);
        }
        catch (SparqlSyntaxException)
        {
            // The generator ignores scoping rules, so some of its queries are rightly refused; those say nothing here.
            return;
        }

        Assert.Equal(parsed.Pattern, Op.ParseSse(parsed.Pattern.ToSse()));
        var written = parsed.ToString();
        Assert.True(
            SparqlQuery.Parse(written).ToSse() == parsed.ToSse(),
            $"seed {seed}\n{text}\n{written}\n{parsed.ToSse()}\n{SparqlQuery.Parse(written).ToSse()}");
    }

    [Fact]
    public void Write_RandomQueries_MostlyParse()
    {
        var parsedCount = 0;
        for (var seed = 0; seed < 200; seed++)
        {
            try
            {
                SparqlQuery.Parse(new QueryGenerator(new Random(seed)).Query());
                parsedCount++;
            }
            catch (SparqlSyntaxException)
            {
            }
        }

        Assert.True(parsedCount > 120, $"Only {parsedCount} of 200 random queries parse; the round-trip property tests too little.");
    }

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < 500; i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static void AssertRoundTrip(string query)
    {
        var parsed = SparqlQuery.Parse(query);
        var written = parsed.ToString();
        var again = SparqlQuery.Parse(written);
        Assert.True(again.ToSse() == parsed.ToSse(), $"{written}\n{parsed.ToSse()}\n{again.ToSse()}");
    }

    /// <summary>Random queries over a small vocabulary, with every graph pattern form nested a few levels.</summary>
    private sealed class QueryGenerator(Random random)
    {
        private static readonly string[] s_variables = ["?a", "?b", "?c", "?d"];
        private static readonly string[] s_iris = ["<http://e/p>", "<http://e/q>", "<http://e/r>"];

        public string Query()
        {
            var b = new StringBuilder();
            switch (random.Next(8))
            {
                case 4:
                    b.Append("SELECT ?a ?k (SUM(").Append(Var()).Append(") AS ?s) ((MIN(").Append(Var()).Append(") + 1) AS ?m) ");
                    Group(b, 2);
                    b.Append(" GROUP BY ?a (STR(").Append(Var()).Append(") AS ?k) (").Append(Expression(1)).Append(')');
                    b.Append(" HAVING (COUNT(DISTINCT ").Append(Var()).Append(") > 0) ORDER BY DESC(COUNT(*)) ?a LIMIT 3 OFFSET 1");
                    if (random.Next(2) == 0)
                    {
                        b.Append(" VALUES ?a { 1 UNDEF }");
                    }

                    break;
                case 5:
                    b.Append("CONSTRUCT { ?a <http://e/p> ?b . [] <http://e/q> ?c } WHERE ");
                    Group(b, 3);
                    b.Append(" ORDER BY ?a");
                    break;
                case 6:
                    b.Append("DESCRIBE ?a <http://e/x> WHERE ");
                    Group(b, 3);
                    break;
                case 7:
                    b.Append("SELECT ?z1 (").Append(Expression(2)).Append(" AS ?x) ?a (?x + 1 AS ?y) ");
                    Group(b, 2);
                    break;
                case 0:
                    b.Append("ASK ");
                    Group(b, 3);
                    break;
                case 1:
                    b.Append("SELECT ").Append(random.Next(2) == 0 ? "DISTINCT " : string.Empty).Append("* ");
                    Group(b, 3);
                    b.Append(" ORDER BY ").Append(Var()).Append(" LIMIT 5");
                    break;
                case 2:
                    b.Append("SELECT ?a (COUNT(").Append(Var()).Append(") AS ?n) ");
                    Group(b, 3);
                    b.Append(" GROUP BY ?a HAVING (SUM(").Append(Var()).Append(") > 1)");
                    break;
                default:
                    b.Append("SELECT ").Append(Var()).Append(' ');
                    Group(b, 3);
                    break;
            }

            return b.ToString();
        }

        private string Var() => s_variables[random.Next(s_variables.Length)];

        private string Iri() => s_iris[random.Next(s_iris.Length)];

        private string Node() => random.Next(5) switch
        {
            0 => Iri(),
            1 => random.Next(10).ToString(CultureInfo.InvariantCulture),
            _ => Var(),
        };

        private string Path() => random.Next(8) switch
        {
            0 => Iri() + "*",
            1 => Iri() + "/" + Iri(),
            2 => "^" + Iri(),
            3 => "(" + Iri() + "|" + Iri() + ")+",
            4 => "!(" + Iri() + "|^" + Iri() + ")",
            5 => Var(),
            _ => Iri(),
        };

        private string Expression(int depth) => depth <= 0 || random.Next(3) == 0
            ? Node()
            : random.Next(6) switch
            {
                0 => $"({Expression(depth - 1)} + {Expression(depth - 1)})",
                1 => $"({Expression(depth - 1)} = {Expression(depth - 1)})",
                2 => $"!BOUND({Var()})",
                3 => $"({Expression(depth - 1)} && {Expression(depth - 1)})",
                4 => $"STR({Expression(depth - 1)})",
                _ => $"{Expression(depth - 1)} IN ({Node()}, {Node()})",
            };

        private void Group(StringBuilder b, int depth)
        {
            b.Append("{ ");
            var count = random.Next(4);
            for (var i = 0; i < count; i++)
            {
                Element(b, depth);
                b.Append(' ');
            }

            b.Append('}');
        }

        private void Element(StringBuilder b, int depth)
        {
            var choice = depth <= 0 ? random.Next(3) : random.Next(12);
            switch (choice)
            {
                case 0 or 1:
                    b.Append(Node()).Append(' ').Append(Path()).Append(' ').Append(Node()).Append(" .");
                    break;
                case 2:
                    b.Append("FILTER(").Append(Expression(2)).Append(')');
                    break;
                case 3:
                    b.Append("OPTIONAL ");
                    Group(b, depth - 1);
                    break;
                case 4:
                    b.Append("MINUS ");
                    Group(b, depth - 1);
                    break;
                case 5:
                    Group(b, depth - 1);
                    b.Append(" UNION ");
                    Group(b, depth - 1);
                    break;
                case 6:
                    b.Append("GRAPH ").Append(random.Next(2) == 0 ? Var() : Iri()).Append(' ');
                    Group(b, depth - 1);
                    break;
                case 7:
                    b.Append("BIND(").Append(Expression(2)).Append(" AS ?z").Append(random.Next(3)).Append(')');
                    break;
                case 8:
                    b.Append("VALUES ").Append(Var()).Append(" { 1 UNDEF ").Append(Iri()).Append(" }");
                    break;
                case 9:
                    b.Append("{ SELECT ").Append(Var()).Append(' ');
                    Group(b, depth - 1);
                    b.Append(" LIMIT 2 }");
                    break;
                case 10:
                    b.Append("FILTER EXISTS ");
                    Group(b, depth - 1);
                    break;
                default:
                    Group(b, depth - 1);
                    break;
            }
        }
    }
}
