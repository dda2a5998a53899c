using System.Buffers;

namespace ValueFlows.Rdf;

/// <summary>
/// A read-only pass-through stream that remembers the byte offsets at which the most recent lines start, so that the
/// line and column System.Xml reports can be turned into a byte offset. System.Xml reads ahead by a few kilobytes, so
/// a ring of recent line starts is enough; the offset is exact for ASCII lines and approximate (column counted in
/// UTF-16 units) when a line holds multi-byte characters, or when only '\r' ends lines.
/// </summary>
internal sealed class LineOffsetStream : Stream
{
    private const int RingSize = 4096;
    private readonly Stream _inner;
    private readonly long[] _lineStarts;
    private long _lineCount = 1;
    private long _position;
    private bool _checkedBom;

    public LineOffsetStream(Stream inner)
    {
        _inner = inner;
        _lineStarts = ArrayPool<long>.Shared.Rent(RingSize);
        _lineStarts[0] = 0;
    }

    /// <summary>The byte offset of a 0-based line and column, as well as this stream can tell.</summary>
    public long OffsetOf(long line, long column)
    {
        if (line >= _lineCount)
        {
            return _position;
        }

        long oldest = Math.Max(0, _lineCount - RingSize);
        long start = _lineStarts[(int)(Math.Max(line, oldest) % RingSize)];
        return start + column;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = _inner.Read(buffer);
        Record(buffer[..n]);
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int n = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Record(buffer.Span[..n]);
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private void Record(ReadOnlySpan<byte> bytes)
    {
        if (!_checkedBom && bytes.Length >= 3)
        {
            // Columns count from after a UTF-8 byte order mark.
            _checkedBom = true;
            if (_position == 0 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                _lineStarts[0] = 3;
            }
        }

        int i = 0;
        while (true)
        {
            int nl = bytes[i..].IndexOf((byte)'\n');
            if (nl < 0)
            {
                break;
            }

            i += nl + 1;
            _lineStarts[(int)(_lineCount % RingSize)] = _position + i;
            _lineCount++;
        }

        _position += bytes.Length;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ArrayPool<long>.Shared.Return(_lineStarts);
        }

        base.Dispose(disposing);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
