using ValueFlows.Core.Records;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Trace;

/// <summary>
/// The VF track and trace algorithms over observed flows: resource ↔ events ↔ process. <see cref="Track"/> follows where
/// things went (forwards), <see cref="Trace"/> where they came from (backwards). Breadth-first, each node once (cycle-safe),
/// up to a depth limit; corrected events and their corrections are skipped (docs/vf-derived.md).
/// </summary>
public static class TrackTrace
{
    /// <summary>The default and largest useful depth limit.</summary>
    public const int DefaultMaxDepth = 100;

    /// <summary>Every event, resource and process downstream of <paramref name="start"/> (not itself), nearest first.</summary>
    /// <exception cref="VfDomainException">No such record, not a resource/event/process, or a negative depth.</exception>
    public static IReadOnlyList<TraceStep> Track(VfReadContext read, Iri start, int maxDepth = DefaultMaxDepth) =>
        Walk(read, start, maxDepth, next: true);

    /// <summary>Every event, resource and process upstream of <paramref name="start"/> (not itself), nearest first.</summary>
    /// <exception cref="VfDomainException">No such record, not a resource/event/process, or a negative depth.</exception>
    public static IReadOnlyList<TraceStep> Trace(VfReadContext read, Iri start, int maxDepth = DefaultMaxDepth) =>
        Walk(read, start, maxDepth, next: false);

    /// <summary>The one-step upstream neighbours of <paramref name="id"/> (vf-graphql <c>previous</c>), each at depth 1.</summary>
    /// <exception cref="VfDomainException">No such record, or not a resource/event/process.</exception>
    public static IReadOnlyList<TraceStep> Previous(VfReadContext read, Iri id) => Walk(read, id, 1, next: false);

    /// <summary>The one-step downstream neighbours of <paramref name="id"/> (vf-graphql <c>next</c>), each at depth 1.</summary>
    /// <exception cref="VfDomainException">No such record, or not a resource/event/process.</exception>
    public static IReadOnlyList<TraceStep> Next(VfReadContext read, Iri id) => Walk(read, id, 1, next: true);

    private static List<TraceStep> Walk(VfReadContext read, Iri start, int maxDepth, bool next)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(start);
        if (maxDepth < 0)
        {
            throw new VfDomainException(VfErrorCode.BadUserInput, $"The depth limit must not be negative, not {maxDepth}.", "maxDepth");
        }

        var graph = new FlowGraph(read.Quads);
        var startType = graph.TypeOf(start);
        if (startType is null)
        {
            throw read.Get(start) is null
                ? new VfDomainException(VfErrorCode.NotFound, $"No record {start.Value}.", "id")
                : new VfDomainException(VfErrorCode.BadUserInput, $"{start.Value} is not an economic resource, event or process.", "id");
        }

        var steps = new List<TraceStep>();
        var seen = new HashSet<Iri> { start };
        var frontier = new List<(Iri Id, string Type)> { (start, startType) };
        for (int depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
        {
            var following = new List<(Iri, string)>();
            foreach (var (id, type) in frontier)
            {
                foreach (var neighbour in graph.Neighbours(id, type, next))
                {
                    if (seen.Add(neighbour.Id))
                    {
                        steps.Add(new TraceStep(neighbour.Id, neighbour.Type, depth));
                        following.Add(neighbour);
                    }
                }
            }

            frontier = following;
        }

        return steps;
    }
}
