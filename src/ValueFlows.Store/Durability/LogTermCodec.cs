using System.Buffers.Binary;
using ValueFlows.Sparql.Evaluation;
using ValueFlows.Store.Terms;

namespace ValueFlows.Store.Durability;

/// <summary>
/// The self-contained term encoding of log records and bulk files (no dictionary ids, so the archive outlives any
/// snapshot): <c>0</c> default graph; <c>I</c>/<c>B</c>/<c>S</c> + length-prefixed UTF-8 (IRI, blank node label, simple
/// literal); <c>L</c> + tag + value; <c>T</c> + datatype IRI + value; <c>N</c> + the 8-byte inline id
/// (<see cref="InlineLiteralCodec"/>, fixed by the format version).
/// </summary>
internal static class LogTermCodec
{
    private const byte DefaultGraph = 0;
    private const byte Inline = (byte)'N';

    public static void Write(RecordBuffer output, TermDictionary dictionary, TermId id)
    {
        if (id == TermId.DefaultGraph)
        {
            output.WriteByte(DefaultGraph);
            return;
        }

        if (id.IsInline)
        {
            output.WriteByte(Inline);
            output.WriteUInt64(id.Value);
            return;
        }

        var entry = dictionary.GetEntry(id.DictionaryIndex);
        byte kind = entry[0];
        output.WriteByte(kind);
        switch (kind)
        {
            case TermEntry.LanguageLiteralKind:
                int tagLength = entry[1];
                output.WriteLengthPrefixed(entry.Slice(2, tagLength));
                output.WriteLengthPrefixed(entry[(2 + tagLength)..]);
                break;
            case TermEntry.TypedLiteralKind:
                var datatype = new TermId(BinaryPrimitives.ReadUInt64LittleEndian(entry[1..]));
                output.WriteLengthPrefixed(dictionary.GetEntry(datatype.DictionaryIndex)[1..]);
                output.WriteLengthPrefixed(entry[9..]);
                break;
            default:
                output.WriteLengthPrefixed(entry[1..]);
                break;
        }
    }

    /// <summary>Reads one term and returns its id, adding it to <paramref name="dictionary"/> when new (writer only).</summary>
    public static TermId ReadAndIntern(ref ByteReader input, TermDictionary dictionary, RecordBuffer scratch)
    {
        byte kind = input.ReadByte();
        scratch.Clear();
        switch (kind)
        {
            case DefaultGraph:
                return TermId.DefaultGraph;
            case Inline:
                var id = new TermId(input.ReadUInt64());
                if (!id.IsInline)
                {
                    throw new InvalidDataException("An inline term id without an inline tag.");
                }

                return id;
            case TermEntry.IriKind or TermEntry.BlankNodeKind or TermEntry.SimpleLiteralKind:
                scratch.WriteByte(kind);
                scratch.WriteBytes(input.ReadLengthPrefixed());
                return dictionary.GetOrAdd(scratch.Written);
            case TermEntry.LanguageLiteralKind:
                var tag = input.ReadLengthPrefixed();
                scratch.WriteByte(kind);
                scratch.WriteByte(checked((byte)tag.Length));
                scratch.WriteBytes(tag);
                scratch.WriteBytes(input.ReadLengthPrefixed());
                return dictionary.GetOrAdd(scratch.Written);
            case TermEntry.TypedLiteralKind:
                scratch.WriteByte(TermEntry.IriKind);
                scratch.WriteBytes(input.ReadLengthPrefixed());
                var datatype = dictionary.GetOrAdd(scratch.Written);
                scratch.Clear();
                scratch.WriteByte(kind);
                scratch.WriteUInt64(datatype.Value);
                scratch.WriteBytes(input.ReadLengthPrefixed());
                return dictionary.GetOrAdd(scratch.Written);
            default:
                throw new InvalidDataException($"Unknown term kind {kind}.");
        }
    }
}
