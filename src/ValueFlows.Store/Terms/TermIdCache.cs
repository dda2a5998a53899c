using System.Runtime.CompilerServices;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Store.Terms;

/// <summary>
/// A direct-mapped cache from term objects (by reference) to their ids, for one bulk load. Readers hand out the same
/// object for a repeated IRI or literal (their own term cache), so most look-ups skip encoding and hashing the bytes.
/// Lives no longer than the transaction, so a rollback never leaves a stale id behind.
/// </summary>
internal sealed class TermIdCache(TermDictionary dictionary)
{
    private const int Slots = 1 << 16;

    private readonly Term?[] _terms = new Term?[Slots];
    private readonly TermId[] _ids = new TermId[Slots];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public TermId GetOrAdd(Term term)
    {
        int slot = RuntimeHelpers.GetHashCode(term) & (Slots - 1);
        if (ReferenceEquals(_terms[slot], term))
        {
            return _ids[slot];
        }

        var id = dictionary.GetOrAdd(term);
        _terms[slot] = term;
        _ids[slot] = id;
        return id;
    }
}
