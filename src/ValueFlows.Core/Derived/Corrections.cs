using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Derived;

/// <summary>
/// Events cancelled by a correction (DECISIONS 15): an event with <c>corrects</c> and the event it corrects form a pair
/// whose effects cancel out, so derived views skip both.
/// </summary>
internal static class Corrections
{
    public static readonly Iri Corrects = VfModel.Get("EconomicEvent").Field("corrects")!.Predicate;

    /// <summary>True when <paramref name="event"/> is a correction or has been corrected.</summary>
    public static bool IsCancelled(IRecordQuads quads, FlowEvent @event) =>
        @event.Corrects is not null || IsCorrected(quads, @event.Id);

    /// <summary>True when some event corrects <paramref name="event"/>.</summary>
    public static bool IsCorrected(IRecordQuads quads, Iri @event) => quads.Quads(null, Corrects, @event).Any();

    /// <summary>Every event of a correction pair, in one scan of the <c>corrects</c> predicate.</summary>
    public static HashSet<Iri> AllCancelled(IRecordQuads quads)
    {
        var cancelled = new HashSet<Iri>();
        foreach (var quad in quads.Quads(null, Corrects, null))
        {
            if (quad.Subject is Iri correction && quad.Object is Iri corrected)
            {
                cancelled.Add(correction);
                cancelled.Add(corrected);
            }
        }

        return cancelled;
    }
}
