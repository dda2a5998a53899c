using System.Runtime.CompilerServices;

namespace ValueFlows.Rdf;

/// <summary>Prefixed names and bare words.</summary>
internal sealed partial class TurtleLexer
{
    /// <summary>Scans PNAME_NS, PNAME_LN or a bare word (keywords like <c>a</c>, <c>true</c>, <c>PREFIX</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TokenKind ScanName(int i)
    {
        _tokenStart = i;
        int first = PeekCodePoint(ref i, out int length);
        if (first != ':')
        {
            if (!TurtleCharacters.IsNameStartBase(first))
            {
                Fail($"unexpected {DescribeAt(i)}", i);
            }

            i += length;
            int prefixLength = i - _tokenStart;
            while (true)
            {
                // ASCII runs straight from the buffer; the general step below handles the rest and refills.
                var buffer = _buffer;
                while (i < _end)
                {
                    byte b = buffer[i];
                    if (TurtleCharacters.IsAsciiNameChar(b))
                    {
                        i++;
                        prefixLength = i - _tokenStart;
                    }
                    else if (b == '.')
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                int c = PeekCodePoint(ref i, out length);
                if (c == '.')
                {
                    i++;
                }
                else if (c >= 0 && TurtleCharacters.IsNameChar(c))
                {
                    i += length;
                    prefixLength = i - _tokenStart;
                }
                else
                {
                    break;
                }
            }

            // Trailing dots do not belong to the name.
            i = _tokenStart + prefixLength;
            if (!Ensure(ref i, 1) || _buffer[i] != ':')
            {
                return Word(i);
            }
        }

        int colon = i - _tokenStart;
        i++;
        bool escapes = false;
        int localLength = i - _tokenStart;
        bool firstLocal = true;
        while (true)
        {
            var buffer = _buffer;
            while (i < _end)
            {
                byte b = buffer[i];
                if (TurtleCharacters.IsAsciiNameChar(b) || b == ':')
                {
                    // A local name may not start with '-'.
                    if (firstLocal && b == '-')
                    {
                        break;
                    }

                    i++;
                    firstLocal = false;
                    localLength = i - _tokenStart;
                }
                else if (b == '.' && !firstLocal)
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            int c = PeekCodePoint(ref i, out length);
            if (c == '\\')
            {
                if (!Ensure(ref i, 2) || !TurtleCharacters.IsLocalEscapable(_buffer[i + 1]))
                {
                    Fail($"invalid escape in a local name: '\\' may only escape one of _~.-!$&'()*+,;=/?#@%", i, Math.Min(i + 2, _end));
                }

                escapes = true;
                i += 2;
            }
            else if (c == '%')
            {
                if (!Ensure(ref i, 3) || !TurtleCharacters.IsHex(_buffer[i + 1]) || !TurtleCharacters.IsHex(_buffer[i + 2]))
                {
                    Fail("'%' in a local name must be followed by two hexadecimal digits", i, Math.Min(i + 3, _end));
                }

                i += 3;
            }
            else if (c == '.' && !firstLocal)
            {
                i++;
                firstLocal = false;
                continue;
            }
            else if (c >= 0 && (c == ':' || TurtleCharacters.IsNameChar(c)))
            {
                // The first character of a local name may not be '-' or '·' and the like (PN_CHARS_U | ':' | [0-9]).
                if (firstLocal && !(c == ':' || char.IsAsciiDigit((char)Math.Min(c, 0x7F)) || TurtleCharacters.IsNameStart(c)))
                {
                    break;
                }

                i += length;
            }
            else
            {
                break;
            }

            firstLocal = false;
            localLength = i - _tokenStart;
        }

        int start = _tokenStart;
        Kind = TokenKind.PrefixedName;
        Start = start;
        ContentStart = start;
        Colon = start + colon;
        ContentEnd = start + localLength;
        End = ContentEnd;
        _pos = End;
        HasEscapes = escapes;
        return Kind;
    }

    private TokenKind Word(int end)
    {
        int start = _tokenStart;
        Kind = TokenKind.Word;
        Start = start;
        ContentStart = start;
        ContentEnd = end;
        End = end;
        _pos = end;
        return Kind;
    }
}
