using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Update;

/// <summary>What CLEAR and DROP act on (<c>GraphRefAll</c>), and ADD/MOVE/COPY's source and destination (<c>GraphOrDefault</c>).</summary>
public abstract record GraphTarget
{
    private protected GraphTarget()
    {
    }

    /// <summary>The default graph.</summary>
    public static GraphTarget Default { get; } = new DefaultGraphTarget();

    /// <summary>All named graphs.</summary>
    public static GraphTarget Named { get; } = new NamedGraphsTarget();

    /// <summary>The default graph and all named graphs.</summary>
    public static GraphTarget All { get; } = new AllGraphsTarget();

    /// <summary>One named graph.</summary>
    public static GraphTarget Graph(Iri name) => new NamedGraphTarget(name);
}

/// <summary>The default graph (<c>DEFAULT</c>).</summary>
public sealed record DefaultGraphTarget : GraphTarget;

/// <summary>All named graphs (<c>NAMED</c>).</summary>
public sealed record NamedGraphsTarget : GraphTarget;

/// <summary>All graphs (<c>ALL</c>).</summary>
public sealed record AllGraphsTarget : GraphTarget;

/// <summary>One graph (<c>GRAPH &lt;iri&gt;</c>).</summary>
/// <param name="Name">The graph IRI.</param>
public sealed record NamedGraphTarget(Iri Name) : GraphTarget;
