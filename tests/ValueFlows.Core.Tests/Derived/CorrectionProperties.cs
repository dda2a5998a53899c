using FsCheck.Xunit;
using ValueFlows.Core.Model;
using ValueFlows.Core.Trace;
using ValueFlows.Rdf;
using static ValueFlows.Core.Tests.Derived.Field;

namespace ValueFlows.Core.Tests.Derived;

/// <summary>
/// Over random ledgers of three agents' stocks (transfers, custody transfers, raise, lower, consume into and produce out of
/// two processes): correcting any one event leaves every resource as if that event had never been recorded, and track
/// and trace are mirror images.
/// </summary>
public class CorrectionProperties
{
    [Property(MaxTest = 25)]
    public bool Correcting_AnyEvent_LeavesQuantitiesAsIfItWasNeverRecorded(uint[] steps, uint pick)
    {
        if (steps.Length == 0)
        {
            return true;
        }

        var wrong = (int)(pick % (uint)Math.Min(steps.Length, 12));
        using var corrected = new RandomLedger();
        var events = corrected.Play(steps.Take(12).ToArray(), skip: -1);
        var action = corrected.Story.Get(events[wrong]).GetIri("action")!.Value.Split('#')[^1];
        var provider = corrected.Story.Get(events[wrong]).GetIri("provider")!;
        var receiver = corrected.Story.Get(events[wrong]).GetIri("receiver")!;
        corrected.Story.Event(action, provider, receiver, Of("corrects", events[wrong]));

        using var without = new RandomLedger();
        without.Play(steps.Take(12).ToArray(), skip: wrong);

        return corrected.Quantities().SequenceEqual(without.Quantities());
    }

    [Property(MaxTest = 25)]
    public bool TrackAndTrace_AreMirrorImages(uint[] steps)
    {
        using var ledger = new RandomLedger();
        ledger.Play(steps.Take(12).ToArray(), skip: -1);
        using var read = ledger.Story.Read();

        foreach (var a in ledger.Stocks)
        {
            var tracked = TrackTrace.Track(read, a).Select(s => s.Id).ToHashSet();
            foreach (var b in ledger.Stocks.Where(b => b != a))
            {
                if (tracked.Contains(b) != TrackTrace.Trace(read, b).Any(s => s.Id == a))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private sealed class RandomLedger : IDisposable
    {
        private static readonly string[] s_kinds = ["transfer", "transferCustody", "raise", "lower", "consume", "produce"];
        private readonly Iri[] _agents;
        private readonly Iri[] _processes;

        public RandomLedger()
        {
            _agents = [Story.Person("Ann"), Story.Person("Bob"), Story.Person("Cat")];
            var spec = Story.Spec("Grain");
            Stocks = [.. _agents.Select(a => Story.Raise(a, spec, 100, Story.Kilogram, "grain"))];
            _processes = [Story.Process("Milling"), Story.Process("Baking")];
        }

        public Story Story { get; } = new();

        public IReadOnlyList<Iri> Stocks { get; }

        /// <summary>Records one event per step (leaving out step <paramref name="skip"/>); returns the events recorded.</summary>
        public List<Iri> Play(uint[] steps, int skip)
        {
            var events = new List<Iri>();
            for (int i = 0; i < steps.Length; i++)
            {
                var step = steps[i];
                int from = (int)(step % 3);
                int to = (int)((from + 1 + (step / 3 % 2)) % 3);
                var kind = s_kinds[step / 6 % 6];
                var process = _processes[step / 36 % 2];
                var amount = Quantity((step / 72 % 40) + 1, Story.Kilogram);
                if (i == skip)
                {
                    continue;
                }

                events.Add((kind switch
                {
                    "transfer" or "transferCustody" => Story.Event(kind, _agents[from], _agents[to], Of("resourceInventoriedAs", Stocks[from]), Of("toResourceInventoriedAs", Stocks[to]), amount),
                    "consume" => Story.Event(kind, _agents[from], _agents[from], Of("resourceInventoriedAs", Stocks[from]), Of("inputOf", process), amount),
                    "produce" => Story.Event(kind, _agents[to], _agents[to], Of("resourceInventoriedAs", Stocks[to]), Of("outputOf", process), amount),
                    _ => Story.Event(kind, _agents[from], _agents[from], Of("resourceInventoriedAs", Stocks[from]), amount),
                }).Event.Id);
            }

            return events;
        }

        public List<(VfMeasure?, VfMeasure?)> Quantities() =>
            [.. Stocks.Select(s => Story.Get(s)).Select(r => (r.GetMeasure("accountingQuantity"), r.GetMeasure("onhandQuantity")))];

        public void Dispose() => Story.Dispose();
    }
}
