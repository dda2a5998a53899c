using System.Buffers;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// Property paths (§18.4) as (start, end) pairs of ids in one graph. Arbitrary-length paths walk breadth-first with a
/// visited set, so cycles end; they and <c>?</c> produce distinct pairs, the other operators keep duplicates.
/// </summary>
internal sealed class PathEvaluator
{
    private readonly QueryTermTable _terms;
    private readonly CancellationToken _cancellation;

    public PathEvaluator(QueryTermTable terms, CancellationToken cancellation)
    {
        _terms = terms;
        _cancellation = cancellation;
    }

    /// <summary>The pairs joined by <paramref name="path"/>; <see cref="TermId.Any"/> leaves an end open.</summary>
    public IEnumerable<(TermId From, TermId To)> Pairs(PropertyPath path, TermId from, TermId to, TermId graph, QueryTermTable terms)
    {
        switch (path)
        {
            case PathLink link:
                return terms.TryGetStored(link.Predicate, out var predicate) ? Scan(from, predicate, to, graph, null) : [];
            case PathNegatedSet negated:
            {
                var excluded = new HashSet<TermId>();
                foreach (var iri in negated.Predicates)
                {
                    if (terms.TryGetStored(iri, out var id))
                    {
                        excluded.Add(id);
                    }
                }

                return Scan(from, TermId.Any, to, graph, excluded);
            }

            case PathInverse inverse:
                return Pairs(inverse.Path, to, from, graph, terms).Select(p => (p.To, p.From));
            case PathAlternative alternative:
                return Pairs(alternative.First, from, to, graph, terms).Concat(Pairs(alternative.Second, from, to, graph, terms));
            case PathSequence sequence:
                return Sequence(sequence, from, to, graph, terms);
            case PathZeroOrOne zeroOrOne:
                return ZeroLength(from, to, graph).Concat(Pairs(zeroOrOne.Path, from, to, graph, terms)).Distinct();
            case PathZeroOrMore zeroOrMore:
                return Closure(zeroOrMore.Path, from, to, graph, terms, includeStart: true);
            case PathOneOrMore oneOrMore:
                return Closure(oneOrMore.Path, from, to, graph, terms, includeStart: false);
            default:
                throw new SparqlEvaluationException("Unknown path " + path.GetType().Name + ".");
        }
    }

    private IEnumerable<(TermId, TermId)> Sequence(PathSequence sequence, TermId from, TermId to, TermId graph, QueryTermTable terms)
    {
        if (from.IsAny && !to.IsAny)
        {
            foreach (var (middle, end) in Pairs(sequence.Second, TermId.Any, to, graph, terms))
            {
                foreach (var (start, _) in Pairs(sequence.First, TermId.Any, middle, graph, terms))
                {
                    yield return (start, end);
                }
            }

            yield break;
        }

        foreach (var (start, middle) in Pairs(sequence.First, from, TermId.Any, graph, terms))
        {
            foreach (var (_, end) in Pairs(sequence.Second, middle, to, graph, terms))
            {
                yield return (start, end);
            }
        }
    }

    private IEnumerable<(TermId, TermId)> Scan(TermId from, TermId predicate, TermId to, TermId graph, HashSet<TermId>? excluded)
    {
        if (_terms.IsLocal(from) || _terms.IsLocal(to))
        {
            yield break;
        }

        using var cursor = _terms.Dataset.OpenCursor();
        cursor.Seek(new QuadPattern(from, predicate, to, graph));
        // Rented, not allocated: a track/trace walks hundreds of short scans, and an 8 KB array per scan made gen0
        // collections (and their card scans of the store) a large part of a sub-millisecond query.
        var batch = ArrayPool<EncodedQuad>.Shared.Rent(256);
        try
        {
            int read;
            while ((read = cursor.Read(batch)) > 0)
            {
                _cancellation.ThrowIfCancellationRequested();
                for (int i = 0; i < read; i++)
                {
                    if (excluded is null || !excluded.Contains(batch[i].Predicate))
                    {
                        yield return (batch[i].Subject, batch[i].Object);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<EncodedQuad>.Shared.Return(batch);
        }
    }

    private IEnumerable<(TermId, TermId)> ZeroLength(TermId from, TermId to, TermId graph)
    {
        if (!from.IsAny)
        {
            if (to.IsAny || to == from)
            {
                yield return (from, from);
            }
        }
        else if (!to.IsAny)
        {
            yield return (to, to);
        }
        else
        {
            foreach (var node in Nodes(graph))
            {
                yield return (node, node);
            }
        }
    }

    private HashSet<TermId> Nodes(TermId graph)
    {
        var nodes = new HashSet<TermId>();
        foreach (var (s, o) in Scan(TermId.Any, TermId.Any, TermId.Any, graph, null))
        {
            nodes.Add(s);
            nodes.Add(o);
        }

        return nodes;
    }

    private IEnumerable<(TermId, TermId)> Closure(PropertyPath step, TermId from, TermId to, TermId graph, QueryTermTable terms, bool includeStart)
    {
        if (from.IsAny && !to.IsAny)
        {
            foreach (var start in Reach(new PathInverse(step), to, graph, terms, includeStart))
            {
                yield return (start, to);
            }

            yield break;
        }

        IEnumerable<TermId> starts = from.IsAny ? Nodes(graph) : [from];
        foreach (var start in starts)
        {
            foreach (var end in Reach(step, start, graph, terms, includeStart))
            {
                if (to.IsAny || to == end)
                {
                    yield return (start, end);
                }
            }
        }
    }

    private List<TermId> Reach(PropertyPath step, TermId start, TermId graph, QueryTermTable terms, bool includeStart)
    {
        var visited = new HashSet<TermId>();
        var result = new List<TermId>();
        if (includeStart)
        {
            visited.Add(start);
            result.Add(start);
        }

        var frontier = new Queue<TermId>();
        frontier.Enqueue(start);
        var expanded = new HashSet<TermId>();
        while (frontier.Count > 0)
        {
            _cancellation.ThrowIfCancellationRequested();
            var node = frontier.Dequeue();
            if (!expanded.Add(node))
            {
                continue;
            }

            foreach (var (_, next) in Pairs(step, node, TermId.Any, graph, terms))
            {
                if (visited.Add(next))
                {
                    result.Add(next);
                }

                if (!expanded.Contains(next))
                {
                    frontier.Enqueue(next);
                }
            }
        }

        return result;
    }
}
