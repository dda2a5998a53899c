using ValueFlows.Core.Actions;

namespace ValueFlows.Core.Events;

/// <summary>
/// The rules of recording an <c>vf:EconomicEvent</c>, driven by its action's behaviour (<c>ontology/actions.ttl</c>) and
/// independent of storage: <see cref="Apply"/> validates the event's facts and computes the resulting resource states.
/// docs/vf-effects.md states each rule.
/// </summary>
public static class EventEffects
{
    /// <summary>Validates an event and computes what it changes.</summary>
    /// <exception cref="VfDomainException">A rule is broken; the exception names the input field.</exception>
    public static EventOutcome Apply(EventFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Validate(facts);

        var action = facts.Action;
        var resource = facts.Resource;
        var toResource = facts.ToResource;
        ResourceState? created = null;
        if (facts.NewResource is { } request)
        {
            created = Create(facts, request);
            if (action.CreateResource == CreateResource.Optional)
            {
                resource = created;
            }
            else
            {
                toResource = created;
            }
        }

        if (facts.ResourceQuantity is { } quantity)
        {
            (resource, toResource) = ApplyQuantity(action.AccountingEffect, quantity, resource, toResource, static r => r.AccountingQuantity,
                static (r, q) => r with { AccountingQuantity = q });
            (resource, toResource) = ApplyQuantity(action.OnhandEffect, quantity, resource, toResource, static r => r.OnhandQuantity,
                static (r, q) => r with { OnhandQuantity = q });
        }

        var location = facts.ToLocation ?? facts.AtLocation;
        switch (action.LocationEffect)
        {
            case LocationEffect.Update when resource is not null && location is not null:
                resource = resource with { CurrentLocation = location };
                break;
            case LocationEffect.UpdateTo when toResource is not null && location is not null:
                toResource = toResource with { CurrentLocation = location };
                break;
        }

        switch (action.ContainedEffect)
        {
            case ContainedEffect.Update when resource is not null && toResource is not null:
                resource = resource with { ContainedIn = toResource.Iri };
                break;
            case ContainedEffect.UpdateTo when toResource is not null:
                toResource = toResource with { ContainedIn = resource?.ContainedIn };
                break;
            case ContainedEffect.Remove when resource is not null:
                resource = resource with { ContainedIn = null };
                break;
        }

        if (action.AccountableEffect == AccountableEffect.UpdateTo && toResource is not null)
        {
            toResource = toResource with { PrimaryAccountable = facts.Receiver };
        }

        if (action.StageEffect == StageEffect.Update && resource is not null && facts.OutputOf is { } process)
        {
            resource = resource with { Stage = process.BasedOn };
        }

        if (facts.State is { } state)
        {
            if (action.StateEffect == StateEffect.Update && resource is not null)
            {
                resource = resource with { State = state };
            }
            else if (action.StateEffect == StateEffect.UpdateTo && toResource is not null)
            {
                toResource = toResource with { State = state };
            }
        }

        created = created is null ? null : action.CreateResource == CreateResource.OptionalTo ? toResource : resource;
        return new EventOutcome(resource, toResource, created, ImpliedTransferOf(facts));
    }

    private static ResourceState Create(EventFacts facts, NewResourceRequest request)
    {
        var action = facts.Action;
        var source = action.CreateResource == CreateResource.OptionalTo ? facts.Resource : null;
        var accountable = action.AccountableEffect is AccountableEffect.New or AccountableEffect.UpdateTo
            ? facts.Receiver
            : source?.PrimaryAccountable ?? facts.Provider;
        var location = request.CurrentLocation
            ?? (action.LocationEffect == LocationEffect.NotApplicable ? null : facts.ToLocation ?? facts.AtLocation)
            ?? source?.CurrentLocation;
        return new ResourceState(request.Iri)
        {
            ConformsTo = ConformsToOfNew(facts, request),
            CurrentLocation = location,
            ContainedIn = request.ContainedIn,
            PrimaryAccountable = accountable,
            State = action.StateEffect == StateEffect.NotApplicable ? null : source?.State,
        };
    }

    private static string? ConformsToOfNew(EventFacts facts, NewResourceRequest request) =>
        request.ConformsTo ?? facts.ResourceConformsTo
            ?? (facts.Action.CreateResource == CreateResource.OptionalTo ? facts.Resource?.ConformsTo : null);

