using System.Text;

namespace ValueFlows.Sparql.Syntax;

/// <summary>
/// Splits SPARQL text into tokens by longest match over the terminals of §19.8. Keywords come out as
/// <see cref="TokenKind.Name"/> tokens that the parser matches case-insensitively.
/// </summary>
internal sealed class SparqlTokenizer
{
    private const string LocalEscapes = "_~.-!$&'()*+,;=/?#@%";

    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<Token> _tokens = [];
    private int _pos;

    private SparqlTokenizer(SourceText source)
    {
        _source = source;
        _text = source.Text;
    }

    /// <summary>Tokenizes the whole text; the list ends with an <see cref="TokenKind.End"/> token.</summary>
    public static List<Token> Tokenize(SourceText source)
    {
        var tokenizer = new SparqlTokenizer(source);
        tokenizer.Run();
        return tokenizer._tokens;
    }

    private void Run()
    {
        while (true)
        {
            SkipSpaceAndComments();
            if (_pos >= _text.Length)
            {
                _tokens.Add(new Token(TokenKind.End, string.Empty, _pos, _pos));
                return;
            }

            _tokens.Add(Next());
        }
    }

    private void SkipSpaceAndComments()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private Token Next()
    {
        var start = _pos;
        var c = _text[_pos];
        switch (c)
        {
            case '<':
                return TryIriRef(out var iri) ? iri : Punctuation(start, Peek(1) == '=' ? 2 : 1);
            case '?' or '$' when IsVarNameStart(_pos + 1):
                return Variable();
            case '"' or '\'':
                return StringLiteral();
            case '@':
                return LangTag();
            case '_' when Peek(1) == ':':
                return BlankNodeLabel();
            case '(' or '[':
                return NilOrAnon(c);
            case ':':
                return PrefixedName(start, start);
            case '+' or '-' when StartsNumber(_pos + 1):
                _pos++;
                return Number(start);
            case '.' when StartsNumber(_pos):
                return Number(start);
            case >= '0' and <= '9':
                return Number(start);
            case '^':
                return Punctuation(start, Peek(1) == '^' ? 2 : 1);
            case '!':
                return Punctuation(start, Peek(1) == '=' ? 2 : 1);
            case '>':
                return Punctuation(start, Peek(1) == '=' ? 2 : 1);
            case '&':
                return Peek(1) == '&' ? Punctuation(start, 2) : throw _source.Error("Expected '&&'", start, start + 1);
            case '|':
                return Punctuation(start, Peek(1) == '|' ? 2 : 1);
            case '{' or '}' or ')' or ']' or '.' or ',' or ';' or '/' or '*' or '+' or '-' or '=' or '?' or '$':
                return Punctuation(start, 1);
            default:
                if (IsPnCharsBase(RuneAt(_pos, out _)))
                {
                    return NameOrPrefixedName(start);
                }

                throw _source.Error($"Unexpected character '{char.ConvertFromUtf32(RuneAt(_pos, out _))}'", start, start + 1);
        }
    }

    private char Peek(int ahead) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private Token Punctuation(int start, int length)
    {
        _pos = start + length;
        return new Token(TokenKind.Punctuation, _text.Substring(start, length), start, _pos);
    }

    private bool TryIriRef(out Token token)
    {
        var i = _pos + 1;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == '>')
            {
                token = new Token(TokenKind.IriRef, _text.Substring(_pos + 1, i - _pos - 1), _pos, i + 1);
                _pos = i + 1;
                return true;
            }

            if (c <= ' ' || c is '<' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                break;
            }

