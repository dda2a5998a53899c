using System.Buffers;

namespace ValueFlows.Rdf;

/// <summary>
/// The bytes of a stream, pulled into one pooled buffer, with the line and column bookkeeping that error messages need.
/// The buffer keeps only the bytes of the token being read: <see cref="Fill"/> moves them to the front before it reads
/// more, and grows the buffer only when one token does not fit.
/// </summary>
/// <remarks>
/// Columns are counted lazily: the input remembers one anchor on the current line (an offset whose column is known) and
/// counts code points from there when a position is asked for. Lines only change at line breaks, which the lexer reports.
/// </remarks>
internal sealed class Utf8Input : IDisposable
{
    public const int DefaultBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _normalSize;
    private byte[] _buffer;
    private long _anchorOffset;
    private long _anchorColumn;
    private long _lastCarriageReturn = -1;

    public Utf8Input(Stream stream, int bufferSize = DefaultBufferSize)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bufferSize, 16));
        _normalSize = _buffer.Length;
    }

    /// <summary>The buffer; the valid bytes are <c>[0, End)</c>. Replaced when it grows or shrinks.</summary>
    public byte[] Buffer => _buffer;

    /// <summary>The number of valid bytes in <see cref="Buffer"/>.</summary>
    public int End { get; private set; }

    /// <summary>True once the stream has no more bytes.</summary>
    public bool IsAtEndOfStream { get; private set; }

    /// <summary>The absolute byte offset of <c>Buffer[0]</c>.</summary>
    public long BufferOffset { get; private set; }

    /// <summary>The 0-based line of the scanning point.</summary>
    public long Line { get; private set; }

    /// <summary>
    /// Reads more bytes. The bytes from <paramref name="keepFrom"/> on are kept (they belong to the token being read) and
    /// may move to the front of the buffer: every index the caller holds must then be lowered by <paramref name="shift"/>.
    /// </summary>
    /// <returns>False when the stream is exhausted (no bytes were added, though the kept ones may still have moved).</returns>
    public bool Fill(int keepFrom, out int shift)
    {
        shift = 0;
        if (IsAtEndOfStream)
        {
            return false;
        }

        if (keepFrom > 0)
        {
            Discard(keepFrom);
            shift = keepFrom;
        }
        else if (End == _buffer.Length)
        {
            Resize(_buffer.Length * 2);
        }

        int read = _stream.Read(_buffer, End, _buffer.Length - End);
        if (read <= 0)
        {
            IsAtEndOfStream = true;
            return false;
        }

        End += read;
        return true;
    }

    /// <summary>Records a line feed whose next byte is at <paramref name="next"/> (a CR LF pair is one line break).</summary>
    public void LineFeed(int next)
    {
        long offset = BufferOffset + next;
        if (_lastCarriageReturn != offset - 2)
        {
            Line++;
        }

        _anchorOffset = offset;
        _anchorColumn = 0;
    }

    /// <summary>Records a carriage return whose next byte is at <paramref name="next"/>.</summary>
    public void CarriageReturn(int next)
    {
        long offset = BufferOffset + next;
        Line++;
        _lastCarriageReturn = offset - 1;
        _anchorOffset = offset;
        _anchorColumn = 0;
    }

    /// <summary>Counts columns of the current line from <paramref name="index"/> on (after a byte order mark, which is not text).</summary>
    public void StartColumnsAt(int index)
    {
        _anchorOffset = BufferOffset + index;
        _anchorColumn = 0;
    }

    /// <summary>
    /// The position of the byte at buffer index <paramref name="index"/>, which must lie on the current line and at or after
    /// every position asked for before on this line by <see cref="Anchor"/>.
    /// </summary>
    public TextPosition PositionAt(int index)
    {
        int anchor = (int)(_anchorOffset - BufferOffset);
        long column = _anchorColumn;
        if (index > anchor)
        {
            column += Utf8Text.CountCodePoints(_buffer.AsSpan(anchor, index - anchor));
        }

        return new TextPosition(Line, column, BufferOffset + index);
    }

    /// <summary>Computes the position at <paramref name="index"/> and remembers it, so later positions count from there.</summary>
    public TextPosition Anchor(int index)
    {
        var position = PositionAt(index);
        if (position.Offset > _anchorOffset)
        {
            _anchorOffset = position.Offset;
            _anchorColumn = position.Column;
        }

        return position;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private void Discard(int count)
    {
        int anchor = (int)(_anchorOffset - BufferOffset);
        if (anchor < count)
        {
            // The bytes of the current line that leave the buffer still count towards later columns.
            _anchorColumn += Utf8Text.CountCodePoints(_buffer.AsSpan(anchor, count - anchor));
            _anchorOffset = BufferOffset + count;
        }

        int remaining = End - count;
        if (_buffer.Length > _normalSize && remaining < _normalSize / 2)
        {
            // A token that needed a bigger buffer has passed: go back to the normal size.
            var smaller = ArrayPool<byte>.Shared.Rent(_normalSize);
            _buffer.AsSpan(count, remaining).CopyTo(smaller);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = smaller;
        }
        else
        {
            _buffer.AsSpan(count, remaining).CopyTo(_buffer);
        }

        End = remaining;
        BufferOffset += count;
    }

    private void Resize(int size)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(size);
        _buffer.AsSpan(0, End).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
