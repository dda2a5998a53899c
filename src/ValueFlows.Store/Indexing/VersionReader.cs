using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Store.Terms;

namespace ValueFlows.Store.Indexing;

/// <summary>The <see cref="IQueryableDataset"/> answers over one version and the dictionary, shared by snapshots and write transactions.</summary>
internal static class VersionReader
{
    public static bool TryInternalize(TermDictionary dictionary, StoreVersion version, Term term, out TermId id) =>
        dictionary.TryGetId(term, version.TermCount, out id);

    public static Term Externalize(TermDictionary dictionary, StoreVersion version, TermId id)
    {
        if (id.IsDictionaryTerm && id.DictionaryIndex >= version.TermCount)
        {
            throw new ArgumentException($"The id {id} is not a term of this snapshot.", nameof(id));
        }

        return dictionary.GetTerm(id);
    }

    public static long CountQuads(StoreVersion version, in QuadPattern pattern)
    {
        if (!IsKnown(version, pattern.Subject) || !IsKnown(version, pattern.Predicate) || !IsKnown(version, pattern.Object)
            || (pattern.Graph != TermId.DefaultGraph && !IsKnown(version, pattern.Graph)))
        {
            return 0;
        }

        var (order, prefix) = QuadLayout.Choose(pattern);
        ulong s = pattern.Subject.Value, p = pattern.Predicate.Value, o = pattern.Object.Value, g = pattern.Graph.Value;
        if (order <= QuadOrder.Osp)
        {
            var key = QuadLayout.ToKey3(order, s, p, o);
            return version.Triple(order).CountRange(Key3.LowestWithPrefix(key, prefix), Key3.HighestWithPrefix(key, prefix));
        }

        var key4 = QuadLayout.ToKey4(order, s, p, o, g);
        return version.Quad(order).CountRange(Key4.LowestWithPrefix(key4, prefix), Key4.HighestWithPrefix(key4, prefix));
    }

    public static PredicateStatistics GetPredicateStatistics(StoreVersion version, TermId predicate, TermId graph)
    {
        long count = CountQuads(version, new QuadPattern(TermId.Any, predicate, TermId.Any, graph));
        return version.Statistics.Scale(predicate.Value, graph != TermId.DefaultGraph, count);
    }

    public static IReadOnlyList<TermId> GetNamedGraphs(StoreVersion version)
    {
        var graphs = new List<TermId>();
        var scanner = new RangeScanner<Key4>();
        var index = version.Quad(QuadOrder.Gspo);
        Span<Key4> one = stackalloc Key4[1];
        ulong next = 0;
        while (true)
        {
            scanner.Reset(index, new Key4(next, 0, 0, 0), Key4.HighestWithPrefix(default, 0));
            if (scanner.Read(one) == 0)
            {
                return graphs;
            }

            graphs.Add(new TermId(one[0].A));
            if (one[0].A == ulong.MaxValue)
            {
                return graphs;
            }

            next = one[0].A + 1;
        }
    }

    public static IReadOnlyList<long> GetRevisions(TermDictionary dictionary, StoreVersion version, Term subject)
    {
        if (!dictionary.TryGetId(subject, version.TermCount, out var id))
        {
            return [];
        }

        var scanner = new RangeScanner<Key2>();
        scanner.Reset(version.Revisions, new Key2(id.Value, 0), new Key2(id.Value, ulong.MaxValue));
        var result = new List<long>();
        Span<Key2> batch = stackalloc Key2[64];
        int n;
        while ((n = scanner.Read(batch)) > 0)
        {
            foreach (var k in batch[..n])
            {
                result.Add((long)k.B);
            }
        }

        return result;
    }

    /// <summary>The quads matching a pattern of terms (null = any), as terms.</summary>
    public static IEnumerable<Quad> GetQuads(
        TermDictionary dictionary, StoreVersion version, Term? subject, Term? predicate, Term? @object, TermId graph)
    {
        var s = TermId.Any;
        var p = TermId.Any;
        var o = TermId.Any;
        if ((subject is not null && !dictionary.TryGetId(subject, version.TermCount, out s))
            || (predicate is not null && !dictionary.TryGetId(predicate, version.TermCount, out p))
            || (@object is not null && !dictionary.TryGetId(@object, version.TermCount, out o)))
        {
            return [];
        }

        return Enumerate(dictionary, version, new QuadPattern(s, p, o, graph));
    }

    public static IEnumerable<Quad> Enumerate(TermDictionary dictionary, StoreVersion version, QuadPattern pattern)
    {
        using var cursor = new VersionCursor(version);
        cursor.Seek(pattern);
        var batch = new EncodedQuad[256];
        int n;
        while ((n = cursor.Read(batch)) > 0)
        {
            for (int i = 0; i < n; i++)
            {
                var q = batch[i];
                yield return new Quad(
                    dictionary.GetTerm(q.Subject),
                    (Iri)dictionary.GetTerm(q.Predicate),
                    dictionary.GetTerm(q.Object),
                    q.Graph == TermId.DefaultGraph ? null : dictionary.GetTerm(q.Graph));
            }
        }
    }

    private static bool IsKnown(StoreVersion version, TermId id) =>
        id.IsAny || !id.IsDictionaryTerm || id.DictionaryIndex < version.TermCount;
}
