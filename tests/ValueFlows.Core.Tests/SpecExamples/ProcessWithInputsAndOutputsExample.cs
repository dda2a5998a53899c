using ValueFlows.Core.Derived;
using ValueFlows.Core.Model;
using ValueFlows.Core.Tests.Derived;
using ValueFlows.Core.Trace;
using ValueFlows.Rdf;
using static ValueFlows.Core.Tests.Derived.Field;

namespace ValueFlows.Core.Tests.SpecExamples;

/// <summary>
/// VF spec example "a process with inputs and outputs": the bakery bakes bread. Inputs: flour consumed, the oven used,
/// the recipe cited, the baker's work; output: loaves produced. Nothing was planned.
/// </summary>
public sealed class ProcessWithInputsAndOutputsExample : IDisposable
{
    private readonly Story _story = new();
    private readonly Iri _baker;
    private readonly Iri _bakery;
    private readonly Iri _baking;
    private readonly Iri _flour;
    private readonly Iri _oven;
    private readonly Iri _recipe;
    private readonly Iri _loaves;
    private readonly Iri _consume;
    private readonly Iri _use;
    private readonly Iri _cite;
    private readonly Iri _work;
    private readonly Iri _produce;

    public ProcessWithInputsAndOutputsExample()
    {
        _baker = _story.Person("Baker");
        _bakery = _story.Create("Organization", ("name", VfValue.Of("Bakery")));
        _flour = _story.Raise(_bakery, _story.Spec("Flour"), 50, Story.Kilogram, "Flour");
        _oven = _story.Raise(_bakery, _story.Spec("Oven"), 1, Story.One, "Oven");
        _recipe = _story.Raise(_bakery, _story.Spec("Bread recipe"), 1, Story.One, "Recipe");
        var bread = _story.Spec("Bread");
        _baking = _story.Process("Bake bread");

        _consume = _story.Event("consume", _bakery, _bakery, Of("inputOf", _baking), Of("resourceInventoriedAs", _flour), Quantity(20, Story.Kilogram)).Event.Id;
        _use = _story.Event("use", _bakery, _bakery, Of("inputOf", _baking), Of("resourceInventoriedAs", _oven), Effort(3, Story.Hour)).Event.Id;
        _cite = _story.Event("cite", _bakery, _bakery, Of("inputOf", _baking), Of("resourceInventoriedAs", _recipe), Quantity(1, Story.One)).Event.Id;
        _work = _story.Event("work", _baker, _bakery, Of("inputOf", _baking), Effort(4, Story.Hour)).Event.Id;
        var produce = _story.EventWithNew("produce", _bakery, _bakery, "Loaves", Of("outputOf", _baking), Of("resourceConformsTo", bread), Quantity(30, Story.One));
        _produce = produce.Event.Id;
        _loaves = produce.NewInventoriedResource!.Id;
    }

    public void Dispose() => _story.Dispose();

    [Fact]
    public void Resources_AfterBaking_FlourIsConsumedAndLoavesExist()
    {
        Assert.Equal(new VfMeasure(30, Story.Kilogram), _story.Get(_flour).GetMeasure("accountingQuantity"));
        Assert.Equal(new VfMeasure(1, Story.One), _story.Get(_oven).GetMeasure("onhandQuantity"));
        Assert.Equal(new VfMeasure(30, Story.One), _story.Get(_loaves).GetMeasure("accountingQuantity"));
        Assert.Equal(_bakery, _story.Get(_loaves).GetIri("primaryAccountable"));
    }

    [Fact]
    public void Process_DerivedFields_NameItsInputsOutputsAndPeople()
    {
        using var read = _story.Read();
        var reader = new VfDerivedReader(read);

        Assert.Equal([_consume, _use, _cite, _work], reader.Related("Process", "unplannedInputs", _baking));
        Assert.Equal([_produce], reader.Related("Process", "unplannedOutputs", _baking));
        Assert.Equal([_baker], reader.Related("Process", "workingAgents", _baking));
        Assert.Equal(new[] { _baker, _bakery }.OrderBy(i => i.Value, StringComparer.Ordinal), reader.Related("Process", "involvedAgents", _baking));
        Assert.Equal([_consume, _use, _cite, _work], TrackTrace.Previous(read, _baking).Select(s => s.Id));
        Assert.Equal([_produce], TrackTrace.Next(read, _baking).Select(s => s.Id));
        Assert.False(reader.IsProcessFinished(_baking));
    }

    [Fact]
    public void Trace_Loaves_FindFlourOvenAndRecipe()
    {
        using var read = _story.Read();

        var resources = TrackTrace.Trace(read, _loaves).Where(s => s.RecordType == "EconomicResource").Select(s => s.Id);

        Assert.Equal([_flour, _oven, _recipe], resources);
        Assert.Equal([_consume, _baking, _produce, _loaves], TrackTrace.Track(read, _flour).Select(s => s.Id));
    }
}
