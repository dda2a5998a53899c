using ValueFlows.Rdf;

namespace ValueFlows.Core.Model;

/// <summary>
/// One GraphQL field of a record type and the RDF property it is stored as. A stored field is written on the record
/// (<c>record predicate value</c>); an inverse field is read from other records (<c>other predicate record</c>, where
/// <see cref="InverseOf"/> names the stored field of the other type).
/// </summary>
public sealed record VfField(string Name, Iri Predicate, VfValueShape Shape)
{
    /// <summary>The field may hold several values (<c>[URI!]</c>, <c>[ID!]</c>).</summary>
    public bool IsList { get; init; }

    /// <summary>A create must give a value (DECISIONS 14: the GraphQL type is non-null).</summary>
    public bool Required { get; init; }

    /// <summary>The update params of vf-graphql allow changing it.</summary>
    public bool Updatable { get; init; } = true;

    /// <summary>Written only by Core's own rules (event effects, derived links), never by create/update params.</summary>
    public bool Internal { get; init; }

    /// <summary>For references: the record types a value must be (null = any IRI); for inverse fields: the types read.</summary>
    public IReadOnlyList<string>? Targets { get; init; }

    /// <summary>For inverse fields: the name of the stored field of the <see cref="Targets"/> types they read; null for stored fields.</summary>
    public string? InverseOf { get; init; }

    /// <summary>Properties read when <see cref="Predicate"/> has no value (names: DECISIONS 14).</summary>
    public IReadOnlyList<Iri> Fallbacks { get; init; } = [];

    /// <summary>Not a field of vf-graphql 0.9.0-alpha.10's object type (ours, or only in its create params).</summary>
    public bool Extension { get; init; }

    /// <summary>True for an inverse field.</summary>
    public bool IsInverse => InverseOf is not null;

    /// <summary>True when the value is a hash node of the record (<see cref="VfValueShape.Measure"/>, <see cref="VfValueShape.Duration"/>).</summary>
    public bool IsHashNode => Shape is VfValueShape.Measure or VfValueShape.Duration;
}
