using ValueFlows.Rdf;

namespace ValueFlows.Core.Lists;

/// <summary>One condition of a list (the semantics of each <c>*FilterParams</c> field: mapping.md, "List filters").</summary>
public abstract record VfListFilter
{
    private protected VfListFilter()
    {
    }
}

/// <summary>The record's <see cref="Field"/> has one of <see cref="AnyOf"/> (e.g. <c>providerId</c>, <c>action</c>, inverse connections).</summary>
public sealed record VfFieldFilter(string Field, IReadOnlyList<Term> AnyOf) : VfListFilter;

/// <summary>The boolean <see cref="Field"/> equals <see cref="Value"/>; a missing value counts as false (<c>finished</c>).</summary>
public sealed record VfFlagFilter(string Field, bool Value) : VfListFilter;

/// <summary><c>searchString</c>: a case-insensitive substring of the record's name or note.</summary>
public sealed record VfTextFilter(string Text) : VfListFilter;

/// <summary>
/// <c>startDate</c>/<c>endDate</c>: the first bound of the type's range time fields is ≥ <see cref="Start"/> (inclusive)
/// and &lt; <see cref="End"/> (exclusive); records without one are left out.
/// </summary>
public sealed record VfTimeRangeFilter(DateTimeOffset? Start, DateTimeOffset? End) : VfListFilter;

/// <summary>Proposals in effect at <see cref="Now"/> (no beginning after it, no end at or before it), or not (<see cref="Active"/> false).</summary>
public sealed record VfProposalActiveFilter(DateTimeOffset Now, bool Active) : VfListFilter;

/// <summary>
/// Offers (<see cref="Offer"/> true) or requests: <c>vf:purpose</c> when present, else which side the published
/// primary intents leave open (an offer names a provider and no receiver; DECISIONS 12).
/// </summary>
public sealed record VfProposalPurposeFilter(bool Offer) : VfListFilter;
