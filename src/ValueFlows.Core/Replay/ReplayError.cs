using ValueFlows.Rdf;

namespace ValueFlows.Core.Replay;

/// <summary>Why one record of a replay was refused: the record, the field (input path) and the domain rule broken.</summary>
/// <param name="Record">The IRI of the record as the input names it.</param>
/// <param name="Field">The offending field, or null when the error is about the whole record.</param>
/// <param name="Code">The kind of rule broken.</param>
/// <param name="Message">What is wrong, in words.</param>
public sealed record ReplayError(Iri Record, string? Field, VfErrorCode Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        Field is null ? $"{Record.Value}: {Message}" : $"{Record.Value} ({Field}): {Message}";
}
