using System.Runtime.CompilerServices;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>Compiled-expression cache keys: the expression by reference (records compare by value, which is slow here) and a graph.</summary>
internal sealed class ExpressionKeyComparer : IEqualityComparer<(Expression Expression, TermId Graph)>
{
    public static ExpressionKeyComparer Instance { get; } = new();

    public bool Equals((Expression Expression, TermId Graph) x, (Expression Expression, TermId Graph) y) =>
        ReferenceEquals(x.Expression, y.Expression) && x.Graph == y.Graph;

    public int GetHashCode((Expression Expression, TermId Graph) obj) => HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Expression), obj.Graph);
}
