using System.Buffers.Binary;
using System.Text;

namespace ValueFlows.Store.Durability;

/// <summary>Reads what <see cref="RecordBuffer"/> wrote; running past the end throws <see cref="InvalidDataException"/>.</summary>
internal ref struct ByteReader
{
    private readonly ReadOnlySpan<byte> _data;

    public ByteReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        Position = 0;
    }

    public int Position { get; private set; }

    public readonly bool AtEnd => Position >= _data.Length;

    public readonly int Remaining => _data.Length - Position;

    public byte ReadByte()
    {
        Need(1);
        return _data[Position++];
    }

    public uint ReadUInt32()
    {
        Need(4);
        uint v = BinaryPrimitives.ReadUInt32LittleEndian(_data[Position..]);
        Position += 4;
        return v;
    }

    public ulong ReadUInt64()
    {
        Need(8);
        ulong v = BinaryPrimitives.ReadUInt64LittleEndian(_data[Position..]);
        Position += 8;
        return v;
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte b = ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("Malformed varint.");
    }

    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        Need(count);
        var span = _data.Slice(Position, count);
        Position += count;
        return span;
    }

    public ReadOnlySpan<byte> ReadLengthPrefixed()
    {
        ulong length = ReadVarint();
        if (length > int.MaxValue)
        {
            throw new InvalidDataException("Length out of range.");
        }

        return ReadBytes((int)length);
    }

    public string ReadString() => Encoding.UTF8.GetString(ReadLengthPrefixed());

    private readonly void Need(int count)
    {
        if (count < 0 || Position + count > _data.Length)
        {
            throw new InvalidDataException("Unexpected end of data.");
        }
    }
}
