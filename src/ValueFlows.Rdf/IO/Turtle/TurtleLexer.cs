using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace ValueFlows.Rdf;

/// <summary>
/// Splits N-Triples, N-Quads, Turtle and TriG text into terminals, straight from the UTF-8 bytes of a <see cref="Utf8Input"/>.
/// A token's bytes stay valid until the next call to <see cref="Next"/>; the parser turns them into terms before that.
/// Every token is checked as it is scanned (UTF-8, escapes, characters allowed), so errors point at the offending byte.
/// </summary>
/// <remarks>
/// The per-token methods here and in the parsers are marked <see cref="MethodImplOptions.AggressiveOptimization"/>: a
/// one-shot parse of a large file (the CLI, an import) otherwise spends its first second in unoptimised code before
/// tiered compilation catches up; measured, it costs nothing once warm.
/// </remarks>
internal sealed partial class TurtleLexer : IDisposable
{
    private readonly Utf8Input _input;
    private byte[] _buffer;
    private int _end;
    private int _pos;
    private int _tokenStart;
    private bool _started;
    private bool _multiLine;
    private TextPosition _multiLineStart;

    public TurtleLexer(Utf8Input input)
    {
        _input = input;
        _buffer = input.Buffer;
        _end = input.End;
    }

    public TokenKind Kind { get; private set; }

    /// <summary>Buffer index of the token's first byte.</summary>
    public int Start { get; private set; }

    /// <summary>Buffer index just after the token.</summary>
    public int End { get; private set; }

    public int ContentStart { get; private set; }

    public int ContentEnd { get; private set; }

    /// <summary>For a prefixed name, the buffer index of its ':'.</summary>
    public int Colon { get; private set; }

    /// <summary>True when the content holds escapes (UCHAR, ECHAR or PN_LOCAL_ESC) that decoding must resolve.</summary>
    public bool HasEscapes { get; private set; }

    /// <summary>For a string, true when it is one of the triple-quoted forms.</summary>
    public bool IsLongString => ContentStart - Start == 3;

    /// <summary>For a string, its quote character.</summary>
    public byte Quote => _buffer[Start];

    /// <summary>The 0-based line on which the token starts.</summary>
    public long Line { get; private set; }

    /// <summary>The bytes of the whole token.</summary>
    public ReadOnlySpan<byte> Text => _buffer.AsSpan(Start, End - Start);

    /// <summary>The bytes of the token's content (see <see cref="TokenKind"/>).</summary>
    public ReadOnlySpan<byte> Content => _buffer.AsSpan(ContentStart, ContentEnd - ContentStart);

    /// <summary>Where the current token is.</summary>
    public TextRange TokenRange => new(TokenStartPosition, _input.PositionAt(End));

    private TextPosition TokenStartPosition => _multiLine ? _multiLineStart : _input.PositionAt(Start);

    /// <summary>Scans the next token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TokenKind Next()
    {
        int i = _pos;
        if (!_started)
        {
            _started = true;
            i = SkipByteOrderMark(i);
        }

        i = SkipSpace(i);
        _multiLine = false;
        HasEscapes = false;
        Line = _input.Line;
        if (i >= _end)
        {
            return Single(TokenKind.EndOfInput, i, 0);
        }

        byte b = _buffer[i];
        switch (b)
        {
            case (byte)'<':
                return ScanIri(i);
            case (byte)'"':
            case (byte)'\'':
                return ScanString(i, b);
            case (byte)'_':
                return ScanBlankNodeLabel(i);
            case (byte)'@':
                return ScanLangTag(i);
            case (byte)'.':
                _tokenStart = i;
                return Ensure(ref i, 2) && char.IsAsciiDigit((char)_buffer[i + 1]) ? ScanNumber(i) : Single(TokenKind.Dot, i, 1);
            case (byte)'+':
            case (byte)'-':
            case >= (byte)'0' and <= (byte)'9':
                return ScanNumber(i);
            case (byte)'^':
                _tokenStart = i;
                if (Ensure(ref i, 2) && _buffer[i + 1] == '^')
                {
                    return Single(TokenKind.DoubleCaret, i, 2);
                }

                Fail("expected '^^' before a datatype IRI", i);
                break;
            case (byte)';':
                return Single(TokenKind.Semicolon, i, 1);
            case (byte)',':
                return Single(TokenKind.Comma, i, 1);
            case (byte)'[':
                return Single(TokenKind.OpenBracket, i, 1);
            case (byte)']':
                return Single(TokenKind.CloseBracket, i, 1);
            case (byte)'(':
                return Single(TokenKind.OpenParen, i, 1);
            case (byte)')':
                return Single(TokenKind.CloseParen, i, 1);
            case (byte)'{':
                return Single(TokenKind.OpenBrace, i, 1);
            case (byte)'}':
                return Single(TokenKind.CloseBrace, i, 1);
            default:
                return ScanName(i);
        }

        return Kind;
    }

    /// <summary>Throws a syntax error located at the current token.</summary>
    [DoesNotReturn]
    public void FailAtToken(string detail) => throw ErrorAtToken(detail);

