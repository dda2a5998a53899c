namespace ValueFlows.Rdf.Tests;

/// <summary>
/// A read-only stream over bytes whose reads never cross <c>split</c> (the first reads end there, the rest come after),
/// or that hand out one byte per read: a reader must give the same result however its input arrives.
/// </summary>
internal sealed class ChunkedStream(byte[] data, int split, bool oneByteReads = false) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => data.Length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int limit = _position < split ? split : data.Length;
        int n = Math.Min(count, limit - _position);
        if (oneByteReads)
        {
            n = Math.Min(n, 1);
        }

        data.AsSpan(_position, n).CopyTo(buffer.AsSpan(offset));
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
