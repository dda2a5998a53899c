using ValueFlows.Core.Model;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.Core.Records;

/// <summary>
/// The VF records of one store: minting, and the door to reads (<see cref="OpenRead"/>, one snapshot) and writes
/// (<see cref="BeginWrite"/>, one transaction that may write several records). Thread-safe.
/// </summary>
public sealed class VfLedger
{
    private readonly UlidGenerator _ids;

    /// <summary>A ledger over <paramref name="store"/> minting <c>{baseIri}{kind}/{ULID}</c>.</summary>
    public VfLedger(QuadStore store, string baseIri)
        : this(store, baseIri, UlidGenerator.Shared)
    {
    }

    internal VfLedger(QuadStore store, string baseIri, UlidGenerator ids)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(baseIri);
        Store = store;
        BaseIri = baseIri;
        _ids = ids;
    }

    /// <summary>The store the records live in.</summary>
    public QuadStore Store { get; }

    /// <summary>The base IRI records are minted under.</summary>
    public string BaseIri { get; }

    /// <summary>Starts the single write transaction (waits for the previous writer).</summary>
    public VfWriteContext BeginWrite() => new(this, Store.BeginWrite());

    /// <summary>Opens a read view of the current committed state (DECISIONS 6: one per GraphQL operation).</summary>
    public VfReadContext OpenRead() => new(Store, Store.OpenSnapshot());

    /// <summary>Creates one record in its own transaction and returns it as stored.</summary>
    public VfRecord Create(VfRecordType type, VfInput input)
    {
        Iri id;
        using (var write = BeginWrite())
        {
            id = write.Create(type, input);
            write.Commit();
        }

        using var read = OpenRead();
        return read.Get(id) ?? throw new InvalidOperationException($"The record {id} just written is not readable.");
    }

    /// <summary>Updates one record in its own transaction (a stale <paramref name="revisionId"/> → CONFLICT) and returns it.</summary>
    public VfRecord Update(string revisionId, VfInput input)
    {
        Iri id;
        using (var write = BeginWrite())
        {
            id = write.Update(revisionId, input);
            write.Commit();
        }

        using var read = OpenRead();
        return read.Get(id) ?? throw new InvalidOperationException($"The record {id} just written is not readable.");
    }

    /// <summary>Deletes one record in its own transaction (stale revision or referenced → CONFLICT).</summary>
    public void Delete(string revisionId)
    {
        using var write = BeginWrite();
        write.Delete(revisionId);
        write.Commit();
    }

    /// <summary>Deletes one record by IRI without a revision check (vf-graphql's <c>deleteProcess</c>, <c>deleteProductBatch</c>).</summary>
    public void DeleteById(Iri id)
    {
        using var write = BeginWrite();
        write.DeleteById(id);
        write.Commit();
    }

    internal Iri Mint(VfRecordType type) => Iri.CreateUnchecked($"{BaseIri}{type.Kind}/{_ids.Next()}");
}