    private static (ResourceState? Resource, ResourceState? ToResource) ApplyQuantity(
        QuantityEffect effect,
        Quantity quantity,
        ResourceState? resource,
        ResourceState? toResource,
        Func<ResourceState, Quantity?> get,
        Func<ResourceState, Quantity, ResourceState> set)
    {
        ResourceState Change(ResourceState changed, decimal sign) =>
            set(changed, (get(changed) ?? new Quantity(0m, quantity.Unit)).Add(sign * quantity.Value));

        return effect switch
        {
            QuantityEffect.Increment when resource is not null => (Change(resource, 1m), toResource),
            QuantityEffect.Decrement when resource is not null => (Change(resource, -1m), toResource),
            QuantityEffect.DecrementIncrement =>
                (resource is null ? null : Change(resource, -1m), toResource is null ? null : Change(toResource, 1m)),
            QuantityEffect.IncrementTo when toResource is not null => (resource, Change(toResource, 1m)),
            _ => (resource, toResource),
        };
    }

    private static ImpliedTransfer? ImpliedTransferOf(EventFacts facts)
    {
        var action = facts.Action;
        var rights = action.AccountingEffect != QuantityEffect.NotApplicable;
        var custody = action.OnhandEffect != QuantityEffect.NotApplicable;
        if (action.InputOutput == InputOutput.NotApplicable || facts.ResourceQuantity is not { } quantity || (!rights && !custody)
            || string.Equals(facts.Provider, facts.Receiver, StringComparison.Ordinal))
        {
            return null;
        }

        var resource = facts.Resource?.Iri ?? (action.CreateResource == CreateResource.Optional ? facts.NewResource?.Iri : null);
        var conformsTo = facts.Resource?.ConformsTo ?? facts.ResourceConformsTo ?? facts.NewResource?.ConformsTo;
        return new ImpliedTransfer(facts.Provider, facts.Receiver, quantity, resource, conformsTo, rights, custody);
    }

    private static void Validate(EventFacts facts)
    {
        var action = facts.Action;
        Require(!string.IsNullOrWhiteSpace(facts.Provider), EventFields.Provider, "An event needs a provider.");
        Require(!string.IsNullOrWhiteSpace(facts.Receiver), EventFields.Receiver, "An event needs a receiver.");
        CheckQuantity(facts.ResourceQuantity, EventFields.ResourceQuantityValue, EventFields.ResourceQuantityUnit);
        CheckQuantity(facts.EffortQuantity, EventFields.EffortQuantityValue, EventFields.EffortQuantityUnit);
        switch (action.EventQuantity)
        {
            case EventQuantityKind.Resource:
                Require(facts.ResourceQuantity is not null, EventFields.ResourceQuantity, $"A {action.Id} event needs a resourceQuantity.");
                break;
            case EventQuantityKind.Effort:
                Require(facts.EffortQuantity is not null, EventFields.EffortQuantity, $"A {action.Id} event needs an effortQuantity.");
                break;
            case EventQuantityKind.Both:
                Require(facts.ResourceQuantity is not null || facts.EffortQuantity is not null, EventFields.EffortQuantity,
                    $"A {action.Id} event needs an effortQuantity, a resourceQuantity, or both.");
                break;
        }

        Require(facts.InputOf is null || action.InputOutput is InputOutput.Input or InputOutput.OutputInput, EventFields.InputOf,
            $"A {action.Id} event cannot be a process input (its inputOutput is {VfActionTerms.LocalName(action.InputOutput)}).");
        Require(facts.OutputOf is null || action.InputOutput is InputOutput.Output or InputOutput.OutputInput, EventFields.OutputOf,
            $"A {action.Id} event cannot be a process output (its inputOutput is {VfActionTerms.LocalName(action.InputOutput)}).");

        ValidateResources(facts);
        if (facts.ResourceQuantity is { } quantity)
        {
            CheckUnit(quantity, facts.Resource, EventFields.ResourceQuantityUnit);
            if (action.ContainedEffect != ContainedEffect.Update)
            {
                // combine's "to" resource is the container: it is counted in its own unit.
                CheckUnit(quantity, facts.ToResource, EventFields.ResourceQuantityUnit);
            }
        }
    }

