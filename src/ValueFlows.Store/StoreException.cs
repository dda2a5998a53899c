namespace ValueFlows.Store;

/// <summary>
/// The store cannot open its data directory or go on writing: the message says which file, where, and what to do.
/// An <see cref="IOException"/>, so callers that report I/O failures report it too.
/// </summary>
public sealed class StoreException : IOException
{
    /// <summary>Creates the exception.</summary>
    public StoreException(StoreErrorKind kind, string message, Exception? inner = null)
        : base(message, inner) => Kind = kind;

    /// <summary>What went wrong.</summary>
    public StoreErrorKind Kind { get; }
}
