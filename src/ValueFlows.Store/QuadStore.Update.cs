using ValueFlows.Sparql;
using ValueFlows.Sparql.Update;

namespace ValueFlows.Store;

public sealed partial class QuadStore
{
    /// <summary>
    /// Runs a SPARQL 1.1 Update request as one write transaction: every operation or none is made durable, and readers
    /// see the request's changes all at once. LOAD documents are read first, outside the writer. Callers that need the
    /// commit's sequence number run <see cref="SparqlUpdateExecutor.PrefetchDocuments"/>, then
    /// <see cref="SparqlUpdateExecutor.Execute"/> on <see cref="BeginWrite"/>, and commit themselves.
    /// </summary>
    /// <exception cref="SparqlUpdateException">An operation failed; nothing was written.</exception>
    public SparqlUpdateResult Update(SparqlUpdate update, UpdateOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        // LOAD documents are read before the single writer is taken, so a slow server delays only this request.
        options = SparqlUpdateExecutor.PrefetchDocuments(update, options, cancellation);
        using var transaction = BeginWrite();
        var result = SparqlUpdateExecutor.Execute(update, transaction, options, cancellation);
        transaction.Commit();
        return result;
    }
}
