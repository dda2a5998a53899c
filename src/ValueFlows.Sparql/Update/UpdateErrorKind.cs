namespace ValueFlows.Sparql.Update;

/// <summary>Why an update operation failed (<see cref="SparqlUpdateException.Kind"/>).</summary>
public enum UpdateErrorKind
{
    /// <summary>LOAD was asked for an address the options do not allow.</summary>
    LoadRefused,

    /// <summary>LOAD could not read or parse an allowed document.</summary>
    LoadFailed,

    /// <summary>CREATE named a graph that already holds quads.</summary>
    GraphExists,

    /// <summary>ADD, MOVE or COPY named a source graph that holds no quads.</summary>
    GraphMissing,
}
