namespace ValueFlows.Store.Tests;

public sealed class CorruptionTests
{
    [Fact]
    public void Open_TruncatedTail_CutsPartialRecordWithWarning()
    {
        using var dir = new TempDirectory();
        Commit(dir.Path, 3);
        var segment = ActiveSegment(dir.Path);
        long length = new FileInfo(segment).Length;
        using (var f = new FileStream(segment, FileMode.Open))
        {
            f.SetLength(length - 5);
        }

        var warnings = new List<string>();
        using var store = QuadStore.Open(dir.Path, Q.Quiet(warnings));
        Assert.Equal(2, store.Sequence);
        var warning = Assert.Single(warnings);
        Assert.Contains(segment, warning, StringComparison.Ordinal);
        Assert.Contains("partial record", warning, StringComparison.Ordinal);
        using var snapshot = store.OpenSnapshot();
        Assert.Equal(2, snapshot.Count);
        QuadStoreTests.Load(store, [Q.T("after", "p", "o")]);
        Assert.Equal(3, store.Sequence);
    }

    [Fact]
    public void Open_ZeroFilledTail_IsTornTail()
    {
        using var dir = new TempDirectory();
        Commit(dir.Path, 2);
        var segment = ActiveSegment(dir.Path);
        long goodLength = new FileInfo(segment).Length;
        using (var f = new FileStream(segment, FileMode.Append))
        {
            f.Write(new byte[100]);
        }

        var warnings = new List<string>();
        using var store = QuadStore.Open(dir.Path, Q.Quiet(warnings));
        Assert.Equal(2, store.Sequence);
        Assert.Single(warnings);
        Assert.Equal(goodLength, new FileInfo(segment).Length);
    }

    [Fact]
    public void Open_FlippedByteMidLog_StopsNamingFileAndOffset()
    {
        using var dir = new TempDirectory();
        Commit(dir.Path, 3);
        var segment = ActiveSegment(dir.Path);
        var bytes = File.ReadAllBytes(segment);
        bytes[32 + 16 + 20] ^= 0x40;
        File.WriteAllBytes(segment, bytes);

        var e = Assert.Throws<StoreException>(() => QuadStore.Open(dir.Path, Q.Quiet()));
        Assert.Equal(StoreErrorKind.CorruptLog, e.Kind);
        Assert.Contains(segment, e.Message, StringComparison.Ordinal);
        Assert.Contains("byte offset 32", e.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(segment));
    }

    [Fact]
    public void Open_FlippedByteInRecordLength_StillDetectedAsCorruption()
    {
        using var dir = new TempDirectory();
        Commit(dir.Path, 3);
        var segment = ActiveSegment(dir.Path);
        var bytes = File.ReadAllBytes(segment);
        bytes[32 + 6] ^= 0x7F;
        File.WriteAllBytes(segment, bytes);

        var e = Assert.Throws<StoreException>(() => QuadStore.Open(dir.Path, Q.Quiet()));
        Assert.Equal(StoreErrorKind.CorruptLog, e.Kind);
    }

    [Fact]
    public void Open_MissingSnapshot_RebuildsFromArchiveWithWarning()
    {
        using var dir = new TempDirectory();
        using (var store = QuadStore.Open(dir.Path, Q.Quiet()))
        {
            QuadStoreTests.Load(store, [Q.T("a", "p", "b")]);
            using (var bulk = store.BeginBulkLoad())
            {
                bulk.Add(Q.T("bulk", "p", "o"));
                bulk.Commit();
            }

            store.Checkpoint();
            QuadStoreTests.Load(store, [Q.T("c", "p", "d")]);
        }

        File.Delete(Directory.GetFiles(dir.Path, "snapshot-*.vfs").Single());
        var warnings = new List<string>();
        using var reopened = QuadStore.Open(dir.Path, Q.Quiet(warnings));
        Assert.Contains(warnings, w => w.Contains("rebuilding the state from the log archive", StringComparison.Ordinal));
        using var snapshot = reopened.OpenSnapshot();
        Assert.Equal(3, snapshot.Sequence);
        Assert.Equal(new[] { Q.T("a", "p", "b"), Q.T("bulk", "p", "o"), Q.T("c", "p", "d") }.ToHashSet(), snapshot.GetAllQuads().ToHashSet());
    }

