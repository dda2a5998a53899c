namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// A query could not be evaluated although it parsed: it uses a feature this server does not enable (SERVICE), or it
/// ran out of its time limit (<see cref="SparqlTimeoutException"/>).
/// </summary>
public class SparqlEvaluationException : Exception
{
    /// <summary>Creates the exception with a message saying what could not be evaluated.</summary>
    public SparqlEvaluationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public SparqlEvaluationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
