namespace ValueFlows.Rdf;

/// <summary>
/// Decides whether two sets of quads are equal up to a renaming of blank nodes (RDF 1.1 Concepts §3.6 graph isomorphism,
/// extended to datasets with blank-node graph names). Colour refinement narrows the candidates; backtracking settles the
/// rest and every answer is checked quad by quad.
/// </summary>
public static class GraphIsomorphism
{
    /// <summary>True when <paramref name="left"/> and <paramref name="right"/> are isomorphic (duplicates ignored).</summary>
    public static bool AreIsomorphic(IEnumerable<Quad> left, IEnumerable<Quad> right) => TryFindMapping(left, right, out _);

    /// <summary>Finds a blank-node bijection from <paramref name="left"/> to <paramref name="right"/> that makes them equal.</summary>
    public static bool TryFindMapping(
        IEnumerable<Quad> left, IEnumerable<Quad> right, out IReadOnlyDictionary<BlankNode, BlankNode>? mapping)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        mapping = null;
        var a = new Side(left);
        var b = new Side(right);
        if (a.Quads.Count != b.Quads.Count || a.Nodes.Length != b.Nodes.Length || a.Ground.Count != b.Ground.Count)
        {
            return false;
        }

        foreach (var q in a.Ground)
        {
            if (!b.Ground.Contains(q))
            {
                return false;
            }
        }

        Refine(a, b);
        if (!SameColourCounts(a, b))
        {
            return false;
        }

        var found = Search(a, b);
        if (found is null)
        {
            return false;
        }

        var result = new Dictionary<BlankNode, BlankNode>(found.Length);
        for (int i = 0; i < found.Length; i++)
        {
            result[a.Nodes[i]] = b.Nodes[found[i]];
        }

        mapping = result;
        return true;
    }

    // Returns, for each blank node of a, the index of its image in b; null when none works.
    private static int[]? Search(Side a, Side b)
    {
        // Pick the smallest colour class with more than one member; when none, colours determine the mapping.
        var classes = a.Colours.Select((c, i) => (c, i)).GroupBy(x => x.c).Where(g => g.Count() > 1).OrderBy(g => g.Count()).FirstOrDefault();
        if (classes is null)
        {
            var byColour = new Dictionary<ulong, int>(b.Nodes.Length);
            for (int j = 0; j < b.Nodes.Length; j++)
            {
                byColour[b.Colours[j]] = j;
            }

            var map = new int[a.Nodes.Length];
            for (int i = 0; i < map.Length; i++)
            {
                if (!byColour.TryGetValue(a.Colours[i], out map[i]))
                {
                    return null;
                }
            }

            return Verify(a, b, map) ? map : null;
        }

        int pick = classes.First().i;
        ulong colour = a.Colours[pick];
        for (int j = 0; j < b.Nodes.Length; j++)
        {
            if (b.Colours[j] != colour)
            {
                continue;
            }

            var savedA = (ulong[])a.Colours.Clone();
            var savedB = (ulong[])b.Colours.Clone();
            ulong marker = Mix(colour, 0x9E3779B97F4A7C15UL ^ (ulong)(pick + 1));
            a.Colours[pick] = marker;
            b.Colours[j] = marker;
            Refine(a, b);
            if (SameColourCounts(a, b))
            {
                var map = Search(a, b);
                if (map is not null)
                {
                    return map;
                }
            }

            a.Colours = savedA;
            b.Colours = savedB;
        }

        return null;
    }

    private static bool Verify(Side a, Side b, int[] map)
    {
        foreach (var q in a.WithBlanks)
        {
            var mapped = new Quad(Image(q.Subject), (Iri)Image(q.Predicate), Image(q.Object), q.Graph is null ? null : Image(q.Graph));
            if (!b.Quads.Contains(mapped))
            {
                return false;
            }
        }

        return true;

        Term Image(Term t) => t is BlankNode n ? b.Nodes[map[a.Index[n]]] : t;
    }

    // Refines colours on both sides in lock step until neither side gains a colour class.
    private static void Refine(Side a, Side b)
    {
        int before = -1;
        while (true)
        {
            a.Colours = a.NextColours();
            b.Colours = b.NextColours();
            int now = a.Colours.Distinct().Count() + b.Colours.Distinct().Count();
            if (now == before)
            {
                return;
            }

            before = now;
        }
    }

    private static bool SameColourCounts(Side a, Side b)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var c in a.Colours)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        foreach (var c in b.Colours)
        {
            if (!counts.TryGetValue(c, out int n) || n == 0)
            {
                return false;
            }

            counts[c] = n - 1;
        }

        return true;
    }

    private static ulong Mix(ulong h, ulong v)
    {
        // SplitMix64 finaliser over the running hash: cheap and well distributed.
        ulong x = h ^ (v + 0x9E3779B97F4A7C15UL + (h << 6) + (h >> 2));
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private sealed class Side
    {
        public Side(IEnumerable<Quad> quads)
        {
            Quads = [.. quads];
            var index = new Dictionary<BlankNode, int>();
            var nodes = new List<BlankNode>();
            foreach (var q in Quads)
            {
                bool blank = false;
                foreach (var t in Positions(q))
                {
                    if (t is BlankNode n)
                    {
                        blank = true;
                        if (!index.ContainsKey(n))
                        {
                            index[n] = nodes.Count;
                            nodes.Add(n);
                        }
                    }
                }

                if (blank)
                {
                    WithBlanks.Add(q);
                }
                else
                {
                    Ground.Add(q);
                }
            }

            Index = index;
            Nodes = [.. nodes];
            Incident = new List<Quad>[Nodes.Length];
            for (int i = 0; i < Incident.Length; i++)
            {
                Incident[i] = [];
            }

            foreach (var q in WithBlanks)
            {
                foreach (var t in Positions(q).OfType<BlankNode>().Distinct())
                {
                    Incident[index[t]].Add(q);
                }
            }

            Colours = new ulong[Nodes.Length];
            Array.Fill(Colours, 1UL);
        }

        public HashSet<Quad> Quads { get; }

        public HashSet<Quad> Ground { get; } = [];

        public List<Quad> WithBlanks { get; } = [];

        public Dictionary<BlankNode, int> Index { get; }

        public BlankNode[] Nodes { get; }

        public List<Quad>[] Incident { get; }

        public ulong[] Colours { get; set; }

        public ulong[] NextColours()
        {
            var next = new ulong[Nodes.Length];
            var parts = new List<ulong>();
            for (int i = 0; i < Nodes.Length; i++)
            {
                parts.Clear();
                foreach (var q in Incident[i])
                {
                    ulong h = 17;
                    int position = 0;
                    foreach (var t in Positions(q))
                    {
                        position++;
                        ulong v = t switch
                        {
                            null => 3,
                            BlankNode n when Index[n] == i => 5,
                            BlankNode n => Mix(7, Colours[Index[n]]),
                            _ => (ulong)(uint)t.GetHashCode(),
                        };
                        h = Mix(h, Mix((ulong)position, v));
                    }

                    parts.Add(h);
                }

                parts.Sort();
                ulong c = Colours[i];
                foreach (var p in parts)
                {
                    c = Mix(c, p);
                }

                next[i] = c;
            }

            return next;
        }

        private static IEnumerable<Term?> Positions(Quad q)
        {
            yield return q.Subject;
            yield return q.Predicate;
            yield return q.Object;
            yield return q.Graph;
        }
    }
}
