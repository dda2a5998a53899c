using System.Buffers;
using System.Text.Unicode;

namespace ValueFlows.Rdf;

/// <summary>
/// UTF-8 text written through one large pooled buffer to a stream, so that writers encode terms straight into bytes
/// and touch the stream once per buffer. Does not own the stream.
/// </summary>
internal sealed class Utf8Output : IDisposable
{
    private const int BufferSize = 1 << 16;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _length;

    public Utf8Output(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(stream));
        }

        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    }

    /// <summary>Writes one ASCII character.</summary>
    public void Write(char ascii)
    {
        if (_length == _buffer.Length)
        {
            FlushBuffer();
        }

        _buffer[_length++] = (byte)ascii;
    }

    /// <summary>Writes bytes that are already UTF-8 (<c>"…"u8</c> constants, cached encodings).</summary>
    public void Write(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > _buffer.Length - _length)
        {
            FlushBuffer();
            if (utf8.Length > _buffer.Length)
            {
                _stream.Write(utf8);
                return;
            }
        }

        utf8.CopyTo(_buffer.AsSpan(_length));
        _length += utf8.Length;
    }

    /// <summary>Writes text, encoding it to UTF-8; unpaired surrogates become U+FFFD.</summary>
    public void Write(ReadOnlySpan<char> text)
    {
        // Three bytes per UTF-16 unit is the worst case, so a short text fits whenever that much room is left.
        if (text.Length * 3 <= _buffer.Length - _length)
        {
            Utf8.FromUtf16(text, _buffer.AsSpan(_length), out _, out int written);
            _length += written;
            return;
        }

        while (true)
        {
            var status = Utf8.FromUtf16(text, _buffer.AsSpan(_length), out int read, out int written);
            _length += written;
            if (status == OperationStatus.Done)
            {
                return;
            }

            text = text[read..];
            FlushBuffer();
        }
    }

    /// <summary>Hands the buffered bytes to the stream and flushes it.</summary>
    public void Flush()
    {
        FlushBuffer();
        _stream.Flush();
    }

    public void Dispose()
    {
        var buffer = _buffer;
        if (buffer.Length == 0)
        {
            return;
        }

        _buffer = [];
        _length = 0;
        ArrayPool<byte>.Shared.Return(buffer);
    }

    private void FlushBuffer()
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        if (_length > 0)
        {
            _stream.Write(_buffer, 0, _length);
            _length = 0;
        }
    }
}
