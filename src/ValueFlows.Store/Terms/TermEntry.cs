using System.Buffers.Binary;
using System.Text;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Store.Terms;

/// <summary>
/// The bytes of one dictionary entry: a kind byte, then UTF-8. <c>I</c> IRI, <c>B</c> blank node label, <c>S</c> simple
/// literal, <c>L</c> language string (tag length, tag, value), <c>T</c> typed literal (the datatype IRI's 8-byte id,
/// value). Only the dictionary reads these bytes; the log and snapshots keep their own self-contained encodings.
/// </summary>
internal static class TermEntry
{
    public const byte IriKind = (byte)'I';
    public const byte BlankNodeKind = (byte)'B';
    public const byte SimpleLiteralKind = (byte)'S';
    public const byte LanguageLiteralKind = (byte)'L';
    public const byte TypedLiteralKind = (byte)'T';

    public static TermIdKind IdKind(byte entryKind) => entryKind switch
    {
        IriKind => TermIdKind.Iri,
        BlankNodeKind => TermIdKind.BlankNode,
        _ => TermIdKind.Literal,
    };

    /// <summary>The largest number of bytes <see cref="Encode"/> may write for <paramref name="term"/>.</summary>
    public static int MaxLength(Term term) => term switch
    {
        Iri i => 1 + Encoding.UTF8.GetMaxByteCount(i.Value.Length),
        BlankNode b => 1 + Encoding.UTF8.GetMaxByteCount(b.Label.Length),
        Literal l => 10 + Encoding.UTF8.GetMaxByteCount((l.Language?.Length ?? 0) + l.Value.Length),
        _ => throw new ArgumentException("Unknown term kind.", nameof(term)),
    };

    /// <summary>
    /// Writes the entry of <paramref name="term"/> (not an inline literal); <paramref name="datatype"/> is the id of a
    /// typed literal's datatype IRI. Returns the length.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int Encode(Term term, TermId datatype, Span<byte> destination)
    {
        switch (term)
        {
            case Iri iri:
                destination[0] = IriKind;
                return 1 + Encoding.UTF8.GetBytes(iri.Value, destination[1..]);
            case BlankNode b:
                destination[0] = BlankNodeKind;
                return 1 + Encoding.UTF8.GetBytes(b.Label, destination[1..]);
            case Literal l when l.Language is not null:
                destination[0] = LanguageLiteralKind;
                int tagLength = Encoding.UTF8.GetBytes(l.Language, destination[2..]);
                destination[1] = checked((byte)tagLength);
                return 2 + tagLength + Encoding.UTF8.GetBytes(l.Value, destination[(2 + tagLength)..]);
            case Literal l when l.IsSimple:
                destination[0] = SimpleLiteralKind;
                return 1 + Encoding.UTF8.GetBytes(l.Value, destination[1..]);
            case Literal l:
                destination[0] = TypedLiteralKind;
                BinaryPrimitives.WriteUInt64LittleEndian(destination[1..], datatype.Value);
                return 9 + Encoding.UTF8.GetBytes(l.Value, destination[9..]);
            default:
                throw new ArgumentException("Unknown term kind.", nameof(term));
        }
    }
}
