using System.Collections.Frozen;
using ValueFlows.Core.Vocabulary;

namespace ValueFlows.Core.Actions;

/// <summary>
/// The VF 1.0 individuals that name action behaviour (<c>vf:increment</c>, <c>vf:updateTo</c>…) and the names vf-graphql
/// prints for them: its <c>resourceEffect</c>/<c>onhandEffect</c> write <c>vf:notApplicable</c> as <c>noEffect</c> (DECISIONS 10).
/// </summary>
public static class VfActionTerms
{
    private const string NotApplicable = "notApplicable";

    private static readonly FrozenDictionary<string, InputOutput> s_inputOutput = new Dictionary<string, InputOutput>
    {
        [NotApplicable] = InputOutput.NotApplicable,
        ["input"] = InputOutput.Input,
        ["output"] = InputOutput.Output,
        ["outputInput"] = InputOutput.OutputInput,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, CreateResource> s_createResource = new Dictionary<string, CreateResource>
    {
        [NotApplicable] = CreateResource.NotApplicable,
        ["optional"] = CreateResource.Optional,
        ["optionalTo"] = CreateResource.OptionalTo,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, EventQuantityKind> s_eventQuantity = new Dictionary<string, EventQuantityKind>
    {
        ["resource"] = EventQuantityKind.Resource,
        ["effort"] = EventQuantityKind.Effort,
        ["both"] = EventQuantityKind.Both,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, QuantityEffect> s_quantityEffect = new Dictionary<string, QuantityEffect>
    {
        [NotApplicable] = QuantityEffect.NotApplicable,
        ["noEffect"] = QuantityEffect.NotApplicable,
        ["increment"] = QuantityEffect.Increment,
        ["decrement"] = QuantityEffect.Decrement,
        ["decrementIncrement"] = QuantityEffect.DecrementIncrement,
        ["incrementTo"] = QuantityEffect.IncrementTo,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, LocationEffect> s_locationEffect = new Dictionary<string, LocationEffect>
    {
        [NotApplicable] = LocationEffect.NotApplicable,
        ["new"] = LocationEffect.New,
        ["update"] = LocationEffect.Update,
        ["updateTo"] = LocationEffect.UpdateTo,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ContainedEffect> s_containedEffect = new Dictionary<string, ContainedEffect>
    {
        [NotApplicable] = ContainedEffect.NotApplicable,
        ["update"] = ContainedEffect.Update,
        ["updateTo"] = ContainedEffect.UpdateTo,
        ["remove"] = ContainedEffect.Remove,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, AccountableEffect> s_accountableEffect = new Dictionary<string, AccountableEffect>
    {
        [NotApplicable] = AccountableEffect.NotApplicable,
        ["new"] = AccountableEffect.New,
        ["updateTo"] = AccountableEffect.UpdateTo,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, StageEffect> s_stageEffect = new Dictionary<string, StageEffect>
    {
        [NotApplicable] = StageEffect.NotApplicable,
        ["update"] = StageEffect.Update,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, StateEffect> s_stateEffect = new Dictionary<string, StateEffect>
    {
        [NotApplicable] = StateEffect.NotApplicable,
        ["update"] = StateEffect.Update,
        ["updateTo"] = StateEffect.UpdateTo,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The VF local name of a value (<c>notApplicable</c>, <c>input</c>…).</summary>
    public static string LocalName(InputOutput value) => NameOf(s_inputOutput, value);

    /// <summary>The VF local name of a value.</summary>
    public static string LocalName(CreateResource value) => NameOf(s_createResource, value);

    /// <summary>The VF local name of a value.</summary>
    public static string LocalName(EventQuantityKind value) => NameOf(s_eventQuantity, value);

    /// <summary>The VF 1.0 local name of a value (<c>notApplicable</c> for no effect).</summary>
    public static string LocalName(QuantityEffect value) => NameOf(s_quantityEffect, value);

    /// <summary>The VF local name of a value.</summary>
    public static string LocalName(LocationEffect value) => NameOf(s_locationEffect, value);

    /// <summary>The VF local name of a value.</summary>
    public static string LocalName(ContainedEffect value) => NameOf(s_containedEffect, value);

    /// <summary>The VF local name of a value.</summary>
    public static string LocalName(AccountableEffect value) => NameOf(s_accountableEffect, value);

    /// <summary>The VF local name of a value.</summary>
    public static string LocalName(StageEffect value) => NameOf(s_stageEffect, value);

    /// <summary>The VF local name of a value.</summary>
    public static string LocalName(StateEffect value) => NameOf(s_stateEffect, value);

    /// <summary>The name vf-graphql prints in <c>Action.resourceEffect</c>/<c>onhandEffect</c>: <c>noEffect</c> for no effect.</summary>
    public static string GraphQlName(QuantityEffect value) =>
        value == QuantityEffect.NotApplicable ? "noEffect" : LocalName(value);

    /// <summary>Reads a quantity effect from its VF local name, vf-graphql's <c>noEffect</c>, or the full VF IRI.</summary>
    public static bool TryParseQuantityEffect(string text, out QuantityEffect value) => s_quantityEffect.TryGetValue(LocalPart(text), out value);

    internal static bool TryParse(string text, out InputOutput value) => s_inputOutput.TryGetValue(LocalPart(text), out value);

    internal static bool TryParse(string text, out CreateResource value) => s_createResource.TryGetValue(LocalPart(text), out value);

    internal static bool TryParse(string text, out EventQuantityKind value) => s_eventQuantity.TryGetValue(LocalPart(text), out value);

    internal static bool TryParse(string text, out LocationEffect value) => s_locationEffect.TryGetValue(LocalPart(text), out value);

    internal static bool TryParse(string text, out ContainedEffect value) => s_containedEffect.TryGetValue(LocalPart(text), out value);

    internal static bool TryParse(string text, out AccountableEffect value) => s_accountableEffect.TryGetValue(LocalPart(text), out value);

    internal static bool TryParse(string text, out StageEffect value) => s_stageEffect.TryGetValue(LocalPart(text), out value);

    internal static bool TryParse(string text, out StateEffect value) => s_stateEffect.TryGetValue(LocalPart(text), out value);

    /// <summary>The local name of a VF 1.0 IRI, or the text itself when it is not one.</summary>
    internal static string LocalPart(string text) =>
        text.StartsWith(VfNamespaces.Vf, StringComparison.Ordinal) ? text[VfNamespaces.Vf.Length..] : text;

    private static string NameOf<T>(FrozenDictionary<string, T> table, T value)
        where T : struct, Enum
    {
        foreach (var (name, v) in table)
        {
            if (EqualityComparer<T>.Default.Equals(v, value) && name != "noEffect")
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "Not a VF value of " + typeof(T).Name + ".");
    }
}
