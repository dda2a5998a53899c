using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// A property path expression in the algebra (<see href="https://www.w3.org/TR/sparql11-query/#sparqlTranslatePathExpressions"/>).
/// </summary>
public abstract record PropertyPath
{
    private protected PropertyPath()
    {
    }

    /// <summary>The path as SSE, e.g. <c>(path* &lt;p&gt;)</c>.</summary>
    public string ToSse() => SseWriter.Write(this);

    /// <summary>The path as SSE.</summary>
    public sealed override string ToString() => ToSse();
}

/// <summary><c>link(iri)</c>: one step along a predicate.</summary>
/// <param name="Predicate">The predicate.</param>
public sealed record PathLink(Iri Predicate) : PropertyPath;

/// <summary><c>inv(path)</c>: the path walked backwards (<c>^path</c>).</summary>
/// <param name="Path">The inverted path.</param>
public sealed record PathInverse(PropertyPath Path) : PropertyPath;

/// <summary><c>seq(path1, path2)</c>: one path then the other (<c>path1/path2</c>).</summary>
/// <param name="First">The first path.</param>
/// <param name="Second">The second path.</param>
public sealed record PathSequence(PropertyPath First, PropertyPath Second) : PropertyPath;

/// <summary><c>alt(path1, path2)</c>: either path (<c>path1|path2</c>).</summary>
/// <param name="First">The first alternative.</param>
/// <param name="Second">The second alternative.</param>
public sealed record PathAlternative(PropertyPath First, PropertyPath Second) : PropertyPath;

/// <summary><c>ZeroOrMorePath(path)</c> (<c>path*</c>).</summary>
/// <param name="Path">The repeated path.</param>
public sealed record PathZeroOrMore(PropertyPath Path) : PropertyPath;

/// <summary><c>OneOrMorePath(path)</c> (<c>path+</c>).</summary>
/// <param name="Path">The repeated path.</param>
public sealed record PathOneOrMore(PropertyPath Path) : PropertyPath;

/// <summary><c>ZeroOrOnePath(path)</c> (<c>path?</c>).</summary>
/// <param name="Path">The optional path.</param>
public sealed record PathZeroOrOne(PropertyPath Path) : PropertyPath;

/// <summary><c>NPS({iri...})</c>: one step along any predicate but these (<c>!(iri1|iri2)</c>).</summary>
/// <param name="Predicates">The excluded predicates.</param>
public sealed record PathNegatedSet(ValueArray<Iri> Predicates) : PropertyPath;
