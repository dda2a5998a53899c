using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Store.Durability;
using ValueFlows.Store.Terms;

namespace ValueFlows.Store;

/// <summary>
/// Reading history back from the log and its archive (DECISIONS 3: one log for recovery, change feed and revisions).
/// The log's terms are self-contained, so history is decoded without the live dictionary and never disturbs the writer.
/// </summary>
public sealed partial class QuadStore
{
    /// <summary>True when this store keeps history (a store on disk; an in-memory store keeps none).</summary>
    public bool KeepsHistory => _directory is not null;

    /// <summary>
    /// The transactions with <paramref name="afterSequence"/> &lt; seq ≤ <paramref name="throughSequence"/>, oldest
    /// first, each with the quads whose subject passes <paramref name="subjectFilter"/>. Null when the history of that
    /// range is not kept (an in-memory store, or a pruned archive).
    /// </summary>
    public IReadOnlyList<StoreChange>? ReadHistory(long afterSequence, long throughSequence, Func<Term, bool> subjectFilter)
    {
        ArgumentNullException.ThrowIfNull(subjectFilter);
        if (_directory is null)
        {
            return null;
        }

        if (throughSequence <= afterSequence)
        {
            return [];
        }

        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return ReadHistoryOnce(afterSequence, throughSequence, subjectFilter);
            }
            catch (Exception e) when (attempt < 3 && e is FileNotFoundException or DirectoryNotFoundException)
            {
                // A checkpoint moved a segment from the log to the archive while we listed them: list again.
            }
        }
    }

    private List<StoreChange>? ReadHistoryOnce(long after, long through, Func<Term, bool> subjectFilter)
    {
        var directory = _directory!;
        var paths = LogFiles.ListArchived(directory.ArchivePath).Where(a => a.Last > after && a.First <= through).Select(a => a.Path)
            .Concat(LogFiles.ListActive(directory.LogPath).Select(a => a.Path));
        var changes = new List<StoreChange>();
        long expected = after + 1;
        foreach (var path in paths)
        {
            var segment = LogSegmentReader.Read(path);
            for (int r = 0; r < segment.RecordCount; r++)
            {
                var reader = new ByteReader(segment.Body(r));
                var (sequence, time, kind) = LogRecordCodec.ReadHeader(ref reader);
                if (sequence <= after || sequence > through)
                {
                    continue;
                }

                if (sequence != expected)
                {
                    return null;
                }

                expected++;
                if (kind == LogRecordKind.BulkLoad)
                {
                    changes.Add(new StoreChange(sequence, time, [], []) { IsBulkLoad = true });
                    continue;
                }

                var removed = ReadHistoryQuads(ref reader, subjectFilter);
                var added = ReadHistoryQuads(ref reader, subjectFilter);
                changes.Add(new StoreChange(sequence, time, removed, added));
            }
        }

        return expected == through + 1 ? changes : null;
    }

    private static List<Quad> ReadHistoryQuads(ref ByteReader input, Func<Term, bool> subjectFilter)
    {
        ulong count = input.ReadVarint();
        var quads = new List<Quad>();
        for (ulong i = 0; i < count; i++)
        {
            var s = ReadHistoryTerm(ref input)!;
            var p = ReadHistoryTerm(ref input)!;
            var o = ReadHistoryTerm(ref input)!;
            var g = ReadHistoryTerm(ref input);
            if (subjectFilter(s))
            {
                quads.Add(new Quad(s, (Iri)p, o, g));
            }
        }

        return quads;
    }

    /// <summary>One term of <see cref="LogTermCodec"/>'s encoding; null for the default graph.</summary>
    private static Term? ReadHistoryTerm(ref ByteReader input)
    {
        byte kind = input.ReadByte();
        switch (kind)
        {
            case 0:
                return null;
            case (byte)'N':
                return InlineLiteralCodec.Decode(new TermId(input.ReadUInt64()));
            case TermEntry.IriKind:
                return Iri.CreateUnchecked(input.ReadString());
            case TermEntry.BlankNodeKind:
                return BlankNode.Create(input.ReadString());
            case TermEntry.SimpleLiteralKind:
                return Literal.Create(input.ReadString());
            case TermEntry.LanguageLiteralKind:
            {
                var tag = input.ReadString();
                return Literal.CreateUnchecked(input.ReadString(), RdfVocabulary.LangString, tag);
            }

            case TermEntry.TypedLiteralKind:
            {
                var datatype = Iri.CreateUnchecked(input.ReadString());
                return Literal.CreateUnchecked(input.ReadString(), datatype, null);
            }

            default:
                throw new InvalidDataException($"Unknown term kind {kind}.");
        }
    }
}