    [Fact]
    public void Open_MissingSnapshotAndArchive_StopsWithMessage()
    {
        using var dir = new TempDirectory();
        using (var store = QuadStore.Open(dir.Path, Q.Quiet()))
        {
            QuadStoreTests.Load(store, [Q.T("a", "p", "b")]);
            store.Checkpoint();
            QuadStoreTests.Load(store, [Q.T("c", "p", "d")]);
        }

        File.Delete(Directory.GetFiles(dir.Path, "snapshot-*.vfs").Single());
        foreach (var f in Directory.GetFiles(Path.Combine(dir.Path, "archive")))
        {
            File.Delete(f);
        }

        var e = Assert.Throws<StoreException>(() => QuadStore.Open(dir.Path, Q.Quiet()));
        Assert.Equal(StoreErrorKind.MissingSnapshot, e.Kind);
        Assert.Contains("starts at sequence 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DamagedSnapshot_StopsNamingFile()
    {
        using var dir = new TempDirectory();
        using (var store = QuadStore.Open(dir.Path, Q.Quiet()))
        {
            QuadStoreTests.Load(store, [Q.T("a", "p", "b")]);
            store.Checkpoint();
        }

        var snapshotPath = Directory.GetFiles(dir.Path, "snapshot-*.vfs").Single();
        var bytes = File.ReadAllBytes(snapshotPath);
        bytes[^40] ^= 1;
        File.WriteAllBytes(snapshotPath, bytes);
        var e = Assert.Throws<StoreException>(() => QuadStore.Open(dir.Path, Q.Quiet()));
        Assert.Equal(StoreErrorKind.CorruptSnapshot, e.Kind);
        Assert.Contains(snapshotPath, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WrongFormatVersion_IsRefused()
    {
        using var dir = new TempDirectory();
        Commit(dir.Path, 1);
        var metadata = Path.Combine(dir.Path, "vf-store.json");
        File.WriteAllText(metadata, File.ReadAllText(metadata).Replace("\"formatVersion\": 1", "\"formatVersion\": 99", StringComparison.Ordinal));
        var e = Assert.Throws<StoreException>(() => QuadStore.Open(dir.Path, Q.Quiet()));
        Assert.Equal(StoreErrorKind.FormatVersion, e.Kind);
        Assert.Contains("format version 99", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_SegmentOfOtherFormatVersion_IsRefused()
    {
        using var dir = new TempDirectory();
        Commit(dir.Path, 1);
        var segment = ActiveSegment(dir.Path);
        var bytes = File.ReadAllBytes(segment);
        bytes[8] = 2;
        var crc = Crc(bytes.AsSpan(0, 24));
        BitConverter.TryWriteBytes(bytes.AsSpan(24), crc);
        File.WriteAllBytes(segment, bytes);
        var e = Assert.Throws<StoreException>(() => QuadStore.Open(dir.Path, Q.Quiet()));
        Assert.Equal(StoreErrorKind.FormatVersion, e.Kind);
    }

    private static uint Crc(ReadOnlySpan<byte> data)
    {
        uint state = uint.MaxValue;
        foreach (byte b in data)
        {
            state = System.Numerics.BitOperations.Crc32C(state, b);
        }

        return ~state;
    }

    private static void Commit(string path, int transactions)
    {
        using var store = QuadStore.Open(path, Q.Quiet());
        for (int i = 0; i < transactions; i++)
        {
            QuadStoreTests.Load(store, [Q.T("s" + i, "p", "o" + i)]);
        }
    }

    private static string ActiveSegment(string path) => Directory.GetFiles(Path.Combine(path, "log"), "*.vfl").Single();
}
