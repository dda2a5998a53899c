namespace ValueFlows.Core.Events;

/// <summary>The facts of the process an event is an input or output of that its effects need.</summary>
/// <param name="Iri">The process's IRI.</param>
/// <param name="BasedOn">Its <c>vf:ProcessSpecification</c> (<c>vf:basedOn</c>), which becomes the stage of what it outputs.</param>
public sealed record ProcessFacts(string Iri, string? BasedOn = null);
