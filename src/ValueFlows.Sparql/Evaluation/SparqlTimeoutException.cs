using System.Globalization;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>A query ran longer than its time limit (<see cref="SparqlEvaluationOptions.Timeout"/>) and was stopped.</summary>
public sealed class SparqlTimeoutException : SparqlEvaluationException
{
    /// <summary>Creates the exception for a query stopped at <paramref name="limit"/>.</summary>
    public SparqlTimeoutException(TimeSpan limit, Exception? innerException = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"The query was stopped after its time limit of {limit.TotalMilliseconds:0.###} ms."), innerException)
    {
        Limit = limit;
    }

    /// <summary>The time limit the query exceeded.</summary>
    public TimeSpan Limit { get; }
}
