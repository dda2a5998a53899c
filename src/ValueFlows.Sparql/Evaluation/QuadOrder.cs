namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// The order in which a cursor returns quads: by the raw values (<see cref="TermId.Value"/>) of the named components, the
/// first letter the most significant. A merge join can use it; <see cref="Unordered"/> promises nothing.
/// </summary>
public enum QuadOrder
{
    /// <summary>No particular order.</summary>
    Unordered,

    /// <summary>Subject, predicate, object (default graph).</summary>
    Spo,

    /// <summary>Predicate, object, subject (default graph).</summary>
    Pos,

    /// <summary>Object, subject, predicate (default graph).</summary>
    Osp,

    /// <summary>Graph, subject, predicate, object.</summary>
    Gspo,

    /// <summary>Graph, predicate, object, subject.</summary>
    Gpos,

    /// <summary>Graph, object, subject, predicate.</summary>
    Gosp,

    /// <summary>Subject, predicate, object, graph.</summary>
    Spog,

    /// <summary>Predicate, object, subject, graph.</summary>
    Posg,

    /// <summary>Object, subject, predicate, graph.</summary>
    Ospg,
}
