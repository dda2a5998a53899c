namespace ValueFlows.Sparql.Evaluation;

/// <summary>A quad of internal ids; <see cref="Graph"/> is <see cref="TermId.DefaultGraph"/> for the default graph.</summary>
public readonly record struct EncodedQuad(TermId Subject, TermId Predicate, TermId Object, TermId Graph);
