using ValueFlows.Rdf;

namespace ValueFlows.Core.Model;

/// <summary>
/// A VF 1.0 direct link kept beside a reified record (DECISIONS 12): <c>value(SubjectField) Predicate
/// value(ObjectField)</c>, e.g. a Fulfillment's <c>event vf:fulfills commitment</c>. When <see cref="WhenField"/> is
/// set, the link is written only if that boolean field equals <see cref="WhenValue"/> (missing = false).
/// </summary>
public sealed record VfDirectLink(string SubjectField, Iri Predicate, string ObjectField)
{
    /// <summary>A boolean field that selects this link, or null for always.</summary>
    public string? WhenField { get; init; }

    /// <summary>The value of <see cref="WhenField"/> that selects this link.</summary>
    public bool WhenValue { get; init; }
}
