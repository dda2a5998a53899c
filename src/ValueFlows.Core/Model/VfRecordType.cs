using ValueFlows.Rdf;

namespace ValueFlows.Core.Model;

/// <summary>
/// One object type of the vf-graphql schema and how its records are stored: the RDF class, the kind segment of minted
/// IRIs (<c>{base}{kind}/{ULID}</c>) and its fields.
/// </summary>
public sealed class VfRecordType
{
    private readonly Dictionary<string, VfField> _byName;
    private readonly Dictionary<Iri, VfField> _byPredicate;

    internal VfRecordType(string name, Iri @class, string kind, IReadOnlyList<VfField> fields)
    {
        Name = name;
        Class = @class;
        Kind = kind;
        Fields = fields;
        _byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        _byPredicate = [];
        foreach (var field in fields.Where(f => !f.IsInverse))
        {
            _byPredicate.Add(field.Predicate, field);
        }
    }

    /// <summary>The GraphQL type name (<c>EconomicEvent</c>).</summary>
    public string Name { get; }

    /// <summary>The RDF class records are typed with.</summary>
    public Iri Class { get; }

    /// <summary>The IRI path segment of minted records (<c>economicEvent</c>).</summary>
    public string Kind { get; }

    /// <summary>Stored and inverse fields, in schema order.</summary>
    public IReadOnlyList<VfField> Fields { get; }

    /// <summary>False for events and resources, which are never deleted (DECISIONS 15).</summary>
    public bool Deletable { get; init; } = true;

    /// <summary>True when vf-graphql's delete takes the id instead of a revision (no stale check: DECISIONS 16).</summary>
    public bool DeleteById { get; init; }

    /// <summary>The VF 1.0 direct links written beside this reified record (DECISIONS 12).</summary>
    public IReadOnlyList<VfDirectLink> DirectLinks { get; init; } = [];

    /// <summary>Date-time fields whose first bound value orders lists (then the IRI); empty = creation order (DECISIONS 17).</summary>
    public IReadOnlyList<string> OrderTimeFields { get; init; } = [];

    /// <summary>Date-time fields whose first bound value a list's date range applies to (mapping.md, "List filters").</summary>
    public IReadOnlyList<string> RangeTimeFields { get; init; } = [];

    /// <summary>The field of this name, or null.</summary>
    public VfField? Field(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The stored field written with this predicate, or null.</summary>
    public VfField? FieldByPredicate(Iri predicate) => _byPredicate.GetValueOrDefault(predicate);

    /// <inheritdoc />
    public override string ToString() => Name;
}
