namespace ValueFlows.Sparql.Update;

/// <summary>What one operation of an update changed.</summary>
/// <param name="Operation">The operation.</param>
/// <param name="Added">Quads added that were not there.</param>
/// <param name="Removed">Quads removed that were there.</param>
public sealed record UpdateOperationResult(UpdateOperation Operation, long Added, long Removed);
