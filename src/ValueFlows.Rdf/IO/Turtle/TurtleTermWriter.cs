using System.Buffers;

namespace ValueFlows.Rdf;

/// <summary>
/// Writes terms in Turtle/TriG syntax: prefixed names when the local part is a valid PN_LOCAL, IRIs relative to the
/// base when they resolve back exactly, bare numbers and booleans when they read back as the same literal, and long
/// strings for multi-line values.
/// </summary>
internal sealed class TurtleTermWriter
{
    /// <summary>What a long string escapes: controls but LF and TAB, DEL, <c>\</c> and non-Chars (<c>"</c> is decided by its neighbours).</summary>
    private static readonly SearchValues<char> s_longStringSpecials = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000B\f\r\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\"\\\u007F\uFFFE\uFFFF");

    private readonly Utf8Output _output;
    private readonly Utf8Sink _sink;
    private readonly Dictionary<string, string> _namespaceByPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _prefixByNamespace = new(StringComparer.Ordinal);
    private (string Namespace, string Prefix)[] _longestFirst = [];
    private string? _base;
    private string? _baseDirectory;

    public TurtleTermWriter(Utf8Output output)
    {
        _output = output;
        _sink = new Utf8Sink(output);
    }

    /// <summary>The declared prefixes in the order they were first declared, each with its current namespace.</summary>
    public List<string> PrefixOrder { get; } = [];

    public IReadOnlyDictionary<string, string> Namespaces => _namespaceByPrefix;

    public string? BaseIri => _base;

    /// <summary>Makes <paramref name="prefix"/> stand for <paramref name="namespaceIri"/> from now on.</summary>
    public void SetPrefix(string prefix, string namespaceIri)
    {
        if (_namespaceByPrefix.TryGetValue(prefix, out var old))
        {
            if (_prefixByNamespace.TryGetValue(old, out var p) && string.Equals(p, prefix, StringComparison.Ordinal))
            {
                _prefixByNamespace.Remove(old);
            }
        }
        else
        {
            PrefixOrder.Add(prefix);
        }

        _namespaceByPrefix[prefix] = namespaceIri;
        _prefixByNamespace[namespaceIri] = prefix;
        _longestFirst = [.. _prefixByNamespace.OrderByDescending(e => e.Key.Length).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value))];
    }

    /// <summary>Writes IRIs relative to <paramref name="baseIri"/> from now on (null: always absolute).</summary>
    public void SetBase(string? baseIri)
    {
        _base = baseIri;
        _baseDirectory = null;
        if (baseIri is not null)
        {
            int end = baseIri.AsSpan().IndexOfAny('?', '#');
            var withoutQuery = end < 0 ? baseIri : baseIri[..end];
            int slash = withoutQuery.LastIndexOf('/');
            _baseDirectory = slash < 0 ? null : withoutQuery[..(slash + 1)];
        }
    }

    /// <summary>Writes a subject, predicate, object or graph name in its shortest safe form.</summary>
    public void WriteTerm(Term term)
    {
        switch (term)
        {
            case Iri iri:
                WriteIri(iri.Value);
                break;
            case BlankNode b:
                NTriplesFormatter.WriteBlankNode(_sink, b.Label);
                break;
            case Literal l:
                WriteLiteral(l);
                break;
            default:
                throw new ArgumentException("Unknown term kind.", nameof(term));
        }
    }

    /// <summary>Writes an IRI as a prefixed name, a relative IRI or an absolute IRI, whichever is safe first.</summary>
    public void WriteIri(string iri)
    {
        if (TryWritePrefixedName(iri))
        {
            return;
        }

        var relative = Relativize(iri);
        _output.Write('<');
        NTriplesFormatter.WriteIriContent(_sink, relative ?? iri);
        _output.Write('>');
    }

    /// <summary>Writes an IRI in angle brackets, never shortened (for <c>@prefix</c> and <c>@base</c>).</summary>
    public void WriteAbsoluteIri(string iri) => NTriplesFormatter.WriteIri(_sink, iri);

    public void WriteLiteral(Literal literal)
    {
        if (literal.Language is not null)
        {
            WriteString(literal.Value);
            _output.Write('@');
            _output.Write(literal.Language);
            return;
        }

        if (literal.IsSimple)
        {
            WriteString(literal.Value);
            return;
        }

        if (IsBare(literal))
        {
            _output.Write(literal.Value);
            return;
        }

        WriteString(literal.Value);
        _output.Write("^^"u8);
        WriteIri(literal.Datatype.Value);
    }

    /// <summary>
    /// True when the lexical form alone reads back as the same literal: Turtle gives INTEGER, DECIMAL and DOUBLE tokens
    /// exactly their text as lexical form, and <c>true</c>/<c>false</c> are xsd:boolean.
    /// </summary>
    private static bool IsBare(Literal literal)
    {
        var value = literal.Value.AsSpan();
        var datatype = literal.Datatype.Value;
        if (!datatype.StartsWith(Xsd.Namespace, StringComparison.Ordinal))
        {
            return false;
        }

        return datatype.AsSpan(Xsd.Namespace.Length) switch
        {
            "integer" => TurtleSyntax.IsInteger(value),
            "decimal" => TurtleSyntax.IsDecimal(value),
            "double" => TurtleSyntax.IsDouble(value),
            "boolean" => value is "true" or "false",
            _ => false,
        };
    }

    /// <summary>Writes a string in <c>"…"</c>, or in <c>"""…"""</c> with raw line feeds when it has several lines.</summary>
    public void WriteString(string value)
    {
        if (!value.Contains('\n', StringComparison.Ordinal))
        {
            NTriplesFormatter.WriteQuotedString(_sink, value);
            return;
        }

        _output.Write("\"\"\""u8);
        var text = value.AsSpan();
        int start = 0;
        while (true)
        {
            int found = text[start..].IndexOfAny(s_longStringSpecials);
            if (found < 0)
            {
                _output.Write(text[start..]);
                break;
            }

            int i = start + found;
            _output.Write(text[start..i]);
            char c = text[i];

            // A quote stays raw only between two non-quotes: then no run of three quotes can form, and neither
            // delimiter touches a quote of the content.
            if (c == '"' && i > 0 && i + 1 < text.Length && text[i + 1] != '"' && text[i - 1] != '"')
            {
                _output.Write('"');
            }
            else
            {
                NTriplesFormatter.WriteStringEscape(_sink, c);
            }

            start = i + 1;
        }

        _output.Write("\"\"\""u8);
    }

    private bool TryWritePrefixedName(string iri)
    {
        // Longest namespace first; comparing the last character before the whole namespace rejects most candidates
        // without touching the rest of either string.
        foreach (var (ns, prefix) in _longestFirst)
        {
            if (ns.Length > iri.Length || (ns.Length > 0 && iri[ns.Length - 1] != ns[^1]) || !iri.StartsWith(ns, StringComparison.Ordinal))
            {
                continue;
            }

            var local = iri.AsSpan(ns.Length);
            if (TurtleSyntax.IsPlainLocalName(local))
            {
                _output.Write(prefix);
                _output.Write(':');
                _output.Write(local);
                return true;
            }

            if (TurtleSyntax.IsWritableLocalName(local))
            {
                _output.Write(prefix);
                _output.Write(':');
                TurtleSyntax.WriteLocalName(_sink, local);
                return true;
            }
        }

        return false;
    }

    /// <summary>A relative reference that resolves against the base to exactly <paramref name="iri"/>, or null.</summary>
    private string? Relativize(string iri)
    {
        if (_base is null)
        {
            return null;
        }

        string? candidate = null;
        if (string.Equals(iri, _base, StringComparison.Ordinal) && !_base.Contains('#', StringComparison.Ordinal))
        {
            candidate = "";
        }
        else if (iri.Length > _base.Length && iri.StartsWith(_base, StringComparison.Ordinal) && iri[_base.Length] == '#'
            && !_base.Contains('#', StringComparison.Ordinal))
        {
            candidate = iri[_base.Length..];
        }
        else if (_baseDirectory is not null && iri.Length > _baseDirectory.Length
            && iri.StartsWith(_baseDirectory, StringComparison.Ordinal))
        {
            candidate = iri[_baseDirectory.Length..];
        }

        if (candidate is null || !IriSyntax.TryValidateReference(candidate, out _))
        {
            return null;
        }

        // Resolution removes dot segments and treats a leading "x:" as a scheme, so only a candidate that
        // resolves back to the very same string is safe.
        return string.Equals(IriSyntax.Resolve(_base, candidate), iri, StringComparison.Ordinal) ? candidate : null;
    }
}
