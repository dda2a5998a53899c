using ValueFlows.Sparql.Evaluation;
using ValueFlows.Store.Indexing;
using ValueFlows.Store.Terms;

namespace ValueFlows.Store.Durability;

/// <summary>
/// The body of a log record: sequence number, commit time (UTC ticks), kind, agent (empty until auth exists), then
/// for <see cref="LogRecordKind.Changes"/> the removed and the added quads (RDF Patch's D and A rows, terms in
/// <see cref="LogTermCodec"/>), for <see cref="LogRecordKind.BulkLoad"/> the archive file holding the loaded quads.
/// </summary>
internal static class LogRecordCodec
{
    public static void WriteChanges(RecordBuffer output, long sequence, DateTime commitTimeUtc, ChangeSet changes, TermDictionary dictionary)
    {
        WriteHeader(output, sequence, commitTimeUtc, LogRecordKind.Changes);
        output.WriteVarint((ulong)(changes.RemovedTriples.Length + changes.RemovedQuads.Length));
        WriteQuads(output, dictionary, changes.RemovedTriples, changes.RemovedQuads);
        output.WriteVarint((ulong)(changes.AddedTriples.Length + changes.AddedQuads.Length));
        WriteQuads(output, dictionary, changes.AddedTriples, changes.AddedQuads);
    }

    public static void WriteBulkLoad(RecordBuffer output, long sequence, DateTime commitTimeUtc, BulkFileInfo file)
    {
        WriteHeader(output, sequence, commitTimeUtc, LogRecordKind.BulkLoad);
        output.WriteString(file.FileName);
        output.WriteUInt64((ulong)file.QuadCount);
        output.WriteUInt64((ulong)file.Length);
        output.WriteUInt32(file.Checksum);
    }

    public static (long Sequence, DateTime CommitTimeUtc, LogRecordKind Kind) ReadHeader(ref ByteReader input)
    {
        long sequence = (long)input.ReadUInt64();
        long ticks = (long)input.ReadUInt64();
        var kind = (LogRecordKind)input.ReadByte();
        _ = input.ReadString();
        if (kind is not (LogRecordKind.Changes or LogRecordKind.BulkLoad) || ticks < 0 || ticks > DateTime.MaxValue.Ticks)
        {
            throw new InvalidDataException($"Unknown record kind {(byte)kind}.");
        }

        return (sequence, new DateTime(ticks, DateTimeKind.Utc), kind);
    }

    public static ChangeSet ReadChanges(ref ByteReader input, TermDictionary dictionary, RecordBuffer scratch)
    {
        var removed = ReadQuads(ref input, dictionary, scratch);
        var added = ReadQuads(ref input, dictionary, scratch);
        return ChangeSet.FromUnsorted(added.Triples, removed.Triples, added.Quads, removed.Quads);
    }

    public static BulkFileInfo ReadBulkLoad(ref ByteReader input) =>
        new(input.ReadString(), (long)input.ReadUInt64(), (long)input.ReadUInt64(), input.ReadUInt32());

    private static void WriteHeader(RecordBuffer output, long sequence, DateTime commitTimeUtc, LogRecordKind kind)
    {
        output.Clear();
        output.Advance(StoreFormat.RecordHeaderSize);
        output.WriteUInt64((ulong)sequence);
        output.WriteUInt64((ulong)commitTimeUtc.Ticks);
        output.WriteByte((byte)kind);
        output.WriteVarint(0);
    }

    private static void WriteQuads(RecordBuffer output, TermDictionary dictionary, Key3[] triples, Key4[] quads)
    {
        foreach (var t in triples)
        {
            LogTermCodec.Write(output, dictionary, new TermId(t.A));
            LogTermCodec.Write(output, dictionary, new TermId(t.B));
            LogTermCodec.Write(output, dictionary, new TermId(t.C));
            LogTermCodec.Write(output, dictionary, TermId.DefaultGraph);
        }

        foreach (var q in quads)
        {
            LogTermCodec.Write(output, dictionary, new TermId(q.B));
            LogTermCodec.Write(output, dictionary, new TermId(q.C));
            LogTermCodec.Write(output, dictionary, new TermId(q.D));
            LogTermCodec.Write(output, dictionary, new TermId(q.A));
        }
    }

    private static (Key3[] Triples, Key4[] Quads) ReadQuads(ref ByteReader input, TermDictionary dictionary, RecordBuffer scratch)
    {
        ulong count = input.ReadVarint();
        if (count > (ulong)input.Remaining)
        {
            throw new InvalidDataException("Quad count out of range.");
        }

        var triples = new List<Key3>();
        var quads = new List<Key4>();
        for (ulong i = 0; i < count; i++)
        {
            var s = LogTermCodec.ReadAndIntern(ref input, dictionary, scratch);
            var p = LogTermCodec.ReadAndIntern(ref input, dictionary, scratch);
            var o = LogTermCodec.ReadAndIntern(ref input, dictionary, scratch);
            var g = LogTermCodec.ReadAndIntern(ref input, dictionary, scratch);
            if (g == TermId.DefaultGraph)
            {
                triples.Add(new Key3(s.Value, p.Value, o.Value));
            }
            else
            {
                quads.Add(new Key4(g.Value, s.Value, p.Value, o.Value));
            }
        }

        return ([.. triples], [.. quads]);
    }
}
