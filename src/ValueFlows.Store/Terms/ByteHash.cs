using System.Buffers.Binary;
using System.Numerics;

namespace ValueFlows.Store.Terms;

/// <summary>A fast 64-bit hash of a byte string for the in-memory term table (never persisted).</summary>
internal static class ByteHash
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static ulong Hash(ReadOnlySpan<byte> data)
    {
        ulong h = Prime1 ^ ((ulong)data.Length * Prime2);
        while (data.Length >= 8)
        {
            h = BitOperations.RotateLeft(h ^ (BinaryPrimitives.ReadUInt64LittleEndian(data) * Prime2), 31) * Prime1;
            data = data[8..];
        }

        ulong tail = 0;
        for (int i = 0; i < data.Length; i++)
        {
            tail |= (ulong)data[i] << (8 * i);
        }

        h = BitOperations.RotateLeft(h ^ (tail * Prime2), 31) * Prime1;
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
