using System.Buffers.Binary;
using System.Numerics;

namespace ValueFlows.Store.Durability;

/// <summary>CRC-32C (Castagnoli), hardware-accelerated where the CPU has it; the checksum of every log record and file section.</summary>
internal struct Crc32C
{
    private uint _state;

    public Crc32C() => _state = uint.MaxValue;

    public readonly uint Value => ~_state;

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = new Crc32C();
        crc.Append(data);
        return crc.Value;
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        uint state = _state;
        while (data.Length >= 8)
        {
            state = BitOperations.Crc32C(state, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }

        foreach (byte b in data)
        {
            state = BitOperations.Crc32C(state, b);
        }

        _state = state;
    }
}
