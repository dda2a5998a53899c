using System.Collections.Frozen;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Actions;

/// <summary>
/// The actions a server knows, read from <c>ontology/actions.ttl</c> (embedded in this assembly), so behaviour is data
/// as the VF spec intends. Actions are found by VF local name (<c>produce</c>) or full VF IRI (DECISIONS 10).
/// </summary>
public sealed class ActionCatalog
{
    /// <summary>The logical name of the embedded <c>ontology/actions.ttl</c>.</summary>
    public const string ResourceName = "ValueFlows.Core.ontology.actions.ttl";

    private static readonly Lazy<ActionCatalog> s_standard = new(LoadStandard);

    private readonly FrozenDictionary<string, VfAction> _byId;

    private ActionCatalog(IEnumerable<VfAction> actions, IReadOnlyList<Quad> quads)
    {
        Quads = quads;
        _byId = actions.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        All = [.. _byId.Values.OrderBy(a => a.Id, StringComparer.Ordinal)];
    }

    /// <summary>The 19 standard VF actions.</summary>
    public static ActionCatalog Standard => s_standard.Value;

    /// <summary>Every action, ordered by local name.</summary>
    public IReadOnlyList<VfAction> All { get; }

    /// <summary>The triples the catalog was read from, to preload so SPARQL can join events with their action's behaviour.</summary>
    public IReadOnlyList<Quad> Quads { get; }

    /// <summary>Reads a catalog from Turtle that describes actions as <c>ontology/actions.ttl</c> does.</summary>
    /// <exception cref="InvalidDataException">An action lacks a behaviour property or has a value VF does not define.</exception>
    public static ActionCatalog Load(Stream turtle)
    {
        using var reader = RdfFormats.Turtle.CreateReader(turtle);
        var bySubject = new Dictionary<Term, Dictionary<string, Term>>();
        var actions = new List<Term>();
        var quads = reader.ReadAll().ToList();
        foreach (var quad in quads)
        {
            if (!bySubject.TryGetValue(quad.Subject, out var properties))
            {
                properties = new Dictionary<string, Term>(StringComparer.Ordinal);
                bySubject.Add(quad.Subject, properties);
            }

            if (quad.Predicate == RdfVocabulary.Type && quad.Object is Iri type && type.Value == VfNamespaces.Vf + "Action")
            {
                actions.Add(quad.Subject);
            }
            else
            {
                properties[quad.Predicate.Value] = quad.Object;
            }
        }

        return new ActionCatalog(actions.Select(subject => ReadAction(subject, bySubject[subject])), quads);
    }

    /// <summary>Finds an action by VF local name or full VF IRI.</summary>
    public bool TryGet(string idOrIri, out VfAction action) =>
        _byId.TryGetValue(VfActionTerms.LocalPart(idOrIri), out action!);

    /// <summary>Finds an action by VF local name or full VF IRI, or refuses the input naming <paramref name="field"/>.</summary>
    /// <exception cref="VfDomainException">No such action (<see cref="VfErrorCode.BadUserInput"/>).</exception>
    public VfAction Get(string idOrIri, string field = "action") =>
        TryGet(idOrIri, out var action)
            ? action
            : throw new VfDomainException(VfErrorCode.BadUserInput, $"'{idOrIri}' is not a ValueFlows action.", field);

    private static ActionCatalog LoadStandard()
    {
        using var stream = typeof(ActionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded resource " + ResourceName + " is missing.");
        return Load(stream);
    }

    private static VfAction ReadAction(Term subject, Dictionary<string, Term> properties)
    {
        if (subject is not Iri iri || !iri.Value.StartsWith(VfNamespaces.Vf, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Action {subject} is not in the VF namespace.");
        }

        var id = iri.Value[VfNamespaces.Vf.Length..];
        var pairsWith = Value(id, properties, "pairsWith");
        return new VfAction(
            id,
            iri,
            Text(id, properties, "http://www.w3.org/2000/01/rdf-schema#label"),
            Text(id, properties, "http://www.w3.org/2000/01/rdf-schema#comment"),
            Parse<InputOutput>(id, properties, "inputOutput", VfActionTerms.TryParse),
            pairsWith == "notApplicable" ? null : pairsWith,
            Parse<CreateResource>(id, properties, "createResource", VfActionTerms.TryParse),
            Parse<EventQuantityKind>(id, properties, "eventQuantity", VfActionTerms.TryParse),
            Parse<QuantityEffect>(id, properties, "accountingEffect", VfActionTerms.TryParseQuantityEffect),
            Parse<QuantityEffect>(id, properties, "onhandEffect", VfActionTerms.TryParseQuantityEffect),
            Parse<LocationEffect>(id, properties, "locationEffect", VfActionTerms.TryParse),
            Parse<ContainedEffect>(id, properties, "containedEffect", VfActionTerms.TryParse),
            Parse<AccountableEffect>(id, properties, "accountableEffect", VfActionTerms.TryParse),
            Parse<StageEffect>(id, properties, "stageEffect", VfActionTerms.TryParse),
            Parse<StateEffect>(id, properties, "stateEffect", VfActionTerms.TryParse));
    }

    private delegate bool TryParser<T>(string text, out T value);

    private static T Parse<T>(string action, Dictionary<string, Term> properties, string property, TryParser<T> parse)
    {
        var value = Value(action, properties, property);
        return parse(value, out var parsed)
            ? parsed
            : throw new InvalidDataException($"Action {action}: vf:{property} vf:{value} is not a value VF defines for it.");
    }

    private static string Value(string action, Dictionary<string, Term> properties, string property) =>
        properties.TryGetValue(VfNamespaces.Vf + property, out var term) && term is Iri value
            && value.Value.StartsWith(VfNamespaces.Vf, StringComparison.Ordinal)
            ? value.Value[VfNamespaces.Vf.Length..]
            : throw new InvalidDataException($"Action {action} has no vf:{property} in the VF namespace.");

    private static string Text(string action, Dictionary<string, Term> properties, string property) =>
        properties.TryGetValue(property, out var term) && term is Literal text
            ? text.Value
            : throw new InvalidDataException($"Action {action} has no <{property}> literal.");
}
