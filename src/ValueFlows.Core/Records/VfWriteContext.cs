using ValueFlows.Core.Model;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.Core.Records;

/// <summary>
/// One store transaction in which any number of records are created, updated and deleted (e.g. an event, the
/// resource it creates and the one it changes): each operation validates before it writes, and nothing is visible or
/// durable until <see cref="Commit"/>; disposing without committing writes nothing. Not thread-safe.
/// </summary>
public sealed class VfWriteContext : IDisposable
{
    private readonly VfLedger _ledger;
    private readonly StoreSnapshot _start;
    private readonly TransactionQuads _quads;
    private readonly SnapshotQuads _startQuads;
    private readonly List<Iri> _written = [];

    internal VfWriteContext(VfLedger ledger, WriteTransaction transaction)
    {
        _ledger = ledger;
        Transaction = transaction;

        // The writer lock is held, so this snapshot is exactly the state the transaction started from.
        _start = ledger.Store.OpenSnapshot();
        _quads = new TransactionQuads(transaction);
        _startQuads = new SnapshotQuads(_start);
    }

    /// <summary>The underlying store transaction (for writers that add quads of their own).</summary>
    public WriteTransaction Transaction { get; }

    /// <summary>The quads this transaction sees (its own writes included), for Core's rules that look across records.</summary>
    internal IRecordQuads Quads => _quads;

    /// <summary>The records written so far, in order.</summary>
    public IReadOnlyList<Iri> Written => _written;

    /// <summary>Creates a record; returns its minted IRI.</summary>
    public Iri Create(VfRecordType type, VfInput input) => Create(type, input, allowInternal: false);

    /// <summary>Updates the record named by <paramref name="revisionId"/>; a revision that is not its latest → CONFLICT.</summary>
    public Iri Update(string revisionId, VfInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (id, seq) = VfRevisionId.Parse(revisionId);
        var type = RequireType(id, "revisionId");
        CheckRevision(id, type, seq);
        Validate(type, input, creating: false, allowInternal: false);
        Apply(id, type, input);
        return id;
    }

    /// <summary>Deletes the record named by <paramref name="revisionId"/> (stale, referenced, or an event/resource → refused).</summary>
    public void Delete(string revisionId)
    {
        var (id, seq) = VfRevisionId.Parse(revisionId);
        var type = RequireType(id, "revisionId");
        CheckRevision(id, type, seq);
        Remove(id, type);
    }

    /// <summary>Deletes a record by IRI with no revision check (DECISIONS 16).</summary>
    public void DeleteById(Iri id)
    {
        ArgumentNullException.ThrowIfNull(id);
        Remove(id, RequireType(id, "id"));
    }

    /// <summary>The record as this transaction sees it (its own writes included), or null.</summary>
    public VfRecord? Get(Iri id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var type = RecordCodec.TypeOf(_quads, id);
        return type is null ? null : RecordCodec.Read(_quads, id, RecordRevisions.Latest(_start, id, type));
    }

    /// <summary>Commits every write at once; returns the sequence number (each written record's new revision).</summary>
    public VfCommit Commit() => new(Transaction.Commit(), [.. _written.Distinct()]);

    /// <summary>Rolls back unless committed.</summary>
    public void Dispose()
    {
        Transaction.Dispose();
        _start.Dispose();
    }

    /// <summary>
    /// Creates a record; Core's own rules may also set internal fields (quantities, state, stage...). A given
    /// <paramref name="id"/> is kept instead of minting one (replaying records from a file, any base); a record of that
    /// IRI that exists already → CONFLICT.
    /// </summary>
    internal Iri Create(VfRecordType type, VfInput input, bool allowInternal, Iri? id = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(input);
        Validate(type, input, creating: true, allowInternal);
        if (id is not null && RecordCodec.TypeOf(_quads, id) is { } existing)
        {
            throw new VfDomainException(VfErrorCode.Conflict, $"{existing.Name} {id.Value} exists already.", "id");
        }

        id ??= _ledger.Mint(type);
        Transaction.Add(new Quad(id, RecordCodec.RdfType, type.Class));
        foreach (var (name, values) in input.Values)
        {
            foreach (var quad in RecordCodec.Encode(id, type.Field(name)!, values))
            {
                Transaction.Add(quad);
            }
        }

        WriteLinks(id, type, []);
        _written.Add(id);
        return id;
    }

    /// <summary>Sets fields of an existing record without the revision and update-params checks (Core's effects).</summary>
    internal void Write(Iri id, VfInput input)
    {
        var type = RequireType(id, "id");
        Validate(type, input, creating: false, allowInternal: true, checkUpdatable: false);
        Apply(id, type, input);
    }

    private void Apply(Iri id, VfRecordType type, VfInput input)
    {
        var linksBefore = DirectLinks.Of(_quads, id, type);
        foreach (var (name, values) in input.Values)
        {
            var field = type.Field(name)!;
            if (field.Required && values.Count == 0)
            {
                throw new VfDomainException(VfErrorCode.BadUserInput, $"{type.Name}.{name} is required and cannot be cleared.", name);
            }

            RemoveField(id, field);
            foreach (var quad in RecordCodec.Encode(id, field, values))
            {
                Transaction.Add(quad);
            }
        }

        WriteLinks(id, type, linksBefore);
        _written.Add(id);
    }

