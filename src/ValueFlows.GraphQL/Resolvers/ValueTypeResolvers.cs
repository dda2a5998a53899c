using ValueFlows.Core.Actions;
using ValueFlows.Core.Model;
using ValueFlows.Core.Units;

namespace ValueFlows.GraphQL.Resolvers;

/// <summary>
/// The object types that are not records: <c>Action</c> (a <see cref="VfAction"/>), <c>Measure</c> (a
/// <see cref="VfMeasure"/>), <c>Duration</c> (a <see cref="VfDuration"/>), and <c>Unit</c>, which is a stored record or,
/// for an OM unit not loaded into the store, a <see cref="VfUnit"/> of <see cref="UnitCatalog"/>.
/// </summary>
internal sealed class ValueTypeResolvers : IVfResolverSource
{
    public void Register(VfResolverTable table)
    {
        table.Add("Action", "id", c => Action(c.Source).Id);
        table.Add("Action", "label", c => Action(c.Source).Id);
        table.Add("Action", "resourceEffect", c => Effect(Action(c.Source).AccountingEffect));
        table.Add("Action", "onhandEffect", c => Effect(Action(c.Source).OnhandEffect));
        table.Add("Action", "inputOutput", c => Action(c.Source).InputOutput switch
        {
            InputOutput.Input => "input",
            InputOutput.Output => "output",
            InputOutput.OutputInput => "outputInput",
            _ => "notApplicable",
        });
        table.Add("Action", "pairsWith", c => Action(c.Source).PairsWith ?? "notApplicable");

        table.Add("Measure", "hasNumericalValue", c => ((VfMeasure)c.Source!).NumericalValue);
        table.Add("Measure", "hasUnit", c => ((VfMeasure)c.Source!).Unit is { } unit ? UnitValue.Load(c, unit) : null);
        table.Add("Duration", "numericDuration", c => ((VfDuration)c.Source!).NumericDuration);
        table.Add("Duration", "unitType", c => ((VfDuration)c.Source!).Unit.ToString().ToLowerInvariant());

        table.Add("Unit", "id", c => UnitValue.Id(c.Source));
        table.Add("Unit", "label", c => c.Source is VfUnit u ? u.Label : c.Record().GetString("label"));
        table.Add("Unit", "symbol", c => c.Source is VfUnit u ? u.Symbol ?? u.Label : c.Record().GetString("symbol"));
    }

    private static VfAction Action(object? source) => (VfAction)source!;

    // DECISIONS 10: VF 1.0's notApplicable is written noEffect.
    private static string Effect(QuantityEffect effect) => effect switch
    {
        QuantityEffect.Increment => "increment",
        QuantityEffect.Decrement => "decrement",
        QuantityEffect.DecrementIncrement => "decrementIncrement",
        QuantityEffect.IncrementTo => "incrementTo",
        _ => "noEffect",
    };
}
