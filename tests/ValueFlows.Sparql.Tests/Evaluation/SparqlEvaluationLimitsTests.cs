using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Sparql.Tests.Evaluation;

public sealed class SparqlEvaluationLimitsTests
{
    private const string Ex = "http://example.org/";

    // 3,000 triples: the cartesian product of three copies is 2.7e10 solutions, hours of work without a limit.
    private static readonly DatasetQueryable s_large = Generate(3000);

    private const string Cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    private static DatasetQueryable Generate(int count)
    {
        var dataset = new Dataset();
        for (int i = 0; i < count; i++)
        {
            dataset.Add(new Quad(Iri.Create(Ex + "s" + i), Iri.Create(Ex + "p" + (i % 7)), Literal.Create("v" + i), null));
        }

        return new DatasetQueryable(dataset);
    }

    [Fact]
    public void Evaluate_CartesianProductOverTimeLimit_ThrowsSparqlTimeoutException()
    {
        var options = new SparqlEvaluationOptions { Timeout = TimeSpan.FromMilliseconds(200) };

        var result = SparqlEvaluator.Evaluate(SparqlQuery.Parse(Cartesian), s_large, options);

        var error = Assert.Throws<SparqlTimeoutException>(() => result.Solutions.ToList());
        Assert.Equal(TimeSpan.FromMilliseconds(200), error.Limit);
        Assert.Contains("time limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AskOverTimeLimit_ThrowsSparqlTimeoutException()
    {
        var options = new SparqlEvaluationOptions { Timeout = TimeSpan.FromMilliseconds(100) };
        var query = SparqlQuery.Parse("ASK { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(?c = ?f && ?f = ?i && ?a != ?d) }");

        Assert.Throws<SparqlTimeoutException>(() => SparqlEvaluator.Evaluate(query, s_large, options));
    }

    [Fact]
    public void Evaluate_CallerCancelsDuringCartesianProduct_ThrowsOperationCanceled()
    {
        using var source = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var result = SparqlEvaluator.Evaluate(SparqlQuery.Parse(Cartesian), s_large, source.Token);

        var error = Assert.ThrowsAny<OperationCanceledException>(() => result.Solutions.ToList());
        Assert.IsNotType<SparqlTimeoutException>(error, exactMatch: false);
    }

    [Fact]
    public void Evaluate_CallerCancelsBeforeTimeLimit_ThrowsOperationCanceledNotTimeout()
    {
        using var source = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var options = new SparqlEvaluationOptions { Timeout = TimeSpan.FromHours(1) };

        var result = SparqlEvaluator.Evaluate(SparqlQuery.Parse(Cartesian), s_large, options, source.Token);

        Assert.ThrowsAny<OperationCanceledException>(() => result.Solutions.ToList());
    }

    [Fact]
    public void Evaluate_QueryWithinTimeLimit_ReturnsAllSolutions()
    {
        var options = new SparqlEvaluationOptions { Timeout = TimeSpan.FromMinutes(5) };

        var result = SparqlEvaluator.Evaluate(SparqlQuery.Parse("SELECT ?s WHERE { ?s <" + Ex + "p3> ?o }"), s_large, options);

        Assert.Equal(429, result.Solutions.Count());
    }

    [Fact]
    public void Evaluate_NegativeTimeout_ThrowsArgumentOutOfRange()
    {
        var options = new SparqlEvaluationOptions { Timeout = TimeSpan.FromSeconds(-1) };

        Assert.Throws<ArgumentOutOfRangeException>(() => SparqlEvaluator.Evaluate(SparqlQuery.Parse("ASK {}"), s_large, options));
    }

    [Fact]
    public void Evaluate_Service_ThrowsSparqlEvaluationExceptionSayingNotEnabled()
    {
        var query = SparqlQuery.Parse("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }");

        var result = SparqlEvaluator.Evaluate(query, s_large);

        var error = Assert.Throws<SparqlEvaluationException>(() => result.Solutions.ToList());
        Assert.Contains("SERVICE", error.Message, StringComparison.Ordinal);
        Assert.Contains("not enabled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ServiceSilent_YieldsOneEmptySolution()
    {
        var query = SparqlQuery.Parse("SELECT * WHERE { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }");

        var rows = SparqlEvaluator.Evaluate(query, s_large).Solutions.ToList();

        Assert.All(Assert.Single(rows), Assert.Null);
    }
}
