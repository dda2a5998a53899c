using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.Core.Tests.Records;

/// <summary>A ledger over an in-memory store, and records of every type with every writable field filled.</summary>
internal sealed class SampleRecords : IDisposable
{
    public const string Base = "https://coop.example/";
    public static readonly Iri Kilogram = Iri.Create(VfNamespaces.Om2 + "kilogram");
    private readonly Dictionary<string, Iri> _minimal = new(StringComparer.Ordinal);

    public SampleRecords()
    {
        Store = QuadStore.CreateInMemory();
        Ledger = new VfLedger(Store, Base);
    }

    public QuadStore Store { get; }

    public VfLedger Ledger { get; }

    /// <summary>A record of <paramref name="typeName"/> with only its required fields, created once.</summary>
    public Iri Minimal(string typeName)
    {
        if (!_minimal.TryGetValue(typeName, out var id))
        {
            var type = VfModel.Get(typeName);
            var input = new VfInput();
            foreach (var field in type.Fields.Where(f => f.Required))
            {
                input.Set(field.Name, SampleValues(field, list: false));
            }

            _minimal[typeName] = id = Ledger.Create(type, input).Id;
        }

        return id;
    }

    /// <summary>An input that sets every field a client may write.</summary>
    public VfInput Full(VfRecordType type)
    {
        var input = new VfInput();
        foreach (var field in type.Fields.Where(f => !f.IsInverse && !f.Internal))
        {
            input.Set(field.Name, SampleValues(field, list: field.IsList));
        }

        return input;
    }

    public VfValue[] SampleValues(VfField field, bool list)
    {
        VfValue one = field.Shape switch
        {
            VfValueShape.Reference => VfValue.Of(field.Targets is { } t ? Minimal(t[0]) : Iri.Create("https://scope.example/x")),
            VfValueShape.Action => VfValue.Of(Iri.Create(VfNamespaces.Vf + "produce")),
            VfValueShape.Uri => VfValue.Of(Iri.Create("https://tax.example/" + field.Name)),
            VfValueShape.String => VfValue.Of("a " + field.Name),
            VfValueShape.Boolean => VfValue.Of(true),
            VfValueShape.Decimal => VfValue.Of(12.5m),
            VfValueShape.DateTime => VfValue.Of(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)),
            VfValueShape.AnyUri => VfValue.Of(Literal.Create("https://img.example/" + field.Name + ".png", Xsd.AnyUri)),
            VfValueShape.Measure => new VfMeasure(3.5m, Kilogram),
            _ => new VfDuration(2, VfTimeUnit.Hour),
        };
        if (!list || field.Shape is VfValueShape.Reference)
        {
            return [one];
        }

        VfValue two = field.Shape switch
        {
            VfValueShape.Uri => VfValue.Of(Iri.Create("https://tax.example/second")),
            _ => VfValue.Of(Literal.Create("https://img.example/second.png", Xsd.AnyUri)),
        };
        return [one, two];
    }

    public void Dispose() => Store.Dispose();
}
