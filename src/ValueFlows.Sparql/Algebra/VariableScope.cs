namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// The in-scope variables of a pattern (§18.2.1): those that can be bound in its solutions, in order of first
/// appearance. Variables only read by FILTER, EXISTS or the right side of MINUS are not in scope.
/// </summary>
internal static class VariableScope
{
    public static List<Variable> InScope(Op op)
    {
        var result = new List<Variable>();
        Collect(op, result, []);
        return result;
    }

    private static void Add(List<Variable> result, HashSet<Variable> seen, Variable variable)
    {
        if (seen.Add(variable))
        {
            result.Add(variable);
        }
    }

    private static void Add(List<Variable> result, HashSet<Variable> seen, TermPattern term)
    {
        if (term.Variable is { } variable)
        {
            Add(result, seen, variable);
        }
    }

    private static void Collect(Op op, List<Variable> result, HashSet<Variable> seen)
    {
        switch (op)
        {
            case OpBgp bgp:
                foreach (var t in bgp.Patterns)
                {
                    Add(result, seen, t.Subject);
                    Add(result, seen, t.Predicate);
                    Add(result, seen, t.Object);
                }

                break;
            case OpPath path:
                Add(result, seen, path.Subject);
                Add(result, seen, path.Object);
                break;
            case OpJoin join:
                Collect(join.Left, result, seen);
                Collect(join.Right, result, seen);
                break;
            case OpLeftJoin leftJoin:
                Collect(leftJoin.Left, result, seen);
                Collect(leftJoin.Right, result, seen);
                break;
            case OpUnion union:
                Collect(union.Left, result, seen);
                Collect(union.Right, result, seen);
                break;
            case OpMinus minus:
                Collect(minus.Left, result, seen);
                break;
            case OpFilter filter:
                Collect(filter.Input, result, seen);
                break;
            case OpGraph graph:
                Add(result, seen, graph.Name);
                Collect(graph.Input, result, seen);
                break;
            case OpService service:
                Add(result, seen, service.Endpoint);
                Collect(service.Input, result, seen);
                break;
            case OpExtend extend:
                Collect(extend.Input, result, seen);
                Add(result, seen, extend.Variable);
                break;
            case OpValues values:
                foreach (var v in values.Variables)
                {
                    Add(result, seen, v);
                }

                break;
            case OpOrderBy orderBy:
                Collect(orderBy.Input, result, seen);
                break;
            case OpProject project:
                foreach (var v in project.Variables)
                {
                    Add(result, seen, v);
                }

                break;
            case OpDistinct distinct:
                Collect(distinct.Input, result, seen);
                break;
            case OpReduced reduced:
                Collect(reduced.Input, result, seen);
                break;
            case OpSlice slice:
                Collect(slice.Input, result, seen);
                break;
            case OpTopN top:
                Collect(top.Input, result, seen);
                break;
            case OpGroup group:
                foreach (var v in group.Keys)
                {
                    Add(result, seen, v);
                }

                foreach (var a in group.Aggregates)
                {
                    Add(result, seen, a.Variable);
                }

                break;
            default:
                throw new ArgumentException($"Unknown operator {op.GetType().Name}.", nameof(op));
        }
    }
}
