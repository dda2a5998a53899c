using System.Buffers.Binary;
using System.Text;

namespace ValueFlows.Store.Durability;

/// <summary>A growable byte buffer with the little-endian and varint writers the log and file formats use.</summary>
internal sealed class RecordBuffer
{
    private byte[] _data;

    public RecordBuffer(int capacity = 1024) => _data = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _data.AsSpan(0, Length);

    public byte[] Array => _data;

    public void Clear() => Length = 0;

    public Span<byte> GetSpan(int size)
    {
        if (Length + size > _data.Length)
        {
            System.Array.Resize(ref _data, Math.Max(_data.Length * 2, Length + size));
        }

        return _data.AsSpan(Length, size);
    }

    public void Advance(int count) => Length += count;

    public void WriteByte(byte value)
    {
        GetSpan(1)[0] = value;
        Length++;
    }

    public void WriteUInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(GetSpan(4), value);
        Length += 4;
    }

    public void WriteUInt64(ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(GetSpan(8), value);
        Length += 8;
    }

    public void WriteVarint(ulong value)
    {
        var span = GetSpan(10);
        int n = 0;
        while (value >= 0x80)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[n++] = (byte)value;
        Length += n;
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        Length += bytes.Length;
    }

    /// <summary>A varint length and the bytes.</summary>
    public void WriteLengthPrefixed(ReadOnlySpan<byte> bytes)
    {
        WriteVarint((ulong)bytes.Length);
        WriteBytes(bytes);
    }

    /// <summary>A varint byte length and the UTF-8 of <paramref name="text"/>.</summary>
    public void WriteString(string text)
    {
        int length = Encoding.UTF8.GetByteCount(text);
        WriteVarint((ulong)length);
        Encoding.UTF8.GetBytes(text, GetSpan(length));
        Length += length;
    }
}
