using System.Text;

namespace ValueFlows.Rdf.Tests;

/// <summary>A read-only stream that writes a large document as it is read: a head, many generated statements, a tail.</summary>
internal sealed class GeneratedStream(string head, Func<int, string> statement, int statements, string tail) : Stream
{
    private byte[] _pending = Encoding.UTF8.GetBytes(head);
    private int _pendingOffset;
    private int _next;
    private bool _tailWritten;

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_pendingOffset == _pending.Length)
        {
            if (_next < statements)
            {
                _pending = Encoding.UTF8.GetBytes(statement(_next++));
            }
            else if (!_tailWritten)
            {
                _pending = Encoding.UTF8.GetBytes(tail);
                _tailWritten = true;
            }
            else
            {
                return 0;
            }

            _pendingOffset = 0;
        }

        int n = Math.Min(count, _pending.Length - _pendingOffset);
        _pending.AsSpan(_pendingOffset, n).CopyTo(buffer.AsSpan(offset));
        _pendingOffset += n;
        BytesRead += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
