using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Optimizer;

/// <summary>
/// Which variables an operator binds (§18.2.1): <em>possibly</em> (in scope: bound in some solution) and
/// <em>certainly</em> (bound in every solution), and which variables an expression reads.
/// </summary>
internal static class VariableUsage
{
    public static HashSet<Variable> Possible(Op op) => [.. VariableScope.InScope(op)];

    public static HashSet<Variable> Certain(Op op)
    {
        switch (op)
        {
            case OpBgp bgp:
            {
                var result = new HashSet<Variable>();
                foreach (var t in bgp.Patterns)
                {
                    AddVariable(result, t.Subject);
                    AddVariable(result, t.Predicate);
                    AddVariable(result, t.Object);
                }

                return result;
            }

            case OpPath path:
            {
                var result = new HashSet<Variable>();
                AddVariable(result, path.Subject);
                AddVariable(result, path.Object);
                return result;
            }

            case OpJoin join:
            {
                var result = Certain(join.Left);
                result.UnionWith(Certain(join.Right));
                return result;
            }

            case OpLeftJoin leftJoin:
                return Certain(leftJoin.Left);
            case OpUnion union:
            {
                var result = Certain(union.Left);
                result.IntersectWith(Certain(union.Right));
                return result;
            }

            case OpMinus minus:
                return Certain(minus.Left);
            case OpFilter filter:
                return Certain(filter.Input);
            case OpGraph graph:
            {
                var result = Certain(graph.Input);
                AddVariable(result, graph.Name);
                return result;
            }

            case OpExtend extend:
            {
                var result = Certain(extend.Input);

                // Only a constant cannot fail and leave the variable unbound.
                if (extend.Expression is ExprTerm)
                {
                    result.Add(extend.Variable);
                }

                return result;
            }

            case OpValues values:
            {
                var result = new HashSet<Variable>();
                for (var i = 0; i < values.Variables.Count; i++)
                {
                    if (values.Rows.All(row => row[i] is not null))
                    {
                        result.Add(values.Variables[i]);
                    }
                }

                return result;
            }

            case OpProject project:
            {
                var result = Certain(project.Input);
                result.IntersectWith(project.Variables);
                return result;
            }

            case OpDistinct distinct:
                return Certain(distinct.Input);
            case OpReduced reduced:
                return Certain(reduced.Input);
            case OpOrderBy orderBy:
                return Certain(orderBy.Input);
            case OpTopN top:
                return Certain(top.Input);
            case OpSlice slice:
                return Certain(slice.Input);
            case OpGroup group:
            {
                var result = Certain(group.Input);
                result.IntersectWith(group.Keys);
                return result;
            }

            default:
                return [];
        }
    }

    /// <summary>The variables <paramref name="expression"/> reads, those of EXISTS patterns included.</summary>
    public static HashSet<Variable> Of(Expression expression)
    {
        var result = new HashSet<Variable>();
        Collect(expression, result);
        return result;
    }

    public static bool ContainsExists(Expression expression) => expression switch
    {
        ExprExists => true,
        ExprCall call => call.Arguments.Any(ContainsExists),
        ExprFunctionCall call => call.Arguments.Any(ContainsExists),
        _ => false,
    };

    /// <summary>True when the expression gives the same value each time it is evaluated on the same solution.</summary>
    public static bool IsDeterministic(Expression expression) => expression switch
    {
        ExprCall call => call.Function is not (BuiltInFunction.Rand or BuiltInFunction.Now or BuiltInFunction.Uuid
            or BuiltInFunction.StrUuid or BuiltInFunction.BNode) && call.Arguments.All(IsDeterministic),
        ExprFunctionCall call => call.Arguments.All(IsDeterministic),
        ExprExists => false,
        _ => true,
    };

    /// <summary>The conjuncts of <c>&amp;&amp;</c> chains, in order.</summary>
    public static List<Expression> Conjuncts(Expression expression)
    {
        var result = new List<Expression>();
        AddConjuncts(expression, result);
        return result;
    }

    /// <summary>The conjunction of <paramref name="conjuncts"/> (left-nested, as the parser builds it), or null for none.</summary>
    public static Expression? Conjoin(IEnumerable<Expression> conjuncts)
    {
        Expression? result = null;
        foreach (var c in conjuncts)
        {
            result = result is null ? c : new ExprCall(BuiltInFunction.And, result, c);
        }

        return result;
    }

    /// <summary><paramref name="input"/> filtered by the conjunction of <paramref name="conjuncts"/> (itself when there are none).</summary>
    public static Op Filter(IEnumerable<Expression> conjuncts, Op input) =>
        Conjoin(conjuncts) is { } condition ? new OpFilter(condition, input) : input;

    private static void AddConjuncts(Expression expression, List<Expression> result)
    {
        if (expression is ExprCall { Function: BuiltInFunction.And } and)
        {
            AddConjuncts(and.Arguments[0], result);
            AddConjuncts(and.Arguments[1], result);
        }
        else
        {
            result.Add(expression);
        }
    }

    private static void Collect(Expression expression, HashSet<Variable> result)
    {
        switch (expression)
        {
            case ExprVariable v:
                result.Add(v.Variable);
                break;
            case ExprCall call:
                foreach (var a in call.Arguments)
                {
                    Collect(a, result);
                }

                break;
            case ExprFunctionCall call:
                foreach (var a in call.Arguments)
                {
                    Collect(a, result);
                }

                break;
            case ExprExists exists:
                result.UnionWith(VariableScope.InScope(exists.Pattern));
                break;
        }
    }

    private static void AddVariable(HashSet<Variable> set, TermPattern term)
    {
        if (term.Variable is { } v)
        {
            set.Add(v);
        }
    }
}
