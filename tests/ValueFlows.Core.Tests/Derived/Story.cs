using ValueFlows.Core.Events;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.Core.Tests.Derived;

/// <summary>A ledger in memory and the words to tell a VF story with it: agents, specifications, processes and events.</summary>
internal sealed class Story : IDisposable
{
    public static readonly Iri Kilogram = Iri.Create(VfNamespaces.Om2 + "kilogram");
    public static readonly Iri Litre = Iri.Create(VfNamespaces.Om2 + "litre");
    public static readonly Iri Hour = Iri.Create(VfNamespaces.Om2 + "hour");
    public static readonly Iri Euro = Iri.Create(VfNamespaces.Om2 + "euro");
    public static readonly Iri One = Iri.Create(VfNamespaces.Om2 + "one");

    private readonly QuadStore _store = QuadStore.CreateInMemory();

    public Story()
    {
        Ledger = new VfLedger(_store, "https://crew.example/");
        Recorder = new EventRecorder(Ledger);
    }

    public VfLedger Ledger { get; }

    public EventRecorder Recorder { get; }

    /// <summary>The time events get unless told otherwise.</summary>
    public DateTimeOffset Now { get; set; } = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Day(int month, int day) => new(2026, month, day, 12, 0, 0, TimeSpan.Zero);

    public Iri Person(string name) => Create("Person", ("name", VfValue.Of(name)));

    public Iri Spec(string name) => Create("ResourceSpecification", ("name", VfValue.Of(name)));

    public Iri Process(string name, params (string Field, VfValue Value)[] more) => Create("Process", [("name", VfValue.Of(name)), .. more]);

    public Iri Create(string type, params (string Field, VfValue Value)[] fields)
    {
        var input = new VfInput();
        foreach (var (field, value) in fields)
        {
            input.Set(field, value);
        }

        return Ledger.Create(VfModel.Get(type), input).Id;
    }

    /// <summary>Records an event of <paramref name="action"/>; <paramref name="fields"/> are event fields (measures, IRIs…).</summary>
    public RecordedEvent Event(string action, Iri provider, Iri receiver, params (string Field, VfValue Value)[] fields) =>
        Record(action, provider, receiver, null, fields);

    /// <summary>As <see cref="Event"/>, creating the event's new resource named <paramref name="newResource"/>.</summary>
    public RecordedEvent EventWithNew(string action, Iri provider, Iri receiver, string newResource, params (string Field, VfValue Value)[] fields) =>
        Record(action, provider, receiver, new VfInput().Set("name", VfValue.Of(newResource)), fields);

    /// <summary>A new resource of <paramref name="spec"/> raised to <paramref name="amount"/> for <paramref name="agent"/>.</summary>
    public Iri Raise(Iri agent, Iri spec, decimal amount, Iri unit, string name = "stock") =>
        EventWithNew("raise", agent, agent, name, ("resourceConformsTo", VfValue.Of(spec)), ("resourceQuantity", new VfMeasure(amount, unit)))
            .NewInventoriedResource!.Id;

    public VfReadContext Read() => Ledger.OpenRead();

    public VfRecord Get(Iri id)
    {
        using var read = Read();
        return read.Get(id) ?? throw new InvalidOperationException($"No record {id}.");
    }

    public void Dispose() => _store.Dispose();

    private RecordedEvent Record(string action, Iri provider, Iri receiver, VfInput? newResource, (string Field, VfValue Value)[] fields)
    {
        var input = new VfInput()
            .Set("action", VfValue.Of(action))
            .Set("provider", VfValue.Of(provider))
            .Set("receiver", VfValue.Of(receiver))
            .Set("hasPointInTime", VfValue.Of(Now));
        foreach (var (field, value) in fields)
        {
            input.Set(field, value);
        }

        Now = Now.AddMinutes(1);
        return Recorder.Record(input, newResource);
    }
}

/// <summary>Short field values for stories.</summary>
internal static class Field
{
    public static (string, VfValue) Of(string field, Iri value) => (field, VfValue.Of(value));

    public static (string, VfValue) Quantity(decimal amount, Iri unit) => ("resourceQuantity", new VfMeasure(amount, unit));

    public static (string, VfValue) Effort(decimal amount, Iri unit) => ("effortQuantity", new VfMeasure(amount, unit));

    public static (string, VfValue) At(DateTimeOffset time) => ("hasPointInTime", VfValue.Of(time));
}