    private static void ValidateResources(EventFacts facts)
    {
        var action = facts.Action;
        var combines = action.ContainedEffect == ContainedEffect.Update;
        Require(facts.ToResource is null || action.HasToSide || combines, EventFields.ToResourceInventoriedAs,
            $"A {action.Id} event has no receiving resource; leave toResourceInventoriedAs out.");
        Require(facts.ToResource is null || facts.Resource is null || facts.Resource.Iri != facts.ToResource.Iri,
            EventFields.ToResourceInventoriedAs, "toResourceInventoriedAs must be another resource than resourceInventoriedAs.");

        if (facts.NewResource is { } request)
        {
            Require(action.CreateResource != CreateResource.NotApplicable, EventFields.NewInventoriedResource,
                $"A {action.Id} event cannot create a resource.");
            Require(action.CreateResource != CreateResource.Optional || facts.Resource is null, EventFields.NewInventoriedResource,
                "The event names resourceInventoriedAs already; it cannot also create it.");
            Require(action.CreateResource != CreateResource.OptionalTo || facts.ToResource is null, EventFields.NewInventoriedResource,
                "The event names toResourceInventoriedAs already; it cannot also create it.");
            Require(!string.IsNullOrWhiteSpace(request.Iri), EventFields.NewInventoriedResource, "The new resource needs an IRI.");
            Require(ConformsToOfNew(facts, request) is not null, EventFields.ResourceConformsTo,
                "A new resource needs a resource specification: give the event a resourceConformsTo.");
        }

        // accept/modify and pickup/dropoff work on one identified resource that enters and leaves a process,
        // combine/separate put that resource into or out of a container: without the resource they mean nothing.
        Require(facts.Resource is not null || (action.PairsWith is null && action.ContainedEffect == ContainedEffect.NotApplicable),
            EventFields.ResourceInventoriedAs, $"A {action.Id} event needs the resource it acts on (resourceInventoriedAs).");
        Require(!combines || facts.ToResource is not null, EventFields.ToResourceInventoriedAs,
            $"A {action.Id} event needs the container resource (toResourceInventoriedAs).");

        if (facts.ResourceQuantity is not null && action.EventQuantity != EventQuantityKind.Effort)
        {
            Require(facts.Resource is not null || facts.ToResource is not null || facts.NewResource is not null
                || facts.ResourceConformsTo is not null, EventFields.ResourceConformsTo,
                $"A {action.Id} event must say what flows: resourceInventoriedAs or resourceConformsTo.");
        }

        var conformsTo = facts.ResourceConformsTo;
        if (conformsTo is not null && facts.Resource?.ConformsTo is { } resourceSpec)
        {
            Require(conformsTo == resourceSpec, EventFields.ResourceConformsTo,
                $"resourceConformsTo <{conformsTo}> differs from the resource's specification <{resourceSpec}>.");
        }

        var kind = conformsTo ?? facts.Resource?.ConformsTo;
        if (kind is not null && !combines && facts.ToResource?.ConformsTo is { } toSpec)
        {
            Require(kind == toSpec, EventFields.ToResourceInventoriedAs,
                $"toResourceInventoriedAs conforms to <{toSpec}>, not to <{kind}> like the flow.");
        }
    }

    private static void CheckQuantity(Quantity? quantity, string valueField, string unitField)
    {
        if (quantity is { } q)
        {
            Require(q.Value >= 0m, valueField, "A quantity cannot be negative; record the opposite action instead.");
            Require(!string.IsNullOrWhiteSpace(q.Unit), unitField, "A quantity needs a unit.");
        }
    }

    private static void CheckUnit(Quantity quantity, ResourceState? resource, string field)
    {
        if (resource is null)
        {
            return;
        }

        foreach (var existing in new[] { resource.AccountingQuantity, resource.OnhandQuantity })
        {
            if (existing is { } q && !string.Equals(q.Unit, quantity.Unit, StringComparison.Ordinal))
            {
                throw new VfDomainException(VfErrorCode.BadUserInput,
                    $"The event's unit <{quantity.Unit}> differs from the unit <{q.Unit}> of resource <{resource.Iri}>.", field);
            }
        }
    }

    private static void Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            throw new VfDomainException(VfErrorCode.BadUserInput, message, field);
        }
    }
}
