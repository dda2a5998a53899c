using ValueFlows.Rdf;

namespace ValueFlows.Core.Actions;

/// <summary>
/// A ValueFlows action and its behaviour, as <c>ontology/actions.ttl</c> states it (derived from VF 1.0's <c>vf.ttl</c>).
/// </summary>
/// <param name="Id">The VF local name (<c>produce</c>, <c>deliverService</c>…), which is also vf-graphql's <c>Action.id</c> and <c>label</c> (DECISIONS 10).</param>
/// <param name="Iri">The VF 1.0 IRI of the action.</param>
/// <param name="Label">The ontology's English label (<c>rdfs:label</c>; <c>separate</c> is labelled "unpack").</param>
/// <param name="Comment">The ontology's English definition.</param>
/// <param name="InputOutput">Whether the flow can be a process input or output.</param>
/// <param name="PairsWith">The local name of the complementary action (<c>accept</c>/<c>modify</c>, <c>pickup</c>/<c>dropoff</c>), or null.</param>
/// <param name="CreateResource">Whether an event may create a resource, and which side.</param>
/// <param name="EventQuantity">Which quantity an event carries.</param>
/// <param name="AccountingEffect">The effect on accounting quantities.</param>
/// <param name="OnhandEffect">The effect on onhand quantities.</param>
/// <param name="LocationEffect">The effect on <c>currentLocation</c>.</param>
/// <param name="ContainedEffect">The effect on <c>containedIn</c>.</param>
/// <param name="AccountableEffect">The effect on <c>primaryAccountable</c>.</param>
/// <param name="StageEffect">The effect on <c>stage</c>.</param>
/// <param name="StateEffect">The effect on <c>state</c>.</param>
public sealed record VfAction(
    string Id,
    Iri Iri,
    string Label,
    string Comment,
    InputOutput InputOutput,
    string? PairsWith,
    CreateResource CreateResource,
    EventQuantityKind EventQuantity,
    QuantityEffect AccountingEffect,
    QuantityEffect OnhandEffect,
    LocationEffect LocationEffect,
    ContainedEffect ContainedEffect,
    AccountableEffect AccountableEffect,
    StageEffect StageEffect,
    StateEffect StateEffect)
{
    /// <summary>True when an event with this action names a receiving ("to") resource.</summary>
    public bool HasToSide =>
        AccountingEffect is QuantityEffect.DecrementIncrement or QuantityEffect.IncrementTo
        || OnhandEffect is QuantityEffect.DecrementIncrement or QuantityEffect.IncrementTo
        || CreateResource == CreateResource.OptionalTo
        || LocationEffect == LocationEffect.UpdateTo
        || AccountableEffect == AccountableEffect.UpdateTo
        || StateEffect == StateEffect.UpdateTo
        || ContainedEffect == ContainedEffect.UpdateTo;

    /// <summary>True when the action moves something from the provider's resource to the receiver's (a transfer or move).</summary>
    public bool IsTransfer =>
        AccountingEffect == QuantityEffect.DecrementIncrement || OnhandEffect == QuantityEffect.DecrementIncrement;

    /// <inheritdoc />
    public override string ToString() => Id;
}