    /// <summary>A syntax error located at the current token.</summary>
    public RdfSyntaxException ErrorAtToken(string detail) => new(detail, TokenRange);

    /// <summary>Describes the current token for "expected X, found Y" messages.</summary>
    public string DescribeToken()
    {
        switch (Kind)
        {
            case TokenKind.EndOfInput:
                return "the end of the input";
            case TokenKind.String:
                return "a string";
            default:
                var text = Text;
                return text.Length > 60 ? $"'{Encoding.UTF8.GetString(text[..57])}...'" : $"'{Encoding.UTF8.GetString(text)}'";
        }
    }

    public void Dispose() => _input.Dispose();

    private TokenKind Single(TokenKind kind, int start, int length)
    {
        Kind = kind;
        Start = start;
        End = start + length;
        ContentStart = start;
        ContentEnd = End;
        _pos = End;
        return kind;
    }

    /// <summary>Skips a UTF-8 byte order mark at the very start, which editors on some systems write.</summary>
    private int SkipByteOrderMark(int i)
    {
        _tokenStart = i;
        if (Ensure(ref i, 3) && _buffer.AsSpan(i, 3).SequenceEqual("\uFEFF"u8))
        {
            i += 3;
            _input.StartColumnsAt(i);
        }

        return i;
    }

    /// <summary>Skips white space and comments; returns the index of the next token's first byte, or <see cref="_end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SkipSpace(int i)
    {
        while (true)
        {
            if (i >= _end)
            {
                _tokenStart = i;
                if (!Refill(ref i))
                {
                    return i;
                }

                continue;
            }

            switch (_buffer[i])
            {
                case (byte)' ':
                case (byte)'\t':
                    i++;
                    break;
                case (byte)'\n':
                    i++;
                    _input.LineFeed(i);
                    break;
                case (byte)'\r':
                    i++;
                    _input.CarriageReturn(i);
                    break;
                case (byte)'#':
                    i = SkipComment(i + 1);
                    break;
                default:
                    return i;
            }
        }
    }

    private int SkipComment(int i)
    {
        _tokenStart = i;
        while (true)
        {
            int found = _buffer.AsSpan(i, _end - i).IndexOfAny(TurtleCharacters.LineBreaks);
            if (found >= 0)
            {
                CheckUtf8(_tokenStart, i + found);
                return i + found;
            }

            // The comment goes on past the buffer: check what is here, keep only a sequence the buffer cut in two.
            var pending = _buffer.AsSpan(_tokenStart, _end - _tokenStart);
            int bad = Utf8Text.FindInvalid(pending, isFinal: false, out int complete);
            if (bad >= 0)
            {
                FailUtf8(_tokenStart + bad);
            }

            _tokenStart += complete;
            i = _end;
            if (!Refill(ref i))
            {
                CheckUtf8(_tokenStart, _end);
                return _end;
            }
        }
    }

    /// <summary>Reads more input, keeping the bytes from <see cref="_tokenStart"/> on; shifts <paramref name="i"/> along.</summary>
    private bool Refill(ref int i)
    {
        bool more = _input.Fill(_tokenStart, out int shift);
        _buffer = _input.Buffer;
        _end = _input.End;
        _tokenStart -= shift;
        i -= shift;
        return more;
    }

    /// <summary>Makes <paramref name="count"/> bytes from <paramref name="i"/> available if the input has them.</summary>
    private bool Ensure(ref int i, int count)
    {
        while (_end - i < count)
        {
            if (!Refill(ref i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The code point at <paramref name="i"/> and its length in bytes; -1 at the end of the input.</summary>
    private int PeekCodePoint(ref int i, out int length)
    {
        if (!Ensure(ref i, 1))
        {
            length = 0;
            return -1;
        }

        byte b = _buffer[i];
        if (b < 0x80)
        {
            length = 1;
            return b;
        }

        Ensure(ref i, 4);
        if (Rune.DecodeFromUtf8(_buffer.AsSpan(i, _end - i), out var rune, out length) != System.Buffers.OperationStatus.Done)
        {
            FailUtf8(i);
        }

        return rune.Value;
    }

    private void CheckUtf8(int start, int end)
    {
        int bad = Utf8Text.FindInvalid(_buffer.AsSpan(start, end - start), isFinal: true, out _);
        if (bad >= 0)
        {
            FailUtf8(start + bad);
        }
    }

    [DoesNotReturn]
    private void FailUtf8(int i) => Fail($"the byte 0x{_buffer[i]:X2} is not valid UTF-8 here", i);

    [DoesNotReturn]
    private void Fail(string detail, int i) => throw new RdfSyntaxException(detail, TextRange.At(_input.PositionAt(i)));

    [DoesNotReturn]
    private void Fail(string detail, int start, int end) =>
        throw new RdfSyntaxException(detail, new TextRange(_input.PositionAt(start), _input.PositionAt(end)));

    private string DescribeAt(int i) => Utf8Text.Describe(_buffer.AsSpan(i, Math.Min(4, _end - i)));
}
