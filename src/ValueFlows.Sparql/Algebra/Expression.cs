using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// A SPARQL expression in the algebra (<see href="https://www.w3.org/TR/sparql11-query/#expressions"/>).
/// </summary>
public abstract record Expression
{
    private protected Expression()
    {
    }

    /// <summary>The expression as SSE, e.g. <c>(+ ?x 1)</c>.</summary>
    public string ToSse() => SseWriter.Write(this);

    /// <summary>The expression as SSE.</summary>
    public sealed override string ToString() => ToSse();
}

/// <summary>A variable read in an expression.</summary>
/// <param name="Variable">The variable.</param>
public sealed record ExprVariable(Variable Variable) : Expression;

/// <summary>A constant RDF term.</summary>
/// <param name="Term">The term.</param>
public sealed record ExprTerm(Term Term) : Expression;

/// <summary>
/// An operator or built-in function call (<see href="https://www.w3.org/TR/sparql11-query/#SparqlOps"/>);
/// <c>IN</c>/<c>NOT IN</c> take the tested expression first, then the list.
/// </summary>
/// <param name="Function">The operator or function.</param>
/// <param name="Arguments">The arguments, in order.</param>
public sealed record ExprCall(BuiltInFunction Function, ValueArray<Expression> Arguments) : Expression
{
    /// <summary>A call with the given arguments.</summary>
    public ExprCall(BuiltInFunction function, params ReadOnlySpan<Expression> arguments)
        : this(function, ValueArray.Create(arguments))
    {
    }
}

/// <summary>
/// A call of a function named by an IRI (<see href="https://www.w3.org/TR/sparql11-query/#extensionFunctions"/>),
/// which includes the XSD casts such as <c>xsd:integer(?x)</c>.
/// </summary>
/// <param name="Function">The function IRI.</param>
/// <param name="Arguments">The arguments.</param>
/// <param name="Distinct">True when the call was written with <c>DISTINCT</c>.</param>
public sealed record ExprFunctionCall(Iri Function, ValueArray<Expression> Arguments, bool Distinct = false) : Expression;

/// <summary>
/// <c>exists(pattern)</c> (<see href="https://www.w3.org/TR/sparql11-query/#defn_evalExists"/>); <c>NOT EXISTS</c> is <c>fn:not</c> of it.
/// </summary>
/// <param name="Pattern">The graph pattern tested for a solution.</param>
public sealed record ExprExists(Op Pattern) : Expression;

/// <summary>An aggregate call while a query level is being translated; it never remains in a finished algebra.</summary>
/// <param name="Aggregate">The aggregate.</param>
internal sealed record ExprAggregate(Aggregate Aggregate) : Expression;
