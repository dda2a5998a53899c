using ValueFlows.Core.Model;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Replay;

/// <summary>One VF record read from the input, ready to be written: its fields as a create input and what it refers to.</summary>
internal sealed record ReplayRecord(Iri Id, VfRecordType Type, VfInput Input, int Order)
{
    /// <summary>The IRIs the record's reference fields name (for the dependency order).</summary>
    public List<Iri> References { get; } = [];

    /// <summary>For events: the time they happened (point in time, else end, else beginning).</summary>
    public DateTimeOffset? Time { get; set; }

    /// <summary>For resources: the <c>currentLocation</c> the input gives, used only as the location it was created at.</summary>
    public Iri? CreatedAt { get; set; }

    public bool IsEvent => Type.Name == "EconomicEvent";
}