    private void Remove(Iri id, VfRecordType type)
    {
        if (!type.Deletable)
        {
            throw new VfDomainException(VfErrorCode.Forbidden, $"{type.Name} records are never deleted; record a correcting event instead (DECISIONS 15).", "id");
        }

        if (RecordCodec.FirstForeignReference(_quads, id) is { } reference)
        {
            throw new VfDomainException(
                VfErrorCode.Conflict, $"{type.Name} {id.Value} cannot be deleted: {reference.Subject} refers to it ({reference.Predicate}).", "id");
        }

        var linksBefore = DirectLinks.Of(_quads, id, type);
        foreach (var quad in RecordCodec.RecordQuads(_quads, id))
        {
            Transaction.Remove(quad);
        }

        WriteLinks(id, type, linksBefore);
        _written.Add(id);
    }

    private void WriteLinks(Iri id, VfRecordType type, IReadOnlyList<Quad> before)
    {
        if (type.DirectLinks.Count == 0)
        {
            return;
        }

        var after = DirectLinks.Of(_quads, id, type);
        foreach (var quad in after)
        {
            Transaction.Add(quad);
        }

        foreach (var quad in before.Except(after))
        {
            if (!DirectLinks.IsAssertedByOther(_quads, id, type, quad))
            {
                Transaction.Remove(quad);
            }
        }
    }

    private void RemoveField(Iri id, VfField field)
    {
        foreach (var quad in _quads.Quads(id, field.Predicate, null).ToList())
        {
            if (RecordCodec.IsOwnNode(id, quad.Object))
            {
                foreach (var nodeQuad in _quads.Quads(quad.Object, null, null).ToList())
                {
                    Transaction.Remove(nodeQuad);
                }
            }

            Transaction.Remove(quad);
        }
    }

    private VfRecordType RequireType(Iri id, string field) =>
        RecordCodec.TypeOf(_quads, id) ?? throw new VfDomainException(VfErrorCode.NotFound, $"No VF record {id.Value}.", field);

    private void CheckRevision(Iri id, VfRecordType type, long seq)
    {
        long latest = RecordRevisions.Latest(_start, id, type);
        if (seq != latest)
        {
            throw new VfDomainException(
                VfErrorCode.Conflict,
                $"{type.Name} {id.Value} changed since revision {seq} (latest is {latest}): read it again and retry.",
                "revisionId");
        }
    }

    private void Validate(VfRecordType type, VfInput input, bool creating, bool allowInternal, bool checkUpdatable = true)
    {
        foreach (var (name, values) in input.Values)
        {
            var field = type.Field(name);
            if (field is null || field.IsInverse)
            {
                throw new VfDomainException(VfErrorCode.BadUserInput, $"{type.Name} has no field '{name}' that can be written.", name);
            }

            if (field.Internal && !allowInternal)
            {
                throw new VfDomainException(VfErrorCode.BadUserInput, $"{type.Name}.{name} is derived by VF rules and cannot be set.", name);
            }

            if (!creating && checkUpdatable && !field.Updatable)
            {
                throw new VfDomainException(VfErrorCode.BadUserInput, $"{type.Name}.{name} cannot be changed after creation.", name);
            }

            if (field.Targets is { } targets && field.Shape == VfValueShape.Reference)
            {
                foreach (var value in values)
                {
                    CheckTarget(field, targets, value);
                }
            }
        }

        if (creating)
        {
            foreach (var field in type.Fields.Where(f => f.Required))
            {
                if (!input.Values.TryGetValue(field.Name, out var values) || values.Count == 0)
                {
                    throw new VfDomainException(VfErrorCode.BadUserInput, $"{type.Name}.{field.Name} is required.", field.Name);
                }
            }
        }
    }

    private void CheckTarget(VfField field, IReadOnlyList<string> targets, VfValue value)
    {
        if (value is not VfTermValue { Term: Iri target })
        {
            throw new VfDomainException(VfErrorCode.BadUserInput, $"'{field.Name}' needs a record IRI.", field.Name);
        }

        // The start snapshot answers for records committed before; only new ones need the transaction's own view.
        var found = RecordCodec.TypeOf(_startQuads, target) ?? RecordCodec.TypeOf(_quads, target);
        if (found is null && targets.Contains("Unit", StringComparer.Ordinal) && Units.UnitCatalog.Standard.TryGet(target.Value, out _))
        {
            // OM units are shared by IRI (DECISIONS 9) and need not be stored to be referenced, as in measures.
            return;
        }

        if (found is null || !targets.Contains(found.Name, StringComparer.Ordinal))
        {
            throw new VfDomainException(VfErrorCode.NotFound, $"'{field.Name}': no {string.Join(" or ", targets)} {target.Value}.", field.Name);
        }
    }
}
