using System.Security.Cryptography;

namespace ValueFlows.Core.Records;

/// <summary>
/// Monotonic ULIDs (Crockford base 32, 48-bit millisecond time + 80 random bits): within one millisecond the random
/// part is incremented, so ids minted by one process sort in the order they were minted (list order: DECISIONS 17).
/// </summary>
internal sealed class UlidGenerator
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly byte[] _random = new byte[10];
    private long _lastMs = -1;

    public UlidGenerator(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    public static UlidGenerator Shared { get; } = new();

    public string Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        lock (_gate)
        {
            long ms = Math.Max(_time.GetUtcNow().ToUnixTimeMilliseconds(), _lastMs);
            if (ms == _lastMs)
            {
                Increment();
                ms = _lastMs;
            }
            else
            {
                RandomNumberGenerator.Fill(_random);
                _lastMs = ms;
            }

            for (int i = 5; i >= 0; i--)
            {
                bytes[i] = (byte)ms;
                ms >>= 8;
            }

            _random.CopyTo(bytes[6..]);
        }

        return Encode(bytes);
    }

    private void Increment()
    {
        for (int i = _random.Length - 1; i >= 0; i--)
        {
            if (++_random[i] != 0)
            {
                return;
            }
        }

        // 2^80 ids in one millisecond: move to the next millisecond rather than wrap.
        _lastMs++;
    }

    private static string Encode(ReadOnlySpan<byte> bytes)
    {
        // 128 bits as 26 base-32 digits; the first digit holds the top 3 bits.
        var hi = ((UInt128)System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes) << 64)
            | System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        return string.Create(26, hi, static (span, value) =>
        {
            for (int i = 25; i >= 0; i--)
            {
                span[i] = Alphabet[(int)(value & 31)];
                value >>= 5;
            }
        });
    }
}
