using ValueFlows.Store.Indexing;

namespace ValueFlows.Store.Tests;

public sealed class KeySortTests
{
    [Theory]
    [InlineData("random", 10_000)]
    [InlineData("few-values", 10_000)]
    [InlineData("sorted", 5_000)]
    [InlineData("reversed", 5_000)]
    [InlineData("grouped", 5_000)]
    [InlineData("random", 7)]
    public void Sort_AnyShape_MatchesOrdinalOrder(string shape, int length)
    {
        var random = new Random(length);
        var keys = new Key3[length];
        for (int i = 0; i < length; i++)
        {
            keys[i] = shape switch
            {
                "few-values" => new Key3((ulong)random.Next(3), (ulong)random.Next(3), (ulong)random.Next(3)),
                "sorted" => new Key3((ulong)i, 1, 2),
                "reversed" => new Key3((ulong)(length - i), (ulong)random.Next(), 0),
                "grouped" => new Key3((ulong)(i / 10), (ulong)random.Next(100), ulong.MaxValue - (ulong)random.Next(5)),
                _ => new Key3((ulong)random.NextInt64(), (ulong)random.Next(50), (ulong)random.NextInt64()),
            };
        }

        var expected = keys.OrderBy(k => k.A).ThenBy(k => k.B).ThenBy(k => k.C).ToArray();
        KeySort.Sort<Key3>(keys);
        Assert.Equal(expected, keys);
        int distinct = SortedKeys.SortDistinct<Key3>(keys);
        Assert.Equal(expected.Distinct().Count(), distinct);
    }
}
