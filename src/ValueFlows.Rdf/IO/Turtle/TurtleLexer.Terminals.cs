using System.Runtime.CompilerServices;

namespace ValueFlows.Rdf;

/// <summary>The scanners of the individual terminals.</summary>
internal sealed partial class TurtleLexer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TokenKind ScanIri(int i)
    {
        _tokenStart = i;
        i++;
        bool escapes = false;
        bool nonAscii = false;
        while (true)
        {
            if (i >= _end)
            {
                if (!Refill(ref i))
                {
                    Fail("the IRI is not closed with '>'", _tokenStart);
                }

                continue;
            }

            int found = _buffer.AsSpan(i, _end - i).IndexOfAnyExcept(TurtleCharacters.PlainIriBytes);
            if (found < 0)
            {
                i = _end;
                continue;
            }

            i += found;
            byte b = _buffer[i];
            if (b == '>')
            {
                break;
            }

            if (b == '\\')
            {
                escapes = true;
                if (!Ensure(ref i, 2) || _buffer[i + 1] is not ((byte)'u' or (byte)'U'))
                {
                    Fail("only \\u and \\U escapes are allowed in an IRI", i, i + Math.Min(2, _end - i));
                }

                i = ScanCodePointEscape(i);
                continue;
            }

            if (b >= 0x80)
            {
                nonAscii = true;
                i = SkipNonAscii(i);
                continue;
            }

            Fail(b <= 0x20 ? $"{DescribeAt(i)} is not allowed in an IRI (write it percent-encoded)" : $"'{(char)b}' is not allowed in an IRI", i);
        }

        return FinishDelimited(TokenKind.IriRef, i, nonAscii, escapes);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TokenKind ScanString(int i, byte quote)
    {
        _tokenStart = i;
        Ensure(ref i, 3);
        if (_end - i >= 3 && _buffer[i + 1] == quote && _buffer[i + 2] == quote)
        {
            return ScanLongString(i, quote);
        }

        var stops = quote == '"' ? TurtleCharacters.DoubleQuoteStops : TurtleCharacters.SingleQuoteStops;
        bool escapes = false;
        bool nonAscii = false;
        i++;
        while (true)
        {
            if (i >= _end)
            {
                if (!Refill(ref i))
                {
                    Fail("the string is not closed", _tokenStart);
                }

                continue;
            }

            int found = _buffer.AsSpan(i, _end - i).IndexOfAny(stops);
            if (found < 0)
            {
                i = _end;
                continue;
            }

            i += found;
            byte b = _buffer[i];
            if (b == quote)
            {
                break;
            }

            if (b == '\\')
            {
                escapes = true;
                i = ScanStringEscape(i);
                continue;
            }

            if (b >= 0x80)
            {
                nonAscii = true;
                i = SkipNonAscii(i);
                continue;
            }

            Fail($"a line break is not allowed in a short string (write \\n, or use a long string in {(char)quote}{(char)quote}{(char)quote})", i);
        }

        return FinishDelimited(TokenKind.String, i, nonAscii, escapes);
    }

    /// <summary>Ends a token enclosed by one opening and one closing byte (<c>&lt;…&gt;</c>, <c>"…"</c>); <paramref name="close"/> is the closing byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TokenKind FinishDelimited(TokenKind kind, int close, bool nonAscii, bool escapes)
    {
        int start = _tokenStart;
        if (nonAscii)
        {
            CheckUtf8(start + 1, close);
        }

        Kind = kind;
        Start = start;
        ContentStart = start + 1;
        ContentEnd = close;
        End = close + 1;
        _pos = End;
        HasEscapes = escapes;
        return Kind;
    }

    private TokenKind ScanLongString(int i, byte quote)
    {
        // The token may span lines, so its start position is fixed now, while it is on the current line.
        _multiLineStart = _input.Anchor(_tokenStart);
        _multiLine = true;
        var stops = quote == '"' ? TurtleCharacters.DoubleQuoteStops : TurtleCharacters.SingleQuoteStops;
        bool escapes = false;
        i += 3;

        // UTF-8 is checked line by line, so that an error position is always on the current line.
        int checkedTo = i - _tokenStart;
        bool nonAscii = false;
        while (true)
        {
            if (i >= _end)
            {
                if (!Refill(ref i))
                {
                    throw new RdfSyntaxException("the long string is not closed", new TextRange(_multiLineStart, _input.PositionAt(i)));
                }

                continue;
            }

            int found = _buffer.AsSpan(i, _end - i).IndexOfAny(stops);
            if (found < 0)
            {
                i = _end;
                continue;
            }

            i += found;
            byte b = _buffer[i];
            if (b == quote)
            {
                if (!Ensure(ref i, 3))
                {
                    throw new RdfSyntaxException("the long string is not closed", new TextRange(_multiLineStart, _input.PositionAt(_end)));
                }

                if (_buffer[i + 1] == quote && _buffer[i + 2] == quote)
                {
                    break;
                }

                i++;
            }
            else if (b == '\\')
            {
                escapes = true;
                i = ScanStringEscape(i);
            }
            else if (b >= 0x80)
            {
                nonAscii = true;
                i = SkipNonAscii(i);
            }
            else
            {
                if (nonAscii)
                {
                    CheckUtf8(_tokenStart + checkedTo, i);
                    nonAscii = false;
                }

                i++;
                if (b == '\n')
                {
                    _input.LineFeed(i);
                }
                else
                {
                    _input.CarriageReturn(i);
                }

                checkedTo = i - _tokenStart;
            }
        }

        int start = _tokenStart;
        if (nonAscii)
        {
            CheckUtf8(start + checkedTo, i);
        }

        Kind = TokenKind.String;
        Start = start;
        ContentStart = start + 3;
        ContentEnd = i;
        End = i + 3;
        _pos = End;
        HasEscapes = escapes;
        return Kind;
    }

    /// <summary>The index of the first ASCII byte at or after <paramref name="i"/> within the buffered bytes, or the end.</summary>
    private int SkipNonAscii(int i)
    {
        int ascii = _buffer.AsSpan(i, _end - i).IndexOfAnyInRange((byte)0, (byte)0x7F);
        return ascii < 0 ? _end : i + ascii;
    }

    /// <summary>Checks ECHAR or UCHAR at <paramref name="i"/> (a backslash); returns the index after it.</summary>
    private int ScanStringEscape(int i)
    {
        if (!Ensure(ref i, 2))
        {
            Fail("the string ends inside an escape sequence", i);
        }

        switch (_buffer[i + 1])
        {
            case (byte)'t':
            case (byte)'b':
            case (byte)'n':
            case (byte)'r':
            case (byte)'f':
            case (byte)'"':
            case (byte)'\'':
            case (byte)'\\':
                return i + 2;
            case (byte)'u':
            case (byte)'U':
                return ScanCodePointEscape(i);
            default:
                Fail($"invalid escape sequence '\\{DescribeAt(i + 1).Trim('\'')}' (allowed: \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX \\UXXXXXXXX)", i, i + 2);
                return i;
        }
    }

    /// <summary>Checks <c>\uXXXX</c> or <c>\UXXXXXXXX</c> at <paramref name="i"/>; returns the index after it.</summary>
    private int ScanCodePointEscape(int i)
    {
        int digits = _buffer[i + 1] == 'u' ? 4 : 8;

        // Enough for an escaped surrogate pair, so nothing below needs to refill.
        Ensure(ref i, 12);
        int next = i + 2 + digits;
        long value = next <= _end ? ParseHex(i + 2, digits) : -1;
        if (value < 0)
        {
            Fail($"'\\{(char)_buffer[i + 1]}' must be followed by {digits} hexadecimal digits", i, Math.Min(next, _end));
        }

        if (value > 0x10FFFF)
        {
            Fail($"the escape {Describe(i, next)} is beyond U+10FFFF", i, next);
        }

        if (value is >= 0xDC00 and <= 0xDFFF)
        {
            Fail($"the escape {Describe(i, next)} is a lone low surrogate", i, next);
        }

        if (value is >= 0xD800 and <= 0xDBFF)
        {
            // A high surrogate is accepted only as the first half of an escaped pair (as Java-style writers produce).
            bool pair = digits == 4 && _end - next >= 6 && _buffer[next] == '\\' && _buffer[next + 1] == 'u'
                && ParseHex(next + 2, 4) is >= 0xDC00 and <= 0xDFFF;
            if (!pair)
            {
                Fail($"the escape {Describe(i, next)} is a high surrogate without an escaped low surrogate after it", i, next);
            }

            return next + 6;
        }

        return next;
    }

    /// <summary>The value of <paramref name="digits"/> hex digits at <paramref name="i"/>, or -1 if one is not hex.</summary>
    private long ParseHex(int i, int digits)
    {
        long value = 0;
        for (int k = i; k < i + digits; k++)
        {
            byte h = _buffer[k];
            if (!TurtleCharacters.IsHex(h))
            {
                return -1;
            }

            value = (value << 4) | (uint)TurtleCharacters.HexValue(h);
        }

        return value;
    }

    private string Describe(int start, int end) => System.Text.Encoding.UTF8.GetString(_buffer, start, end - start);

    private TokenKind ScanBlankNodeLabel(int i)
    {
        _tokenStart = i;
        if (!Ensure(ref i, 2) || _buffer[i + 1] != ':')
        {
            Fail("expected ':' after '_' (a blank node is written _:label)", i);
        }

        i += 2;
        int first = PeekCodePoint(ref i, out int length);
        if (!(TurtleCharacters.IsNameStart(first) || char.IsAsciiDigit((char)Math.Max(first, 0))))
        {
            Fail(first < 0 ? "a blank node label is missing after '_:'" : $"a blank node label cannot start with {DescribeAt(i)}", i);
        }

        i += length;

        // Relative to the token start, which a refill may move.
        int nameLength = i - _tokenStart;
        while (true)
        {
            int c = PeekCodePoint(ref i, out length);
            if (c == '.')
            {
                i++;
            }
            else if (c >= 0 && TurtleCharacters.IsNameChar(c))
            {
                i += length;
                nameLength = i - _tokenStart;
            }
            else
            {
                break;
            }
        }

        // A label never ends with '.': trailing dots end the statement instead.
        int start = _tokenStart;
        Kind = TokenKind.BlankNodeLabel;
        Start = start;
        ContentStart = start + 2;
        ContentEnd = start + nameLength;
        End = ContentEnd;
        _pos = End;
        return Kind;
    }

    private TokenKind ScanLangTag(int i)
    {
        _tokenStart = i;
        i++;
        int letters = 0;
        while (Ensure(ref i, 1) && char.IsAsciiLetter((char)_buffer[i]))
        {
            i++;
            letters++;
        }

        if (letters == 0)
        {
            Fail("expected a language tag (letters) after '@'", _tokenStart, Math.Min(_tokenStart + 2, _end));
        }

        while (Ensure(ref i, 1) && _buffer[i] == '-')
        {
            i++;
            int length = 0;
            while (Ensure(ref i, 1) && char.IsAsciiLetterOrDigit((char)_buffer[i]))
            {
                i++;
                length++;
            }

            if (length == 0)
            {
                Fail("a language subtag after '-' must not be empty", i - 1, i);
            }
        }

        int start = _tokenStart;
        Kind = TokenKind.LangTag;
        Start = start;
        ContentStart = start + 1;
        ContentEnd = i;
        End = i;
        _pos = i;
        return Kind;
    }

    private TokenKind ScanNumber(int i)
    {
        _tokenStart = i;
        if (_buffer[i] is (byte)'+' or (byte)'-')
        {
            i++;
        }

        int integerDigits = SkipDigits(ref i);
        var kind = TokenKind.Integer;
        Ensure(ref i, 4);
        if (_end - i >= 2 && _buffer[i] == '.' && char.IsAsciiDigit((char)_buffer[i + 1]))
        {
            i++;
            SkipDigits(ref i);
            kind = TokenKind.Decimal;
        }
        else if (integerDigits > 0 && _end - i >= 1 && _buffer[i] == '.' && ExponentPrefixAt(i + 1) > 0)
        {
            // "1.e5": the dot belongs to a double, not to the end of the statement.
            i++;
        }

        if (integerDigits == 0 && kind == TokenKind.Integer)
        {
            Fail($"expected a number, found {DescribeAt(_tokenStart)}", _tokenStart);
        }

        Ensure(ref i, 3);
        int exponent = ExponentPrefixAt(i);
        if (exponent > 0)
        {
            i += exponent;
            SkipDigits(ref i);
            kind = TokenKind.Double;
        }

        int start = _tokenStart;
        Kind = kind;
        Start = start;
        ContentStart = start;
        ContentEnd = i;
        End = i;
        _pos = i;
        return kind;
    }

    private int SkipDigits(ref int i)
    {
        int count = 0;
        while (Ensure(ref i, 1) && char.IsAsciiDigit((char)_buffer[i]))
        {
            i++;
            count++;
        }

        return count;
    }

    /// <summary>The length of <c>[eE] [+-]? [0-9]</c> at <paramref name="i"/> within the buffered bytes, or 0.</summary>
    private int ExponentPrefixAt(int i)
    {
        if (i >= _end || (_buffer[i] | 0x20) != 'e')
        {
            return 0;
        }

        int k = i + 1;
        if (k < _end && _buffer[k] is (byte)'+' or (byte)'-')
        {
            k++;
        }

        return k < _end && char.IsAsciiDigit((char)_buffer[k]) ? k + 1 - i : 0;
    }
}
