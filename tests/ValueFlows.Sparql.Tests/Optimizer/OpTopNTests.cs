using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Sparql.Optimizer;
using ValueFlows.Sparql.Syntax;

namespace ValueFlows.Sparql.Tests.Optimizer;

public sealed class OpTopNTests
{
    private const string Ex = "http://example.org/";

    [Theory]
    [InlineData("(top (10 ?o) (bgp (triple ?s ?p ?o)))")]
    [InlineData("(slice 2 _ (top (5 (desc ?o) (str ?s)) (bgp (triple ?s ?p ?o))))")]
    public void ParseSse_TopN_GivesTheSameTextBack(string sse) => Assert.Equal(sse, Op.ParseSse(sse).ToSse());

    [Theory]
    [InlineData("(project (?s) (top (10 ?o) (bgp (triple ?s ?p ?o))))", "(slice _ 10 (project (?s) (order (?o) (bgp (triple ?s ?p ?o)))))")]
    [InlineData("(slice 5 _ (project (?s) (top (15 (desc ?o)) (bgp (triple ?s ?p ?o)))))", "(slice 5 10 (project (?s) (order ((desc ?o)) (bgp (triple ?s ?p ?o)))))")]
    [InlineData("(top (3 ?o) (distinct (project (?o) (bgp (triple ?s ?p ?o)))))", "(slice _ 3 (distinct (project (?o) (order (?o) (bgp (triple ?s ?p ?o))))))")]
    public void Write_TopN_IsOrderByWithLimit(string sse, string parsedBack)
    {
        var text = SparqlWriter.Write(Op.ParseSse(sse));

        Assert.Equal(parsedBack, SparqlQuery.Parse(text).Pattern.ToSse());
    }

    [Fact]
    public void Evaluate_TopN_KeepsTiesInInputOrderLikeTheStableSort()
    {
        var data = new Dataset();
        for (int i = 0; i < 40; i++)
        {
            data.Add(new Quad(Iri.Create($"{Ex}s{i}"), Iri.Create(Ex + "p"), Literal.Create((i % 4).ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer), null));
        }

        var queryable = new DatasetQueryable(data);
        var query = SparqlQuery.Parse($"SELECT ?s ?o WHERE {{ ?s <{Ex}p> ?o }} ORDER BY DESC(?o) LIMIT 7 OFFSET 3");

        var plain = SparqlEvaluator.Evaluate(query, queryable, optimize: false).Solutions.Select(r => string.Join(" ", r)).ToList();
        var top = SparqlEvaluator.Evaluate(query, queryable, optimize: true).Solutions.Select(r => string.Join(" ", r)).ToList();

        Assert.Equal(7, top.Count);
        Assert.Equal(plain, top);
    }

    [Fact]
    public void Evaluate_OptionalsAfterTopN_GiveTheRowsOfTheWholeSort()
    {
        var data = new Dataset();
        for (int i = 0; i < 30; i++)
        {
            var e = Iri.Create($"{Ex}e{i:D2}");
            data.Add(new Quad(e, Iri.Create(Ex + "kind"), Iri.Create(Ex + "Event"), null));
            for (int j = 0; j < i % 3; j++)
            {
                data.Add(new Quad(e, Iri.Create(Ex + "note"), Literal.Create($"n{j}"), null));
            }
        }

        var queryable = new DatasetQueryable(data);
        var query = SparqlQuery.Parse($"SELECT ?e ?n WHERE {{ ?e <{Ex}kind> <{Ex}Event> OPTIONAL {{ ?e <{Ex}note> ?n }} }} ORDER BY DESC(?e) LIMIT 5");

        var plain = SparqlEvaluator.Evaluate(query, queryable, optimize: false).Solutions.Select(r => string.Join(" ", r)).ToList();
        var optimized = SparqlEvaluator.Evaluate(query, queryable, optimize: true).Solutions.Select(r => string.Join(" ", r)).ToList();

        Assert.Contains("(top (5 (desc ?e)) (leftjoin (top (5 (desc ?e))", QueryOptimizer.Default.Optimize(query.Pattern, OptimizerContext.Empty).ToSse(), StringComparison.Ordinal);
        Assert.Equal(plain, optimized);
    }
}
