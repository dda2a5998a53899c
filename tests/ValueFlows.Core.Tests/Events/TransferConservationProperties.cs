using FsCheck.Xunit;
using ValueFlows.Core.Events;
using static ValueFlows.Core.Tests.Events.Ledger;

namespace ValueFlows.Core.Tests.Events;

/// <summary>Transfers between agents move quantities around but never create or destroy them.</summary>
public class TransferConservationProperties
{
    private static readonly string[] s_agents = [Ann, Bob, Coop];
    private static readonly string[] s_specifications = [Money, Flour];
    private static readonly string[] s_actions = ["transfer", "transferAllRights", "transferCustody", "move"];

    [Property(MaxTest = 200)]
    public bool Transfers_BetweenAgents_ConserveTotalQuantitiesPerResourceSpecification(uint[] steps)
    {
        var resources = new Dictionary<(int Agent, int Spec), ResourceState>();
        for (var agent = 0; agent < s_agents.Length; agent++)
        {
            for (var spec = 0; spec < s_specifications.Length; spec++)
            {
                resources[(agent, spec)] = Stock($"{agent}-{spec}", s_specifications[spec], new Quantity(100m, One), s_agents[agent]);
            }
        }

        var before = Totals(resources);
        foreach (var step in steps)
        {
            var from = (int)(step % 3);
            var to = (int)((from + 1 + (step / 3 % 2)) % 3);
            var spec = (int)(step / 6 % 2);
            var action = s_actions[step / 12 % 4];
            var amount = (step / 48 % 4000) / 4m;
            var facts = Event(action, s_agents[from], s_agents[to]) with
            {
                Resource = resources[(from, spec)],
                ToResource = resources[(to, spec)],
                ResourceQuantity = new Quantity(amount, One),
            };

            var outcome = EventEffects.Apply(facts);

            resources[(from, spec)] = outcome.Resource!;
            resources[(to, spec)] = outcome.ToResource!;
        }

        return before.SequenceEqual(Totals(resources));
    }

    private static List<(decimal Accounting, decimal Onhand)> Totals(Dictionary<(int Agent, int Spec), ResourceState> resources) =>
        [.. Enumerable.Range(0, s_specifications.Length).Select(spec => (
            resources.Where(r => r.Key.Spec == spec).Sum(r => r.Value.AccountingQuantity!.Value.Value),
            resources.Where(r => r.Key.Spec == spec).Sum(r => r.Value.OnhandQuantity!.Value.Value)))];
}
