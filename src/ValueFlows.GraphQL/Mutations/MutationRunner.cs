using ValueFlows.Core;
using ValueFlows.Core.Events;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Mutations;

/// <summary>
/// Runs one vf-graphql mutation field against a ledger, in one transaction (DECISIONS 6): reads its arguments into
/// Core inputs, writes, commits, and says which records the payload returns. Domain errors name the input path as the
/// schema spells it (<c>commitment.provider</c>, <c>event.resourceQuantity.hasUnit</c>); nothing is written then.
/// </summary>
internal static class MutationRunner
{
    private const string NewInventoriedResource = "newInventoriedResource";

    /// <summary>Runs <paramref name="field"/> with the field's <paramref name="arguments"/>.</summary>
    /// <exception cref="VfDomainException">A rule is broken, a record is missing or a revision is stale.</exception>
    public static MutationOutcome Run(MutationField field, IReadOnlyDictionary<string, object?> arguments, VfLedger ledger, EventRecorder recorder)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(recorder);
        using var write = ledger.BeginWrite();
        Dictionary<string, Iri?> records;
        try
        {
            records = field.Kind switch
            {
                MutationKind.Create => Payload(field, write.Create(field.Type, Params(field, arguments, creating: true))),
                MutationKind.Update => Payload(field, Update(field, arguments, write)),
                MutationKind.Delete => Delete(field, arguments, write),
                MutationKind.DeleteById => DeleteById(field, arguments, write),
                MutationKind.RecordEvent => RecordEvent(field, arguments, write, recorder),
                MutationKind.Link => Payload(field, write.Create(field.Type, LinkInput(field, arguments))),
                _ => throw new InvalidOperationException($"Unknown mutation kind {field.Kind}."),
            };
        }
        catch (VfDomainException e) when (WithPath(field, e) is { } located)
        {
            throw located;
        }

        return new MutationOutcome(write.Commit().Sequence, records);
    }

    private static Dictionary<string, Iri?> Payload(MutationField field, Iri id) => new(StringComparer.Ordinal) { [field.PayloadField!] = id };

    private static VfInput Params(MutationField field, IReadOnlyDictionary<string, object?> arguments, bool creating) =>
        MutationInputReader.Read(field.Type, ParamsObject(field, arguments), field.Argument, creating);

    private static IReadOnlyDictionary<string, object?> ParamsObject(MutationField field, IReadOnlyDictionary<string, object?> arguments) =>
        MutationInputReader.Object(arguments.GetValueOrDefault(field.Argument), field.Argument);

    private static Iri Update(MutationField field, IReadOnlyDictionary<string, object?> arguments, VfWriteContext write)
    {
        var fields = ParamsObject(field, arguments);
        var revisionId = MutationInputReader.RevisionId(fields, field.Argument);
        var (id, _) = VfRevisionId.Parse(revisionId, MutationInputReader.Join(field.Argument, MutationInputReader.RevisionIdField));
        if (write.Get(id) is { } current && current.Type != field.Type)
        {
            throw new VfDomainException(
                VfErrorCode.BadUserInput, $"{revisionId} is a revision of a {current.Type.Name}, not of a {field.Type.Name}.", MutationInputReader.RevisionIdField);
        }

        return write.Update(revisionId, MutationInputReader.Read(field.Type, fields, field.Argument, creating: false));
    }

    private static Dictionary<string, Iri?> Delete(MutationField field, IReadOnlyDictionary<string, object?> arguments, VfWriteContext write)
    {
        var revisionId = arguments.GetValueOrDefault(field.Argument) as string
            ?? throw new VfDomainException(VfErrorCode.BadUserInput, "A delete needs the revisionId of the record as read.", field.Argument);
        var (id, _) = VfRevisionId.Parse(revisionId, field.Argument);
        RequireType(field, write, id);
        write.Delete(revisionId);
        return [];
    }

    private static Dictionary<string, Iri?> DeleteById(MutationField field, IReadOnlyDictionary<string, object?> arguments, VfWriteContext write)
    {
        var id = MutationInputReader.Id(arguments.GetValueOrDefault(field.Argument), field.Argument);
        RequireType(field, write, id);
        write.DeleteById(id);
        return [];
    }

    // deleteIntent must not delete a Plan because the caller passed a plan's revision.
    private static void RequireType(MutationField field, VfWriteContext write, Iri id)
    {
        var current = write.Get(id) ?? throw new VfDomainException(VfErrorCode.NotFound, $"No {field.Type.Name} {id.Value}.", field.Argument);
        if (current.Type != field.Type)
        {
            throw new VfDomainException(VfErrorCode.BadUserInput, $"{id.Value} is a {current.Type.Name}, not a {field.Type.Name}.", field.Argument);
        }
    }

    private static Dictionary<string, Iri?> RecordEvent(
        MutationField field, IReadOnlyDictionary<string, object?> arguments, VfWriteContext write, EventRecorder recorder)
    {
        var @event = Params(field, arguments, creating: true);
        VfInput? newResource = null;
        if (arguments.GetValueOrDefault(NewInventoriedResource) is { } resourceParams)
        {
            newResource = MutationInputReader.Read(
                VfModel.Get("EconomicResource"), MutationInputReader.Object(resourceParams, NewInventoriedResource), NewInventoriedResource, creating: true);
        }

        var written = recorder.Record(write, @event, newResource);

        // The payload's economicResource: the resource the event created, else the one it names (changed or not).
        var resource = written.NewResource
            ?? FirstIri(@event, "resourceInventoriedAs")
            ?? FirstIri(@event, "toResourceInventoriedAs");
        return new(StringComparer.Ordinal) { ["economicEvent"] = written.Event, ["economicResource"] = resource };
    }

    private static Iri? FirstIri(VfInput input, string field) =>
        input.Values.GetValueOrDefault(field)?.OfType<VfTermValue>().Select(v => v.Term).OfType<Iri>().FirstOrDefault();

    private static VfInput LinkInput(MutationField field, IReadOnlyDictionary<string, object?> arguments)
    {
        var input = new VfInput();
        foreach (var (name, value) in arguments)
        {
            var target = field.Type.Field(name)
                ?? throw new VfDomainException(VfErrorCode.BadUserInput, $"{field.Name} has no argument '{name}'.", name);
            if (value is null)
            {
                continue;
            }

            input.Set(name, target.Shape == VfValueShape.Boolean
                ? VfValue.Of(value is bool b ? b : throw new VfDomainException(VfErrorCode.BadUserInput, $"'{name}' needs a Boolean.", name))
                : VfValue.Of(MutationInputReader.Id(value, name)));
        }

        return input;
    }

    // Core names the record field ("provider"); clients need the input path of the argument ("commitment.provider").
    private static VfDomainException? WithPath(MutationField field, VfDomainException error)
    {
        if (error.Field is not { } name || field.Kind is MutationKind.Link || field.Argument.Length == 0)
        {
            return null;
        }

        if (field.Kind is MutationKind.Delete or MutationKind.DeleteById)
        {
            return name == field.Argument ? null : new VfDomainException(error.Code, error.Message, field.Argument);
        }

        bool located = name == field.Argument || name.StartsWith(field.Argument + ".", StringComparison.Ordinal)
            || name.StartsWith(NewInventoriedResource, StringComparison.Ordinal);
        return located ? null : new VfDomainException(error.Code, error.Message, MutationInputReader.Join(field.Argument, name));
    }
}
