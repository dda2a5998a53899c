using System.Collections;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Lists;

/// <summary>
/// The fields of vf-graphql's <c>*FilterParams</c> inputs as list filters (DECISIONS 17): the GraphQL layer passes the
/// filter object as a dictionary and gets the conditions. <c>ontology/mapping.md</c> prints <see cref="Semantics"/>.
/// </summary>
public static class VfFilterParams
{
    /// <summary>Each filter field name and what it means, in the words mapping.md uses.</summary>
    public static IReadOnlyList<(string Field, string Meaning)> Semantics { get; } =
    [
        ("searchString", "case-insensitive substring of `vf:name` or `vf:note`"),
        ("providerId", "`vf:provider` is one of the ids"),
        ("receiverId", "`vf:receiver` is one of the ids"),
        ("action", "`vf:action` is one of the actions (local names or `vf:` IRIs)"),
        ("resourceClassifiedAs", "`vf:resourceClassifiedAs` has one of the URIs"),
        ("resourceConformsTo", "`vf:resourceConformsTo` is one of the ids"),
        ("classifiedAs", "`vf:classifiedAs` has one of the URIs"),
        ("resourceClassification", "`vf:classifiedAs` has the URI (AgentResourceFilterParams)"),
        ("inScopeOf", "`vf:inScopeOf` is one of the ids"),
        ("roleId", "the relationship's `relationship` is one of the role ids"),
        ("finished", "`vf:finished` equals the value; no value counts as false"),
        ("startDate", "the type's range date (first bound of its range time fields) ≥ startDate (inclusive)"),
        ("endDate", "the type's range date < endDate (exclusive)"),
        ("after", "as startDate (PlanProcessFilterParams)"),
        ("before", "as endDate (PlanProcessFilterParams)"),
        ("active", "proposals in effect now: no `vf:hasBeginning` after now and no `vf:hasEnd` at or before now"),
        ("isOffer", "`vf:purpose vf:offer`, or without a purpose: a published intent names a provider and no receiver"),
        ("isRequest", "`vf:purpose vf:request`, or without a purpose: a published intent names a receiver and no provider"),
        ("page", "ignored: paging is by cursor"),
    ];

    private static readonly Dictionary<string, string> FieldOf = new(StringComparer.Ordinal)
    {
        ["providerId"] = "provider",
        ["receiverId"] = "receiver",
        ["action"] = "action",
        ["resourceClassifiedAs"] = "resourceClassifiedAs",
        ["resourceConformsTo"] = "resourceConformsTo",
        ["classifiedAs"] = "classifiedAs",
        ["resourceClassification"] = "classifiedAs",
        ["inScopeOf"] = "inScopeOf",
        ["roleId"] = "relationship",
    };

    /// <summary>
    /// The filters for a <c>*FilterParams</c> object: values are strings, booleans, <see cref="DateTimeOffset"/>s or
    /// lists of strings (ids, URIs, action names); null values are ignored. Unknown fields → BAD_USER_INPUT.
    /// </summary>
    public static IReadOnlyList<VfListFilter> Build(IReadOnlyDictionary<string, object?> filter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var result = new List<VfListFilter>();
        DateTimeOffset? start = null;
        DateTimeOffset? end = null;
        foreach (var (name, value) in filter)
        {
            if (value is null || name == "page")
            {
                continue;
            }

            switch (name)
            {
                case "searchString":
                    result.Add(new VfTextFilter(Expect<string>(name, value)));
                    break;
                case "finished":
                    result.Add(new VfFlagFilter("finished", Expect<bool>(name, value)));
                    break;
                case "startDate" or "after":
                    start = Expect<DateTimeOffset>(name, value);
                    break;
                case "endDate" or "before":
                    end = Expect<DateTimeOffset>(name, value);
                    break;
                case "active":
                    result.Add(new VfProposalActiveFilter(now, Expect<bool>(name, value)));
                    break;
                case "isOffer" or "isRequest":
                    if (Expect<bool>(name, value))
                    {
                        result.Add(new VfProposalPurposeFilter(name == "isOffer"));
                    }

                    break;
                default:
                    if (!FieldOf.TryGetValue(name, out var field))
                    {
                        throw new VfDomainException(VfErrorCode.BadUserInput, $"Unknown filter field '{name}'.", "filter." + name);
                    }

                    result.Add(new VfFieldFilter(field, Terms(name, field, value)));
                    break;
            }
        }

        if (start is not null || end is not null)
        {
            result.Add(new VfTimeRangeFilter(start, end));
        }

        return result;
    }

    private static T Expect<T>(string name, object value) =>
        value is T typed ? typed : throw new VfDomainException(VfErrorCode.BadUserInput, $"Filter field '{name}' has a value of the wrong type.", "filter." + name);

    private static List<Term> Terms(string name, string field, object value)
    {
        IEnumerable items = value is string one ? new[] { one } : value as IEnumerable
            ?? throw new VfDomainException(VfErrorCode.BadUserInput, $"Filter field '{name}' needs a list.", "filter." + name);
        var terms = new List<Term>();
        foreach (var item in items)
        {
            var text = item as string ?? throw new VfDomainException(VfErrorCode.BadUserInput, $"Filter field '{name}' needs strings.", "filter." + name);

            // Actions may be given by local name (DECISIONS 10); the list normalizes literals of action fields.
            if (field == "action" && !text.Contains(':', StringComparison.Ordinal))
            {
                terms.Add(Literal.Create(text));
                continue;
            }

            if (!IriSyntax.TryValidateAbsolute(text, out _))
            {
                throw new VfDomainException(VfErrorCode.BadUserInput, $"Filter field '{name}': '{text}' is not an absolute IRI.", "filter." + name);
            }

            terms.Add(Iri.CreateUnchecked(text));
        }

        return terms;
    }
}
