using ValueFlows.Store.Indexing;

namespace ValueFlows.Store.Tests;

/// <summary>A reused scanner finds the same keys whatever order its ranges come in (the galloping seeks).</summary>
public sealed class RangeScannerTests
{
    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 40)]
    [InlineData(3, 2_000)]
    public void Reset_RangesInAnyOrder_ReadsExactlyTheKeysInRange(int seed, int maxGap)
    {
        var random = new Random(seed);
        var keys = Enumerable.Range(0, 5_000).Select(_ => new Key3((ulong)random.Next(3_000), (ulong)random.Next(4), 0))
            .Distinct().Order(Comparer<Key3>.Create((x, y) => Key3.Compare(x, y))).ToArray();
        var index = new OrderIndex<Key3>(keys, [], keys.Length);
        var scanner = new RangeScanner<Key3>();
        var buffer = new Key3[64];
        ulong a = 0;
        for (int i = 0; i < 3_000; i++)
        {
            // Mostly rising first components with gaps up to maxGap, sometimes a step back, sometimes one past the end.
            a = random.Next(10) == 0 ? (ulong)random.Next(3_000) : a + (ulong)random.Next(maxGap);
            if (random.Next(50) == 0)
            {
                a = 3_500;
            }

            var low = new Key3(a, 0, 0);
            var high = new Key3(a, ulong.MaxValue, ulong.MaxValue);
            scanner.Reset(index, low, high);
            var read = new List<Key3>();
            int n;
            while ((n = scanner.Read(buffer)) > 0)
            {
                read.AddRange(buffer[..n]);
            }

            Assert.Equal(keys.Where(k => k.A == a).ToList(), read);
        }
    }
}
