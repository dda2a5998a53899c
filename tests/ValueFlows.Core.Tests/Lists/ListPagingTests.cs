using ValueFlows.Core.Lists;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Core.Tests.Records;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Tests.Lists;

public sealed class ListPagingTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void List_ThousandEventsWithTiedTimes_WalksForwardsAndBackwardsWithoutGapsOrDuplicates()
    {
        using var samples = new SampleRecords();
        var expected = CreateEvents(samples, 1000)
            .OrderBy(e => e.Time).ThenBy(e => e.Id.Value, StringComparer.Ordinal).Select(e => e.Id).ToList();
        var type = VfModel.Get("EconomicEvent");
        using var read = samples.Ledger.OpenRead();

        var forwards = Walk(read, type, backwards: false, size: 37, out long total);
        var backwards = Walk(read, type, backwards: true, size: 41, out _);

        Assert.Equal(1000, total);
        Assert.Equal(expected, forwards);
        Assert.Equal(expected, backwards);
    }

    [Fact]
    public void List_ThousandRecordsWithoutTimes_AreInCreationOrder()
    {
        using var samples = new SampleRecords();
        var type = VfModel.Get("ResourceSpecification");
        var created = new List<Iri>();
        using (var write = samples.Ledger.BeginWrite())
        {
            for (int i = 0; i < 1000; i++)
            {
                created.Add(write.Create(type, new VfInput().Set("name", VfValue.Of("spec " + i))));
            }

            write.Commit();
        }

        using var read = samples.Ledger.OpenRead();
        Assert.Equal(created, Walk(read, type, backwards: false, size: 1000, out _));
        Assert.Equal(created, Walk(read, type, backwards: true, size: 99, out _));
    }

    [Fact]
    public void List_DefaultAndOversizedPages_FiftyOrRefused()
    {
        using var samples = new SampleRecords();
        CreateEvents(samples, 60);
        using var read = samples.Ledger.OpenRead();
        var type = VfModel.Get("EconomicEvent");

        var page = read.List(new VfListQuery(type, new VfPageRequest()));
        var error = Assert.Throws<VfDomainException>(() => read.List(new VfListQuery(type, new VfPageRequest(First: 1001))));

        Assert.Equal(50, page.Items.Count);
        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
        Assert.Equal(60, page.TotalCount);
        Assert.Equal("first", error.Field);
    }

    [Fact]
    public void List_MixedDirections_RefusedAsBadInput()
    {
        using var samples = new SampleRecords();
        CreateEvents(samples, 3);
        using var read = samples.Ledger.OpenRead();
        var type = VfModel.Get("EconomicEvent");
        var cursor = read.List(new VfListQuery(type, new VfPageRequest(First: 1))).EndCursor;

        Assert.Throws<VfDomainException>(() => read.List(new VfListQuery(type, new VfPageRequest(First: 1, Before: cursor))));
        Assert.Throws<VfDomainException>(() => read.List(new VfListQuery(type, new VfPageRequest(Last: 1, After: cursor))));
        Assert.Throws<VfDomainException>(() => read.List(new VfListQuery(type, new VfPageRequest(First: 1, Last: 1))));
        Assert.Equal(2, read.List(new VfListQuery(type, new VfPageRequest(After: cursor))).Items.Count);
        Assert.Empty(read.List(new VfListQuery(type, new VfPageRequest(Before: cursor))).Items);
    }

    [Fact]
    public void List_ForeignCursor_RefusedAsBadInput()
    {
        using var samples = new SampleRecords();
        using var read = samples.Ledger.OpenRead();
        var error = Assert.Throws<VfDomainException>(() => read.List(new VfListQuery(VfModel.Get("Plan"), new VfPageRequest(After: "bm90IGEgY3Vyc29y"))));
        Assert.Equal(VfErrorCode.BadUserInput, error.Code);
        Assert.Equal("after", error.Field);
    }

    internal static List<(Iri Id, DateTimeOffset Time)> CreateEvents(SampleRecords samples, int count)
    {
        var alice = samples.Minimal("Person");
        var type = VfModel.Get("EconomicEvent");
        var events = new List<(Iri, DateTimeOffset)>();
        using var write = samples.Ledger.BeginWrite();
        for (int i = 0; i < count; i++)
        {
            // 97 distinct instants in shuffled order: many ties, broken by IRI.
            var time = Day0.AddHours(i * 31 % 97);
            var input = new VfInput()
                .Set("action", VfValue.Of("work"))
                .Set("provider", VfValue.Of(alice))
                .Set("receiver", VfValue.Of(alice))
                .Set("hasPointInTime", VfValue.Of(time))
                .Set("note", VfValue.Of(i % 10 == 0 ? "Harvest day " + i : "event " + i));
            events.Add((write.Create(type, input), time));
        }

        write.Commit();
        return events;
    }

    private static List<Iri> Walk(VfReadContext read, VfRecordType type, bool backwards, int size, out long total)
    {
        var seen = new List<Iri>();
        string? cursor = null;
        total = -1;
        while (true)
        {
            var page = read.List(new VfListQuery(type, backwards ? new VfPageRequest(Last: size, Before: cursor) : new VfPageRequest(First: size, After: cursor)));
            total = page.TotalCount;
            if (backwards)
            {
                seen.InsertRange(0, page.Items.Select(i => i.Id));
            }
            else
            {
                seen.AddRange(page.Items.Select(i => i.Id));
            }

            if (!(backwards ? page.HasPreviousPage : page.HasNextPage))
            {
                return seen;
            }

            cursor = backwards ? page.StartCursor : page.EndCursor;
        }
    }
}
