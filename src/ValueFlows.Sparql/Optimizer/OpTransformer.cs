using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Optimizer;

/// <summary>
/// Bottom-up rewriting (Jena ARQ's <c>Transformer</c>): children first, then the operator rebuilt on them is given to the
/// rewrite. Patterns inside EXISTS are left alone: they are evaluated by substitution, with the outer solution bound.
/// </summary>
internal static class OpTransformer
{
    public static Op Transform(Op op, Func<Op, Op> rewrite) => rewrite(WithChildren(op, child => Transform(child, rewrite)));

    /// <summary>The operator with each direct child replaced by <paramref name="map"/> of it (the same instance when none changed).</summary>
    public static Op WithChildren(Op op, Func<Op, Op> map)
    {
        switch (op)
        {
            case OpJoin join:
            {
                var (l, r) = (map(join.Left), map(join.Right));
                return ReferenceEquals(l, join.Left) && ReferenceEquals(r, join.Right) ? op : new OpJoin(l, r);
            }

            case OpLeftJoin leftJoin:
            {
                var (l, r) = (map(leftJoin.Left), map(leftJoin.Right));
                return ReferenceEquals(l, leftJoin.Left) && ReferenceEquals(r, leftJoin.Right) ? op : leftJoin with { Left = l, Right = r };
            }

            case OpUnion union:
            {
                var (l, r) = (map(union.Left), map(union.Right));
                return ReferenceEquals(l, union.Left) && ReferenceEquals(r, union.Right) ? op : new OpUnion(l, r);
            }

            case OpMinus minus:
            {
                var (l, r) = (map(minus.Left), map(minus.Right));
                return ReferenceEquals(l, minus.Left) && ReferenceEquals(r, minus.Right) ? op : new OpMinus(l, r);
            }

            case OpFilter filter:
                return Unary(op, filter.Input, map, i => filter with { Input = i });
            case OpGraph graph:
                return Unary(op, graph.Input, map, i => graph with { Input = i });
            case OpService service:
                return Unary(op, service.Input, map, i => service with { Input = i });
            case OpExtend extend:
                return Unary(op, extend.Input, map, i => extend with { Input = i });
            case OpOrderBy orderBy:
                return Unary(op, orderBy.Input, map, i => orderBy with { Input = i });
            case OpTopN top:
                return Unary(op, top.Input, map, i => top with { Input = i });
            case OpProject project:
                return Unary(op, project.Input, map, i => project with { Input = i });
            case OpDistinct distinct:
                return Unary(op, distinct.Input, map, i => new OpDistinct(i));
            case OpReduced reduced:
                return Unary(op, reduced.Input, map, i => new OpReduced(i));
            case OpSlice slice:
                return Unary(op, slice.Input, map, i => slice with { Input = i });
            case OpGroup group:
                return Unary(op, group.Input, map, i => group with { Input = i });
            default:
                return op;
        }
    }

    /// <summary>The expression with the pattern of each EXISTS in it replaced by <paramref name="map"/> of it.</summary>
    public static Expression MapExists(Expression expression, Func<Op, Op> map) => expression switch
    {
        ExprExists exists => new ExprExists(map(exists.Pattern)),
        ExprCall call when VariableUsage.ContainsExists(call) =>
            new ExprCall(call.Function, ValueArray.Create<Expression>([.. call.Arguments.Select(a => MapExists(a, map))])),
        ExprFunctionCall call when VariableUsage.ContainsExists(call) =>
            call with { Arguments = ValueArray.Create<Expression>([.. call.Arguments.Select(a => MapExists(a, map))]) },
        _ => expression,
    };

    private static Op Unary(Op op, Op input, Func<Op, Op> map, Func<Op, Op> rebuild)
    {
        var mapped = map(input);
        return ReferenceEquals(mapped, input) ? op : rebuild(mapped);
    }
}
