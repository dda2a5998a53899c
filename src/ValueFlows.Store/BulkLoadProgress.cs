namespace ValueFlows.Store;

/// <summary>How far a bulk load has got: quads read, input bytes read and the time since it started.</summary>
public readonly record struct BulkLoadProgress(long Quads, long Bytes, TimeSpan Elapsed)
{
    /// <summary>Quads per second so far.</summary>
    public double QuadsPerSecond => Elapsed.TotalSeconds > 0 ? Quads / Elapsed.TotalSeconds : 0;

    /// <summary>Input bytes per second so far.</summary>
    public double BytesPerSecond => Elapsed.TotalSeconds > 0 ? Bytes / Elapsed.TotalSeconds : 0;
}
