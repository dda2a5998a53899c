using System.Runtime.CompilerServices;
using System.Text;

namespace ValueFlows.Rdf;

/// <summary>
/// What the N-Triples, N-Quads, Turtle and TriG parsers share: the lexer, and the turning of tokens into terms —
/// IRI resolution and validation, prefixed names, blank node labels, literals — behind a cache keyed by the raw bytes
/// of the tokens, so that a repeated IRI or literal costs no allocation.
/// </summary>
internal abstract class RdfTextParser : IDisposable
{
    private static readonly Literal True = Literal.CreateUnchecked("true", Xsd.Boolean, null);
    private static readonly Literal False = Literal.CreateUnchecked("false", Xsd.Boolean, null);

    private readonly TermCache _cache = new();
    private readonly BlankNodeAllocator _blankNodes;
    private readonly Dictionary<string, PrefixBinding> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PrefixBinding>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly Action<string, string> _prefixDeclared;
    private readonly Action<string> _baseDeclared;
    private byte[] _literalKey = new byte[256];
    private string? _baseIri;

    protected RdfTextParser(ReaderSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup.Input);
        ArgumentNullException.ThrowIfNull(setup.Options);
        var options = setup.Options;
        Lexer = new TurtleLexer(new Utf8Input(setup.Input, setup.BufferSize));
        _blankNodes = new BlankNodeAllocator(options.BlankNodePrefix);
        _baseIri = options.BaseIri;
        _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixDeclared = setup.PrefixDeclared;
        _baseDeclared = setup.BaseDeclared;
    }

    protected TurtleLexer Lexer { get; }

    /// <summary>Reads the next quad; false at the end of the document.</summary>
    public abstract bool TryRead(out Quad quad);

    public void Dispose() => Lexer.Dispose();

    /// <summary>The error "expected <paramref name="what"/>, found …" at the current token.</summary>
    protected RdfSyntaxException Expected(string what) => Lexer.ErrorAtToken($"expected {what}, found {Lexer.DescribeToken()}");

    /// <summary>Consumes a token of <paramref name="kind"/> or fails with "expected <paramref name="what"/>".</summary>
    protected void Expect(TokenKind kind, string what)
    {
        if (Lexer.Kind != kind)
        {
            throw Expected(what);
        }

        Lexer.Next();
    }

    /// <summary>The IRI of the current IRIREF token (not consumed). N-Triples and N-Quads pass <paramref name="absoluteOnly"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected Iri IriOfIriRef(bool absoluteOnly)
    {
        var lexer = Lexer;
        var text = lexer.Text;
        int hash = TermCache.Hash(text);
        if (_cache.Find(text, hash) is Iri cached)
        {
            return cached;
        }

        string written = TurtleEscapes.Decode(lexer.Content, lexer.HasEscapes);
        string value = !lexer.HasEscapes && PlainIri.IsValidAbsolute(lexer.Content) ? written
            : absoluteOnly ? CheckAbsolute(written)
            : Resolve(written);
        var iri = Iri.CreateUnchecked(value);
        _cache.Add(text, hash, iri);
        return iri;
    }

    /// <summary>The IRI of the current prefixed-name token (not consumed).</summary>
    protected Iri IriOfPrefixedName()
    {
        var lexer = Lexer;
        var text = lexer.Text;
        int hash = TermCache.Hash(text);
        if (_cache.Find(text, hash) is Iri cached)
        {
            return cached;
        }

        var prefixBytes = text[..(lexer.Colon - lexer.Start)];
        Span<char> prefixChars = prefixBytes.Length <= 64 ? stackalloc char[64] : new char[prefixBytes.Length];
        prefixChars = prefixChars[..Encoding.UTF8.GetChars(prefixBytes, prefixChars)];
        if (!_prefixLookup.TryGetValue(prefixChars, out var binding))
        {
            lexer.FailAtToken($"undefined prefix '{prefixChars}:'");
        }

        var localBytes = text[(lexer.Colon - lexer.Start + 1)..];
        string local = TurtleEscapes.Decode(localBytes, lexer.HasEscapes);
        string value = binding.Namespace + local;
        bool plain = !lexer.HasEscapes && binding.AcceptsPlainLocalNames && PlainIri.IsPlainLocalName(localBytes);
        if (!plain && !IriSyntax.TryValidateAbsolute(value, out var error))
        {
            lexer.FailAtToken($"the prefixed name {Encoding.UTF8.GetString(text)} makes the invalid IRI <{value}>: {error}");
        }

        var iri = Iri.CreateUnchecked(value);
        _cache.Add(text, hash, iri);
        return iri;
    }

    /// <summary>The blank node of the current label token (not consumed).</summary>
    protected BlankNode BlankNodeOfLabel()
    {
        var lexer = Lexer;
        var text = lexer.Text;
        int hash = TermCache.Hash(text);
        if (_cache.Find(text, hash) is BlankNode cached)
        {
            return cached;
        }

        var node = _blankNodes.FromLabel(Encoding.UTF8.GetString(lexer.Content));
        _cache.Add(text, hash, node);
        return node;
    }

    /// <summary>A new blank node for <c>[]</c> and lists.</summary>
    protected BlankNode FreshBlankNode() => _blankNodes.Fresh();

    /// <summary>
    /// Reads a literal starting at the current string token, with its language tag or datatype, and leaves the lexer on
    /// the token after it. N-Triples passes <paramref name="turtle"/> false: the datatype must then be an IRIREF.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected Literal ReadRdfLiteral(bool turtle)
    {
        var lexer = Lexer;
        if (_literalKey.Length > 1 << 16)
        {
            // The last literal was huge: do not keep its room.
            _literalKey = new byte[256];
        }

        // The key is the string's raw content, 0xFF (never in UTF-8), then '@' and the tag or '^' and the datatype token.
        var content = lexer.Content;
        bool escapes = lexer.HasEscapes;
        int length = content.Length;
        EnsureKeyRoom(length + 2);
        content.CopyTo(_literalKey);
        _literalKey[length++] = 0xFF;
        Iri? datatype = null;
        int tagStart = 0;
        switch (lexer.Next())
        {
            case TokenKind.LangTag:
                var tag = lexer.Content;
                EnsureKeyRoom(length + 1 + tag.Length);
                _literalKey[length++] = (byte)'@';
                tagStart = length;
                tag.CopyTo(_literalKey.AsSpan(length));
                length += tag.Length;
                lexer.Next();
                break;
            case TokenKind.DoubleCaret:
                lexer.Next();
                if (lexer.Kind == TokenKind.IriRef)
                {
                    datatype = IriOfIriRef(!turtle);
                }
                else if (turtle && lexer.Kind == TokenKind.PrefixedName)
                {
                    datatype = IriOfPrefixedName();
                }
                else
                {
                    throw Expected(turtle ? "a datatype IRI after '^^'" : "a datatype IRI <…> after '^^'");
                }

                if (datatype.Equals(RdfVocabulary.LangString))
                {
                    lexer.FailAtToken("rdf:langString is the datatype of language-tagged strings; write \"…\"@tag instead");
                }

                var dt = lexer.Text;
                EnsureKeyRoom(length + 1 + dt.Length);
                _literalKey[length++] = (byte)'^';
                dt.CopyTo(_literalKey.AsSpan(length));
                length += dt.Length;
                lexer.Next();
                break;
        }

        var key = _literalKey.AsSpan(0, length);
        // The content and the suffix are hashed apart, so literals that differ only near the end of their content
        // (times, amounts) do not share a hash because of a long datatype IRI after it.
        int hash = (TermCache.Hash(key[..content.Length]) * 31) + TermCache.Hash(key[content.Length..]);
        if (_cache.Find(key, hash) is Literal cached)
        {
            return cached;
        }

        string value = TurtleEscapes.Decode(key[..content.Length], escapes);
        Literal literal;
        if (tagStart > 0)
        {
            literal = Literal.CreateUnchecked(value, RdfVocabulary.LangString, Encoding.ASCII.GetString(key[tagStart..]).ToLowerInvariant());
        }
        else
        {
            literal = Literal.CreateUnchecked(value, datatype is null || datatype.Equals(Xsd.String) ? Xsd.String : datatype, null);
        }

        _cache.Add(key, hash, literal);
        return literal;
    }

    /// <summary>The literal of the current INTEGER, DECIMAL or DOUBLE token (not consumed).</summary>
    protected Literal NumericLiteral()
    {
        var lexer = Lexer;
        var text = lexer.Text;
        int hash = TermCache.Hash(text);
        if (_cache.Find(text, hash) is Literal cached)
        {
            return cached;
        }

        var datatype = lexer.Kind switch
        {
            TokenKind.Integer => Xsd.Integer,
            TokenKind.Decimal => Xsd.Decimal,
            _ => Xsd.Double,
        };
        var literal = Literal.CreateUnchecked(Encoding.ASCII.GetString(text), datatype, null);
        _cache.Add(text, hash, literal);
        return literal;
    }

    /// <summary>The literal for the keyword <c>true</c> or <c>false</c>.</summary>
    protected static Literal BooleanLiteral(bool value) => value ? True : False;

    /// <summary>Records a prefix declaration (namespace already resolved).</summary>
    protected void DeclarePrefix(string prefix, string namespaceIri)
    {
        if (_prefixes.TryGetValue(prefix, out var old) && !string.Equals(old.Namespace, namespaceIri, StringComparison.Ordinal))
        {
            // Cached prefixed names may have used the old namespace.
            _cache.Clear();
        }

        _prefixes[prefix] = new PrefixBinding(namespaceIri, PlainIri.AcceptsPlainLocalNames(namespaceIri));
        _prefixDeclared(prefix, namespaceIri);
    }

    /// <summary>Records a new base IRI (already resolved).</summary>
    protected void DeclareBase(string baseIri)
    {
        _baseIri = baseIri;
        _cache.Clear();
        _baseDeclared(baseIri);
    }

    /// <summary>Resolves an IRI as written in a Turtle document against the base IRI; fails at the current token.</summary>
    protected string Resolve(string written)
    {
        if (HasScheme(written))
        {
            return CheckAbsolute(written);
        }

        if (_baseIri is null)
        {
            Lexer.FailAtToken($"the relative IRI <{written}> cannot be resolved: there is no base IRI");
        }

        if (!IriSyntax.TryValidateReference(written, out var error))
        {
            Lexer.FailAtToken($"invalid IRI <{written}>: {error}");
        }

        try
        {
            return IriSyntax.Resolve(_baseIri, written);
        }
        catch (FormatException e)
        {
            // Only a malformed base IRI (from the options) gets here.
            Lexer.FailAtToken($"the IRI <{written}> cannot be resolved: {e.Message}");
            throw;
        }
    }

    /// <summary>Fails unless the stack has room for one more level of nesting (lists and <c>[ … ]</c> recurse).</summary>
    protected void CheckNesting()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Lexer.FailAtToken("lists or blank nodes are nested too deeply");
        }
    }

    private string CheckAbsolute(string written)
    {
        if (!IriSyntax.TryValidateAbsolute(written, out var error))
        {
            Lexer.FailAtToken(HasScheme(written) ? $"invalid IRI <{written}>: {error}" : $"the IRI <{written}> is relative; only absolute IRIs are allowed here");
        }

        return written;
    }

    private static bool HasScheme(string s)
    {
        if (s.Length == 0 || !char.IsAsciiLetter(s[0]))
        {
            return false;
        }

        for (int i = 1; i < s.Length; i++)
        {
            char c = s[i];
            if (c == ':')
            {
                return true;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A declared namespace, and whether plain local names appended to it need no validation.</summary>
    private readonly record struct PrefixBinding(string Namespace, bool AcceptsPlainLocalNames);

    private void EnsureKeyRoom(int length)
    {
        if (_literalKey.Length < length)
        {
            Array.Resize(ref _literalKey, Math.Max(length, _literalKey.Length * 2));
        }
    }
}
