using System.Globalization;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// The 64-bit internal id of an RDF term inside one <see cref="IQueryableDataset"/>. The top four bits are a tag
/// (<see cref="TermIdKind"/>): IRIs, blank nodes and most literals are indexes into the dataset's dictionary and mean
/// nothing outside it; canonical <c>xsd:integer</c>, <c>xsd:decimal</c>, <c>xsd:boolean</c>, <c>xsd:dateTime</c> and
/// <c>xsd:date</c> literals are inlined, so an evaluator reads their values (and their kind) without a look-up. Only
/// lexical forms that print back exactly are inlined (DECISIONS.md 22), so two ids are equal exactly when the terms are.
/// </summary>
public readonly struct TermId : IEquatable<TermId>, IComparable<TermId>
{
    internal const int TagShift = 60;
    internal const ulong PayloadMask = (1UL << TagShift) - 1;

    /// <summary>Wraps a raw id value.</summary>
    public TermId(ulong value) => Value = value;

    /// <summary>The raw value; ids sort by it, which is the order of index scans.</summary>
    public ulong Value { get; }

    /// <summary>The wildcard of a <see cref="QuadPattern"/>, and "no term".</summary>
    public static TermId Any => default;

    /// <summary>The graph component of quads in the default graph, and the pattern value that selects it.</summary>
    public static TermId DefaultGraph { get; } = new(1);

    /// <summary>The kind of term, from the tag.</summary>
    public TermIdKind Kind => (TermIdKind)(Value >> TagShift);

    /// <summary>True for <see cref="Any"/>.</summary>
    public bool IsAny => Value == 0;

    /// <summary>True for IRIs.</summary>
    public bool IsIri => Kind == TermIdKind.Iri;

    /// <summary>True for blank nodes.</summary>
    public bool IsBlankNode => Kind == TermIdKind.BlankNode;

    /// <summary>True for literals, inlined or not.</summary>
    public bool IsLiteral => Kind >= TermIdKind.Literal;

    /// <summary>True when the value is inlined in the id (no dictionary look-up needed to externalize it).</summary>
    public bool IsInline => Kind > TermIdKind.Literal;

    /// <summary>True for ids that index a dictionary (IRIs, blank nodes and literals that are not inlined).</summary>
    public bool IsDictionaryTerm => Kind is TermIdKind.Iri or TermIdKind.BlankNode or TermIdKind.Literal;

    /// <summary>The dictionary index of an IRI, blank node or non-inlined literal.</summary>
    public long DictionaryIndex => (long)(Value & PayloadMask);

    /// <summary>The id of dictionary entry <paramref name="index"/> of the given kind.</summary>
    public static TermId ForDictionary(TermIdKind kind, long index)
    {
        if (kind is not (TermIdKind.Iri or TermIdKind.BlankNode or TermIdKind.Literal))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only IRIs, blank nodes and literals live in a dictionary.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((ulong)index, PayloadMask, nameof(index));
        return new(((ulong)kind << TagShift) | (ulong)index);
    }

    internal static TermId Inline(TermIdKind kind, ulong payload) => new(((ulong)kind << TagShift) | (payload & PayloadMask));

    internal ulong Payload => Value & PayloadMask;

    /// <summary>The value of an inlined <c>xsd:integer</c>.</summary>
    public bool TryGetInteger(out long value)
    {
        if (Kind != TermIdKind.Integer)
        {
            value = 0;
            return false;
        }

        value = (long)(Value << 4) >> 4;
        return true;
    }

    /// <summary>The value of an inlined <c>xsd:boolean</c>.</summary>
    public bool TryGetBoolean(out bool value)
    {
        value = Kind == TermIdKind.Boolean && Payload != 0;
        return Kind == TermIdKind.Boolean;
    }

    /// <summary>The value of an inlined <c>xsd:decimal</c> (and, through <see cref="TryGetInteger"/>, never an integer).</summary>
    public bool TryGetDecimal(out decimal value)
    {
        if (Kind != TermIdKind.Decimal)
        {
            value = 0;
            return false;
        }

        InlineLiteralCodec.SplitDecimal(this, out long mantissa, out int scale);
        long magnitude = Math.Abs(mantissa);
        value = new decimal((int)(uint)magnitude, (int)(magnitude >> 32), 0, mantissa < 0, (byte)scale);
        return true;
    }

    /// <summary>
    /// The value of an inlined <c>xsd:dateTime</c> as written: the wall-clock time and, when the literal has a time zone,
    /// its offset (<c>Z</c> is an offset of zero).
    /// </summary>
    public bool TryGetDateTime(out DateTime wallClock, out TimeSpan? offset)
    {
        if (Kind != TermIdKind.DateTime)
        {
            wallClock = default;
            offset = null;
            return false;
        }

        InlineLiteralCodec.SplitDateTime(this, out long milliseconds, out _, out int zone);
        wallClock = new DateTime(milliseconds * TimeSpan.TicksPerMillisecond, DateTimeKind.Unspecified);
        offset = InlineLiteralCodec.ZoneOffset(zone);
        return true;
    }

    /// <summary>The value of an inlined <c>xsd:date</c> and its time zone offset, if written.</summary>
    public bool TryGetDate(out DateOnly date, out TimeSpan? offset)
    {
        if (Kind != TermIdKind.Date)
        {
            date = default;
            offset = null;
            return false;
        }

        InlineLiteralCodec.SplitDate(this, out int dayNumber, out int zone);
        date = DateOnly.FromDayNumber(dayNumber);
        offset = InlineLiteralCodec.ZoneOffset(zone);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(TermId other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TermId other && Value == other.Value;

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(TermId other) => Value.CompareTo(other.Value);

    /// <summary>The kind and the payload, for debugging.</summary>
    public override string ToString() => IsAny ? "Any" : Value == DefaultGraph.Value
        ? "DefaultGraph"
        : string.Create(CultureInfo.InvariantCulture, $"{Kind}:{Payload:x}");

    /// <summary>Equality.</summary>
    public static bool operator ==(TermId left, TermId right) => left.Value == right.Value;

    /// <summary>Inequality.</summary>
    public static bool operator !=(TermId left, TermId right) => left.Value != right.Value;

    /// <summary>Order by raw value.</summary>
    public static bool operator <(TermId left, TermId right) => left.Value < right.Value;

    /// <summary>Order by raw value.</summary>
    public static bool operator >(TermId left, TermId right) => left.Value > right.Value;

    /// <summary>Order by raw value.</summary>
    public static bool operator <=(TermId left, TermId right) => left.Value <= right.Value;

    /// <summary>Order by raw value.</summary>
    public static bool operator >=(TermId left, TermId right) => left.Value >= right.Value;
}
