using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// The one seam between the SPARQL evaluator and storage (Oxigraph's <c>QueryableDataset</c>): a read-only, consistent
/// view of an RDF dataset whose terms are 64-bit <see cref="TermId"/>s. The evaluator works on ids and turns them into
/// terms only to write results (late materialization).
/// <para>
/// Required: <see cref="TryInternalize"/>, <see cref="Externalize"/> and <see cref="OpenCursor"/> (quads for a pattern,
/// in batches). The other members have default bodies built on those three and may be overridden by stores that can
/// answer faster (counts from index range sizes, precomputed statistics).
/// </para>
/// <para>
/// An instance is one snapshot: every call sees the same data for the instance's lifetime (repeatable read), and ids
/// are only meaningful within the instance that produced them (and later snapshots of the same store). Members may be
/// called from several threads; cursors may not.
/// </para>
/// </summary>
public interface IQueryableDataset
{
    /// <summary>
    /// The id of <paramref name="term"/>. False when the term occurs in no quad of the dataset's dictionary, in which case
    /// no pattern that binds it can match ("absent").
    /// </summary>
    bool TryInternalize(Term term, out TermId id);

    /// <summary>The term an id of this dataset stands for.</summary>
    /// <exception cref="ArgumentException">The id was not produced by this dataset.</exception>
    Term Externalize(TermId id);

    /// <summary>A new cursor; <see cref="IQuadCursor.Seek"/> it before reading.</summary>
    IQuadCursor OpenCursor();

    /// <summary>The exact number of quads matching <paramref name="pattern"/>. Default: a full scan of the pattern.</summary>
    long CountQuads(in QuadPattern pattern)
    {
        using var cursor = OpenCursor();
        cursor.Seek(pattern);
        Span<EncodedQuad> batch = new EncodedQuad[256];
        long total = 0;
        int read;
        while ((read = cursor.Read(batch)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>
    /// A cheap estimate of how many quads match <paramref name="pattern"/>, for ordering joins. Default:
    /// <see cref="CountQuads"/>; stores answer from index range sizes without scanning.
    /// </summary>
    long EstimateQuads(in QuadPattern pattern) => CountQuads(pattern);

    /// <summary>True when the dataset holds <paramref name="quad"/> (all four components bound).</summary>
    bool ContainsQuad(in EncodedQuad quad)
    {
        using var cursor = OpenCursor();
        cursor.Seek(new QuadPattern(quad.Subject, quad.Predicate, quad.Object, quad.Graph));
        Span<EncodedQuad> one = stackalloc EncodedQuad[1];
        return cursor.Read(one) > 0;
    }

    /// <summary>
    /// Statistics of <paramref name="predicate"/> in the graphs <paramref name="graph"/> selects (as in
    /// <see cref="QuadPattern.Graph"/>). Default: one scan of the predicate.
    /// </summary>
    PredicateStatistics GetPredicateStatistics(TermId predicate, TermId graph)
    {
        using var cursor = OpenCursor();
        cursor.Seek(new QuadPattern(TermId.Any, predicate, TermId.Any, graph));
        var subjects = new HashSet<TermId>();
        var objects = new HashSet<TermId>();
        Span<EncodedQuad> batch = new EncodedQuad[256];
        long count = 0;
        int read;
        while ((read = cursor.Read(batch)) > 0)
        {
            foreach (ref readonly var q in batch[..read])
            {
                subjects.Add(q.Subject);
                objects.Add(q.Object);
            }

            count += read;
        }

        return new PredicateStatistics(count, subjects.Count, objects.Count);
    }

    /// <summary>The names of the graphs that hold at least one quad. Default: a scan of every named graph.</summary>
    IReadOnlyList<TermId> GetNamedGraphs()
    {
        using var cursor = OpenCursor();
        cursor.Seek(new QuadPattern(TermId.Any, TermId.Any, TermId.Any, TermId.Any));
        var graphs = new HashSet<TermId>();
        Span<EncodedQuad> batch = new EncodedQuad[256];
        int read;
        while ((read = cursor.Read(batch)) > 0)
        {
            foreach (ref readonly var q in batch[..read])
            {
                graphs.Add(q.Graph);
            }
        }

        var list = graphs.ToList();
        list.Sort();
        return list;
    }
}
