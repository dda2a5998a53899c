using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Rdf;
using ValueFlows.Store;

namespace ValueFlows.Core.Tests.Records;

public sealed class RevisionHistoryTests : IDisposable
{
    private static readonly VfRecordType Commitment = VfModel.Get("Commitment");
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "vf-core-rev-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void GetRevision_EarlierRevisions_RecordAsThoseTransactionsLeftIt()
    {
        using var store = QuadStore.Open(_directory);
        var (v1, v2, v3) = ThreeVersions(new VfLedger(store, SampleRecords.Base), store);
        using var read = new VfLedger(store, SampleRecords.Base).OpenRead();

        AssertSame(v1, read.GetRevision(v1.RevisionId));
        AssertSame(v2, read.GetRevision(v2.RevisionId));
        AssertSame(v3, read.GetRevision(v3.RevisionId));
    }

    [Fact]
    public void GetRevision_AfterRestart_StillReadsTheArchive()
    {
        VfRecord v1;
        using (var store = QuadStore.Open(_directory))
        {
            (v1, _, _) = ThreeVersions(new VfLedger(store, SampleRecords.Base), store);
        }

        using var reopened = QuadStore.Open(_directory);
        using var read = new VfLedger(reopened, SampleRecords.Base).OpenRead();
        AssertSame(v1, read.GetRevision(v1.RevisionId));
    }

    [Fact]
    public void GetRevision_DeletedRecord_EarlierRevisionReadable()
    {
        using var store = QuadStore.Open(_directory);
        var ledger = new VfLedger(store, SampleRecords.Base);
        var (_, _, v3) = ThreeVersions(ledger, store);
        ledger.Delete(v3.RevisionId);
        using var read = ledger.OpenRead();

        Assert.Null(read.Get(v3.Id));
        AssertSame(v3, read.GetRevision(v3.RevisionId));
    }

    [Fact]
    public void GetRevision_UnknownSequence_NotFound()
    {
        using var store = QuadStore.Open(_directory);
        var ledger = new VfLedger(store, SampleRecords.Base);
        var (v1, _, _) = ThreeVersions(ledger, store);
        using var read = ledger.OpenRead();

        var error = Assert.Throws<VfDomainException>(() => read.GetRevision(VfRevisionId.Format(v1.Id, 999)));

        Assert.Equal(VfErrorCode.NotFound, error.Code);
    }

    [Fact]
    public void GetRevision_InMemoryStore_LatestServedOlderNotKept()
    {
        using var samples = new SampleRecords();
        var v1 = samples.Ledger.Create(Commitment, samples.Full(Commitment));
        var v2 = samples.Ledger.Update(v1.RevisionId, new VfInput().Set("note", VfValue.Of("two")));
        using var read = samples.Ledger.OpenRead();

        AssertSame(v2, read.GetRevision(v2.RevisionId));
        var error = Assert.Throws<VfDomainException>(() => read.GetRevision(v1.RevisionId));
        Assert.Equal(VfErrorCode.NotFound, error.Code);
        Assert.Contains("not kept", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadHistory_Range_ChangesWithTimesOldestFirst()
    {
        using var store = QuadStore.Open(_directory);
        var (v1, _, v3) = ThreeVersions(new VfLedger(store, SampleRecords.Base), store);

        var history = store.ReadHistory(0, store.Sequence, s => s.Equals(v1.Id))!;

        Assert.Equal(Enumerable.Range(1, (int)store.Sequence).Select(i => (long)i), history.Select(c => c.Sequence));
        Assert.All(history.Zip(history.Skip(1)), p => Assert.True(p.First.CommitTimeUtc <= p.Second.CommitTimeUtc));
        Assert.Contains(history[^1].Added, q => q.Predicate.Value.EndsWith("#note", StringComparison.Ordinal) && ((Literal)q.Object).Value == v3.GetString("note"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static (VfRecord V1, VfRecord V2, VfRecord V3) ThreeVersions(VfLedger ledger, QuadStore store)
    {
        var people = VfModel.Get("Person");
        var alice = ledger.Create(people, new VfInput().Set("name", VfValue.Of("Alice"))).Id;
        var input = new VfInput()
            .Set("action", VfValue.Of("work")).Set("provider", VfValue.Of(alice)).Set("receiver", VfValue.Of(alice))
            .Set("note", VfValue.Of("one")).Set("effortQuantity", new VfMeasure(1, SampleRecords.Kilogram));
        var v1 = ledger.Create(Commitment, input);
        store.Checkpoint();
        var v2 = ledger.Update(v1.RevisionId, new VfInput().Set("note", VfValue.Of("two")).Set("effortQuantity", new VfMeasure(2, SampleRecords.Kilogram)));
        ledger.Create(people, new VfInput().Set("name", VfValue.Of("Bob")));
        var v3 = ledger.Update(v2.RevisionId, new VfInput().Set("effortQuantity").Set("note", VfValue.Of("three")).Set("finished", VfValue.Of(true)));
        return (v1, v2, v3);
    }

    private static void AssertSame(VfRecord expected, VfRecord actual)
    {
        Assert.Equal(expected.RevisionId, actual.RevisionId);
        Assert.Equal(expected.Values.Keys.Order(), actual.Values.Keys.Order());
        foreach (var (field, values) in expected.Values)
        {
            Assert.Equal(values, actual.Get(field));
        }
    }
}
