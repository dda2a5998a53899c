using System.Collections;

namespace ValueFlows.Rdf;

/// <summary>
/// An in-memory RDF dataset: a set of quads with hash indexes on subject, predicate, object and graph. Meant for tests,
/// small documents and diffs; the store is the large-scale one. Not thread-safe for writes.
/// </summary>
public sealed class Dataset : IReadOnlyCollection<Quad>
{
    // The default graph's key in the graph index (a dictionary key cannot be null).
    private static readonly Term s_defaultGraphKey = new DefaultGraphKey();

    private readonly HashSet<Quad> _quads = [];
    private readonly Dictionary<Term, HashSet<Quad>> _bySubject = [];
    private readonly Dictionary<Term, HashSet<Quad>> _byPredicate = [];
    private readonly Dictionary<Term, HashSet<Quad>> _byObject = [];
    private readonly Dictionary<Term, HashSet<Quad>> _byGraph = [];

    /// <summary>An empty dataset.</summary>
    public Dataset()
    {
    }

    /// <summary>A dataset holding <paramref name="quads"/> (duplicates collapse).</summary>
    public Dataset(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        foreach (var q in quads)
        {
            Add(q);
        }
    }

    /// <summary>The number of distinct quads.</summary>
    public int Count => _quads.Count;

    /// <summary>The names of the non-empty named graphs.</summary>
    public IEnumerable<Term> GraphNames => _byGraph.Keys.Where(k => !ReferenceEquals(k, s_defaultGraphKey));

    /// <summary>Adds a quad; false when it was already there.</summary>
    public bool Add(in Quad quad)
    {
        if (!_quads.Add(quad))
        {
            return false;
        }

        Index(_bySubject, quad.Subject, quad);
        Index(_byPredicate, quad.Predicate, quad);
        Index(_byObject, quad.Object, quad);
        Index(_byGraph, quad.Graph ?? s_defaultGraphKey, quad);
        return true;
    }

    /// <summary>Adds a triple to the default graph; false when it was already there.</summary>
    public bool Add(in Triple triple) => Add(triple.InGraph(null));

    /// <summary>Removes a quad; false when it was not there.</summary>
    public bool Remove(in Quad quad)
    {
        if (!_quads.Remove(quad))
        {
            return false;
        }

        Unindex(_bySubject, quad.Subject, quad);
        Unindex(_byPredicate, quad.Predicate, quad);
        Unindex(_byObject, quad.Object, quad);
        Unindex(_byGraph, quad.Graph ?? s_defaultGraphKey, quad);
        return true;
    }

    /// <summary>True when the quad is in the dataset.</summary>
    public bool Contains(in Quad quad) => _quads.Contains(quad);

    /// <summary>Removes every quad.</summary>
    public void Clear()
    {
        _quads.Clear();
        _bySubject.Clear();
        _byPredicate.Clear();
        _byObject.Clear();
        _byGraph.Clear();
    }

    /// <summary>The quads of one graph (null: the default graph).</summary>
    public IEnumerable<Quad> Graph(Term? graphName) =>
        _byGraph.TryGetValue(graphName ?? s_defaultGraphKey, out var set) ? set : [];

    /// <summary>The quads of one graph (null: the default graph) that match the bound positions (null: any).</summary>
    public IEnumerable<Quad> Match(Term? subject, Iri? predicate, Term? @object, Term? graphName) =>
        MatchCore(subject, predicate, @object, graphName ?? s_defaultGraphKey);

    /// <summary>The quads of every graph, the default one included, that match the bound positions (null: any).</summary>
    public IEnumerable<Quad> MatchAllGraphs(Term? subject, Iri? predicate, Term? @object) =>
        MatchCore(subject, predicate, @object, null);

    /// <summary>True when both datasets are equal up to a renaming of blank nodes.</summary>
    public bool IsIsomorphicTo(Dataset other) => GraphIsomorphism.AreIsomorphic(this, other);

    /// <inheritdoc />
    public IEnumerator<Quad> GetEnumerator() => _quads.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<Quad> MatchCore(Term? subject, Iri? predicate, Term? @object, Term? graphKey)
    {
        IReadOnlyCollection<Quad> candidates = _quads;
        if (!Narrow(_bySubject, subject, ref candidates)
            || !Narrow(_byPredicate, predicate, ref candidates)
            || !Narrow(_byObject, @object, ref candidates)
            || !Narrow(_byGraph, graphKey, ref candidates))
        {
            yield break;
        }

        foreach (var q in candidates)
        {
            if ((subject is null || q.Subject.Equals(subject))
                && (predicate is null || q.Predicate.Equals(predicate))
                && (@object is null || q.Object.Equals(@object))
                && (graphKey is null || (q.Graph ?? s_defaultGraphKey).Equals(graphKey)))
            {
                yield return q;
            }
        }
    }

    // Picks the smallest index set among the bound positions; false when a bound term has no quads at all.
    private static bool Narrow(Dictionary<Term, HashSet<Quad>> index, Term? key, ref IReadOnlyCollection<Quad> candidates)
    {
        if (key is null)
        {
            return true;
        }

        if (!index.TryGetValue(key, out var set))
        {
            return false;
        }

        if (set.Count < candidates.Count)
        {
            candidates = set;
        }

        return true;
    }

    private static void Index(Dictionary<Term, HashSet<Quad>> index, Term key, in Quad quad)
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = [];
        }

        set.Add(quad);
    }

    private static void Unindex(Dictionary<Term, HashSet<Quad>> index, Term key, in Quad quad)
    {
        if (index.TryGetValue(key, out var set) && set.Remove(quad) && set.Count == 0)
        {
            index.Remove(key);
        }
    }

    /// <summary>A term equal only to itself, so no real graph name can collide with the default graph's key.</summary>
    private sealed class DefaultGraphKey : Term
    {
        public override TermKind Kind => TermKind.BlankNode;

        public override bool Equals(Term? other) => ReferenceEquals(this, other);

        public override int GetHashCode() => 0x5eed;

        public override string ToString() => "(default graph)";
    }
}
