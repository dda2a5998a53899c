using ValueFlows.Rdf;

namespace ValueFlows.Core.Units;

/// <summary>A <c>vf:Unit</c>; a preloaded unit's IRI is its OM 2.0 IRI, shared across servers (DECISIONS 9).</summary>
/// <param name="Iri">The unit's IRI.</param>
/// <param name="Label">Its English name (<c>vf:label</c>).</param>
/// <param name="Symbol">Its symbol (<c>vf:symbol</c>), or null when OM gives none.</param>
/// <param name="OmUnitIdentifier">The OM IRI the unit stands for (<c>vf:omUnitIdentifier</c>, an <c>xsd:anyURI</c>).</param>
public sealed record VfUnit(Iri Iri, string Label, string? Symbol, string OmUnitIdentifier);
