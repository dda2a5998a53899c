using ValueFlows.Sparql;
using ValueFlows.Sparql.Update;

namespace ValueFlows.Store;

public sealed partial class QuadStore
{
    /// <summary>
    /// Runs a SPARQL 1.1 Update request as one write transaction: every operation or none is made durable, and readers
    /// see the request's changes all at once. Callers that need the commit's sequence number run
    /// <see cref="SparqlUpdateExecutor.Execute"/> on <see cref="BeginWrite"/> and commit themselves.
    /// </summary>
    /// <exception cref="SparqlUpdateException">An operation failed; nothing was written.</exception>
    public SparqlUpdateResult Update(SparqlUpdate update, UpdateOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        using var transaction = BeginWrite();
        var result = SparqlUpdateExecutor.Execute(update, transaction, options, cancellation);
        transaction.Commit();
        return result;
    }
}
