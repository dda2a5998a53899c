using System.Buffers;
using System.Globalization;

namespace ValueFlows.Rdf;

/// <summary>
/// Writes terms in canonical N-Triples form (RDF 1.2 N-Triples, "Canonical N-Triples"). The Turtle writers reuse the
/// IRI and string escapes, which are valid Turtle too.
/// </summary>
internal static class NTriplesFormatter
{
    /// <summary>Starts the written form of a blank node label that cannot be written as it is.</summary>
    public const string EscapedLabelMarker = "x_";

    /// <summary>What IRIREF cannot hold raw: controls, space and <c>&lt;&gt;"{}|^`\</c>.</summary>
    private static readonly SearchValues<char> s_iriEscapes = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + " <>\"{}|^`\\");

    /// <summary>What a canonical STRING_LITERAL_QUOTE escapes: controls, DEL, <c>"</c>, <c>\</c> and the non-Chars U+FFFE, U+FFFF.</summary>
    private static readonly SearchValues<char> s_stringEscapes = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\"\\\u007F\uFFFE\uFFFF");

    public static string FormatIri(string iri)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        WriteIri(new TextWriterSink(w), iri);
        return w.ToString();
    }

    public static string FormatLiteral(Literal literal)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        WriteLiteral(new TextWriterSink(w), literal);
        return w.ToString();
    }

    public static void WriteTerm(TextWriter w, Term term) => WriteTerm(new TextWriterSink(w), term);

    public static void WriteIri(TextWriter w, string iri) => WriteIri(new TextWriterSink(w), iri);

    public static void WriteLiteral(TextWriter w, Literal literal) => WriteLiteral(new TextWriterSink(w), literal);

    public static void WriteQuotedString(TextWriter w, string value) => WriteQuotedString(new TextWriterSink(w), value);

    /// <summary>Writes <c>s p o .</c> or <c>s p o g .</c> and a line feed.</summary>
    public static void WriteStatement(Utf8Output output, in Quad quad)
    {
        var sink = new Utf8Sink(output);
        WriteTerm(sink, quad.Subject);
        output.Write(' ');
        WriteIri(sink, quad.Predicate.Value);
        output.Write(' ');
        WriteTerm(sink, quad.Object);
        if (quad.Graph is { } graph)
        {
            output.Write(' ');
            WriteTerm(sink, graph);
        }

        output.Write(" .\n"u8);
    }

    public static void WriteTerm<TSink>(TSink sink, Term term)
        where TSink : ITextSink
    {
        switch (term)
        {
            case Iri iri:
                WriteIri(sink, iri.Value);
                break;
            case BlankNode b:
                WriteBlankNode(sink, b.Label);
                break;
            case Literal l:
                WriteLiteral(sink, l);
                break;
            default:
                throw new ArgumentException("Unknown term kind.", nameof(term));
        }
    }

    /// <summary>
    /// Writes <c>_:label</c>. A label that BLANK_NODE_LABEL cannot hold (RDF/XML node IDs such as <c>a.</c>, or labels
    /// made in code) is written as <see cref="EscapedLabelMarker"/> and the hex of its UTF-16 units; labels that start
    /// with the marker are escaped too, so distinct labels always stay distinct.
    /// </summary>
    public static void WriteBlankNode<TSink>(TSink sink, string label)
        where TSink : ITextSink
    {
        sink.Write('_');
        sink.Write(':');
        if (!label.StartsWith(EscapedLabelMarker, StringComparison.Ordinal) && TurtleSyntax.IsBlankNodeLabel(label))
        {
            sink.Write(label);
            return;
        }

        sink.Write(EscapedLabelMarker);
        Span<char> hex = stackalloc char[4];
        foreach (char c in label)
        {
            hex[0] = Hex(c >> 12);
            hex[1] = Hex(c >> 8);
            hex[2] = Hex(c >> 4);
            hex[3] = Hex(c);
            sink.Write(hex);
        }
    }

    public static void WriteIri<TSink>(TSink sink, string iri)
        where TSink : ITextSink
    {
        sink.Write('<');
        WriteIriContent(sink, iri);
        sink.Write('>');
    }

    /// <summary>Writes the characters of an IRIREF between its angle brackets, with UCHAR for those it cannot hold.</summary>
    public static void WriteIriContent<TSink>(TSink sink, ReadOnlySpan<char> iri)
        where TSink : ITextSink
    {
        while (true)
        {
            int i = iri.IndexOfAny(s_iriEscapes);
            if (i < 0)
            {
                sink.Write(iri);
                return;
            }

            sink.Write(iri[..i]);
            WriteUchar(sink, iri[i]);
            iri = iri[(i + 1)..];
        }
    }

    public static void WriteLiteral<TSink>(TSink sink, Literal literal)
        where TSink : ITextSink
    {
        WriteQuotedString(sink, literal.Value);
        if (literal.Language is not null)
        {
            sink.Write('@');
            sink.Write(literal.Language);
        }
        else if (!literal.IsSimple)
        {
            sink.Write('^');
            sink.Write('^');
            WriteIri(sink, literal.Datatype.Value);
        }
    }

    /// <summary>Writes <c>"…"</c> with the canonical escapes: ECHAR for BS HT LF FF CR " \, UCHAR for other controls and non-Chars.</summary>
    public static void WriteQuotedString<TSink>(TSink sink, string value)
        where TSink : ITextSink
    {
        sink.Write('"');
        var rest = value.AsSpan();
        while (true)
        {
            int i = rest.IndexOfAny(s_stringEscapes);
            if (i < 0)
            {
                sink.Write(rest);
                break;
            }

            sink.Write(rest[..i]);
            WriteStringEscape(sink, rest[i]);
            rest = rest[(i + 1)..];
        }

        sink.Write('"');
    }

    /// <summary>True when a string character must be escaped in canonical form.</summary>
    public static bool NeedsStringEscape(char c) => s_stringEscapes.Contains(c);

    /// <summary>Writes the canonical escape of a character for which <see cref="NeedsStringEscape"/> holds.</summary>
    public static void WriteStringEscape<TSink>(TSink sink, char c)
        where TSink : ITextSink
    {
        char echar = c switch
        {
            '\b' => 'b',
            '\t' => 't',
            '\n' => 'n',
            '\f' => 'f',
            '\r' => 'r',
            '"' => '"',
            '\\' => '\\',
            _ => '\0',
        };
        if (echar != '\0')
        {
            sink.Write('\\');
            sink.Write(echar);
        }
        else
        {
            WriteUchar(sink, c);
        }
    }

    private static void WriteUchar<TSink>(TSink sink, char c)
        where TSink : ITextSink
    {
        Span<char> text = ['\\', 'u', Hex(c >> 12), Hex(c >> 8), Hex(c >> 4), Hex(c)];
        sink.Write(text);
    }

    private static char Hex(int nibble) => "0123456789ABCDEF"[nibble & 0xF];
}
