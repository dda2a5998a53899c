using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Store.Indexing;

/// <summary>
/// Per-predicate counts and distinct subjects/objects, computed in one pass over the base arrays whenever a base is
/// rebuilt. Between rebuilds a version answers counts exactly from range sizes and scales these distinct counts.
/// </summary>
internal sealed class PredicateStatisticsTable
{
    private readonly Dictionary<ulong, PredicateStatistics> _default;
    private readonly Dictionary<ulong, PredicateStatistics> _named;

    private PredicateStatisticsTable(
        Dictionary<ulong, PredicateStatistics> @default, Dictionary<ulong, PredicateStatistics> named, Key3[] spo, Key4[] spog)
    {
        _default = @default;
        _named = named;
        SpoBase = spo;
        SpogBase = spog;
    }

    public static PredicateStatisticsTable Empty { get; } = new([], [], [], []);

    /// <summary>The SPO base these figures were computed from (recompute when it changes).</summary>
    public Key3[] SpoBase { get; }

    /// <summary>The SPOG base these figures were computed from.</summary>
    public Key4[] SpogBase { get; }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static PredicateStatisticsTable Compute(Key3[] spo, Key3[] pos, Key4[] spog, Key4[] posg)
    {
        var @default = new Dictionary<ulong, PredicateStatistics>();
        for (int i = 0; i < pos.Length;)
        {
            ulong p = pos[i].A;
            long count = 0, objects = 0;
            ulong lastObject = 0;
            for (; i < pos.Length && pos[i].A == p; i++)
            {
                if (count == 0 || pos[i].B != lastObject)
                {
                    objects++;
                    lastObject = pos[i].B;
                }

                count++;
            }

            @default[p] = new PredicateStatistics(count, 0, objects);
        }

        for (int i = 0; i < spo.Length; i++)
        {
            if (i == 0 || spo[i].A != spo[i - 1].A || spo[i].B != spo[i - 1].B)
            {
                var s = @default[spo[i].B];
                @default[spo[i].B] = s with { DistinctSubjects = s.DistinctSubjects + 1 };
            }
        }

        var named = new Dictionary<ulong, PredicateStatistics>();
        for (int i = 0; i < posg.Length;)
        {
            ulong p = posg[i].A;
            long count = 0, objects = 0;
            ulong lastObject = 0;
            for (; i < posg.Length && posg[i].A == p; i++)
            {
                if (count == 0 || posg[i].B != lastObject)
                {
                    objects++;
                    lastObject = posg[i].B;
                }

                count++;
            }

            named[p] = new PredicateStatistics(count, 0, objects);
        }

        for (int i = 0; i < spog.Length; i++)
        {
            if (i == 0 || spog[i].A != spog[i - 1].A || spog[i].B != spog[i - 1].B)
            {
                var s = named[spog[i].B];
                named[spog[i].B] = s with { DistinctSubjects = s.DistinctSubjects + 1 };
            }
        }

        return new PredicateStatisticsTable(@default, named, spo, spog);
    }

    /// <summary>The figures of <paramref name="predicate"/> scaled to its exact current <paramref name="count"/>.</summary>
    public PredicateStatistics Scale(ulong predicate, bool named, long count)
    {
        if (count <= 0)
        {
            return PredicateStatistics.Empty;
        }

        if (!(named ? _named : _default).TryGetValue(predicate, out var s) || s.Count == 0)
        {
            return new PredicateStatistics(count, count, count);
        }

        double ratio = (double)count / s.Count;
        return new PredicateStatistics(
            count,
            Math.Clamp((long)Math.Round(s.DistinctSubjects * ratio), 1, count),
            Math.Clamp((long)Math.Round(s.DistinctObjects * ratio), 1, count));
    }
}