            i++;
        }

        token = default;
        return false;
    }

    private bool IsVarNameStart(int index)
    {
        if (index >= _text.Length)
        {
            return false;
        }

        var r = RuneAt(index, out _);
        return IsPnCharsU(r) || (r >= '0' && r <= '9');
    }

    private Token Variable()
    {
        var start = _pos;
        _pos++;
        var nameStart = _pos;
        while (_pos < _text.Length)
        {
            var r = RuneAt(_pos, out var width);
            if (!(IsPnCharsU(r) || (r >= '0' && r <= '9') || r == 0xB7 || (r >= 0x300 && r <= 0x36F) || r == 0x203F || r == 0x2040))
            {
                break;
            }

            _pos += width;
        }

        return new Token(TokenKind.Variable, _text[nameStart.._pos], start, _pos);
    }

    private Token LangTag()
    {
        var start = _pos;
        _pos++;
        var letters = 0;
        while (_pos < _text.Length && char.IsAsciiLetter(_text[_pos]))
        {
            _pos++;
            letters++;
        }

        if (letters == 0)
        {
            throw _source.Error("Expected a language tag after '@'", start, _pos + 1);
        }

        while (_pos + 1 < _text.Length && _text[_pos] == '-' && char.IsAsciiLetterOrDigit(_text[_pos + 1]))
        {
            _pos++;
            while (_pos < _text.Length && char.IsAsciiLetterOrDigit(_text[_pos]))
            {
                _pos++;
            }
        }

        return new Token(TokenKind.LangTag, _text[(start + 1).._pos], start, _pos);
    }

    private Token BlankNodeLabel()
    {
        var start = _pos;
        _pos += 2;
        if (_pos >= _text.Length)
        {
            throw _source.Error("Expected a blank node label after '_:'", start, _pos);
        }

        var first = RuneAt(_pos, out var width);
        if (!IsPnCharsU(first) && !(first >= '0' && first <= '9'))
        {
            throw _source.Error("Invalid blank node label", start, _pos + 1);
        }

        _pos += width;
        ScanNameTail(allowColon: false, allowEscapes: false);
        return new Token(TokenKind.BlankNodeLabel, _text[(start + 2).._pos], start, _pos);
    }

    /// <summary>Scans <c>((PN_CHARS|'.')* PN_CHARS)?</c> (with ':' and escapes for local names), leaving trailing dots out.</summary>
    private void ScanNameTail(bool allowColon, bool allowEscapes, StringBuilder? value = null)
    {
        var lastGood = _pos;
        var lastGoodLength = value?.Length ?? 0;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '.')
            {
                value?.Append('.');
                _pos++;
                continue;
            }

            if (allowColon && c == ':')
            {
                value?.Append(':');
                _pos++;
            }
            else if (allowEscapes && (c == '%' || c == '\\'))
            {
                ScanLocalEscape(value);
            }
            else
            {
                var r = RuneAt(_pos, out var width);
                if (!IsPnChars(r))
                {
                    break;
                }

                value?.Append(_text, _pos, width);
                _pos += width;
            }

            lastGood = _pos;
            lastGoodLength = value?.Length ?? 0;
        }

        _pos = lastGood;
        value?.Length = lastGoodLength;
    }

    private void ScanLocalEscape(StringBuilder? value)
    {
        var start = _pos;
        if (_text[_pos] == '%')
        {
            if (_pos + 2 >= _text.Length || !char.IsAsciiHexDigit(_text[_pos + 1]) || !char.IsAsciiHexDigit(_text[_pos + 2]))
            {
                throw _source.Error("Invalid percent escape in a local name", start, Math.Min(_text.Length, start + 3));
            }

            value?.Append(_text, _pos, 3);
            _pos += 3;
            return;
        }

        if (_pos + 1 >= _text.Length || !LocalEscapes.Contains(_text[_pos + 1], StringComparison.Ordinal))
        {
            throw _source.Error("Invalid escape in a local name", start, Math.Min(_text.Length, start + 2));
        }

        value?.Append(_text[_pos + 1]);
        _pos += 2;
    }

    private Token NameOrPrefixedName(int start)
    {
        ScanNameTail(allowColon: false, allowEscapes: false);
        if (_pos < _text.Length && _text[_pos] == ':')
        {
            return PrefixedName(start, _pos);
        }

        _pos = start;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }

        if (_pos == start)
        {
            throw _source.Error("Unexpected character", start, start + 1);
        }

        return new Token(TokenKind.Name, _text[start.._pos], start, _pos);
    }

    /// <summary>Reads a prefixed name whose colon is at <paramref name="colon"/>.</summary>
    private Token PrefixedName(int start, int colon)
    {
        _pos = colon + 1;
        var local = new StringBuilder();
        if (_pos < _text.Length)
        {
            var c = _text[_pos];
            var r = RuneAt(_pos, out var width);
            if (IsPnCharsU(r) || c == ':' || char.IsAsciiDigit(c))
            {
                local.Append(_text, _pos, width);
                _pos += width;
                ScanNameTail(allowColon: true, allowEscapes: true, local);
            }
            else if (c == '%' || c == '\\')
            {
                ScanLocalEscape(local);
                ScanNameTail(allowColon: true, allowEscapes: true, local);
            }
        }

        var prefix = _text[start..colon];
        return new Token(TokenKind.PrefixedName, prefix + ":" + local, start, _pos) { PrefixLength = prefix.Length };
    }

    private Token NilOrAnon(char open)
    {
        var start = _pos;
        var close = open == '(' ? ')' : ']';
        var i = _pos + 1;
        while (i < _text.Length && _text[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        if (i < _text.Length && _text[i] == close)
        {
            _pos = i + 1;
            return new Token(open == '(' ? TokenKind.Nil : TokenKind.Anon, open == '(' ? "()" : "[]", start, _pos);
        }

        return Punctuation(start, 1);
    }

    private bool StartsNumber(int index) =>
        index < _text.Length
        && (char.IsAsciiDigit(_text[index]) || (_text[index] == '.' && index + 1 < _text.Length && char.IsAsciiDigit(_text[index + 1])));

    private Token Number(int start)
    {
        var kind = TokenKind.Integer;
        SkipDigits();
        if (_pos < _text.Length && _text[_pos] == '.')
        {
            var afterDot = _pos + 1;
            var hasFraction = afterDot < _text.Length && char.IsAsciiDigit(_text[afterDot]);
            if (hasFraction || HasExponentAt(afterDot))
            {
                _pos = afterDot;
                SkipDigits();
                kind = TokenKind.Decimal;
            }
        }

        if (HasExponentAt(_pos))
        {
            _pos++;
            if (_text[_pos] is '+' or '-')
            {
                _pos++;
            }

            SkipDigits();
            kind = TokenKind.Double;
        }

        if (kind == TokenKind.Decimal && _text[_pos - 1] == '.')
        {
            throw _source.Error("Expected digits after '.'", start, _pos);
        }

        return new Token(kind, _text[start.._pos], start, _pos);
    }

    private bool HasExponentAt(int i)
    {
        if (i >= _text.Length || (_text[i] != 'e' && _text[i] != 'E'))
        {
            return false;
        }

        i++;
        if (i < _text.Length && _text[i] is '+' or '-')
        {
            i++;
        }

        return i < _text.Length && char.IsAsciiDigit(_text[i]);
    }

    private void SkipDigits()
    {
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
        {
            _pos++;
        }
    }

    private Token StringLiteral()
    {
        var start = _pos;
        var quote = _text[_pos];
        var isLong = Peek(1) == quote && Peek(2) == quote;
        _pos += isLong ? 3 : 1;
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw _source.Error("Unterminated string", start, _pos);
            }

            var c = _text[_pos];
            if (c == quote)
            {
                if (!isLong)
                {
                    _pos++;
                    break;
                }

                if (Peek(1) == quote && Peek(2) == quote)
                {
                    // A long string may end with up to two extra quotes that belong to its value: '''a'''''.
                    while (Peek(3) == quote)
                    {
                        value.Append(quote);
                        _pos++;
                    }

                    _pos += 3;
                    break;
                }

                value.Append(c);
                _pos++;
            }
            else if (c == '\\')
            {
                value.Append(Peek(1) switch
                {
                    't' => '\t',
                    'b' => '\b',
                    'n' => '\n',
                    'r' => '\r',
                    'f' => '\f',
                    '"' => '"',
                    '\'' => '\'',
                    '\\' => '\\',
                    _ => throw _source.Error("Invalid escape sequence in a string", _pos, Math.Min(_text.Length, _pos + 2)),
                });
                _pos += 2;
            }
            else if (!isLong && c is '\n' or '\r')
            {
                throw _source.Error("Line break in a short string", _pos, _pos + 1);
            }
            else
            {
                value.Append(c);
                _pos++;
            }
        }

        return new Token(TokenKind.String, value.ToString(), start, _pos);
    }

    private int RuneAt(int index, out int width)
    {
        var c = _text[index];
        if (char.IsHighSurrogate(c) && index + 1 < _text.Length && char.IsLowSurrogate(_text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, _text[index + 1]);
        }

        width = 1;
        return c;
    }

    private static bool IsPnCharsBase(int r) =>
        (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z')
        || (r >= 0xC0 && r <= 0xD6) || (r >= 0xD8 && r <= 0xF6) || (r >= 0xF8 && r <= 0x2FF)
        || (r >= 0x370 && r <= 0x37D) || (r >= 0x37F && r <= 0x1FFF) || (r >= 0x200C && r <= 0x200D)
        || (r >= 0x2070 && r <= 0x218F) || (r >= 0x2C00 && r <= 0x2FEF) || (r >= 0x3001 && r <= 0xD7FF)
        || (r >= 0xF900 && r <= 0xFDCF) || (r >= 0xFDF0 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0xEFFFF);

    private static bool IsPnCharsU(int r) => r == '_' || IsPnCharsBase(r);

    private static bool IsPnChars(int r) =>
        IsPnCharsU(r) || r == '-' || (r >= '0' && r <= '9') || r == 0xB7 || (r >= 0x300 && r <= 0x36F) || r == 0x203F || r == 0x2040;
}
