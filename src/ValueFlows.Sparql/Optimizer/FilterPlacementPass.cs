using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Optimizer;

/// <summary>
/// Filter placement: a filter's <c>&amp;&amp;</c> is split and each conjunct is pushed down to the lowest operator where it
/// sees the same values it would see where it was written: into a join side or the left side of OPTIONAL when every
/// variable it reads is certainly bound there or not bound by the other side (§18.2.2.5: a variable only possibly bound
/// by a non-well-designed OPTIONAL keeps the filter above it), into both UNION branches, the kept side of MINUS, below
/// BIND of another variable, ORDER BY, DISTINCT, REDUCED and GRAPH. Never into the optional side of a left join, below
/// a projection, slice or group. Conjuncts with EXISTS stay where they are: the active graph and the solution they
/// test must not change.
/// </summary>
internal sealed class FilterPlacementPass : IOptimizerPass
{
    public string Name => "filter-placement";

    public Op Rewrite(Op op, OptimizerContext context) => Place(op, []);

    private static Op Place(Op op, List<Expression> pending)
    {
        switch (op)
        {
            case OpFilter filter:
            {
                var fixedHere = new List<Expression>();
                var moving = new List<Expression>(pending);
                foreach (var c in VariableUsage.Conjuncts(filter.Condition))
                {
                    (VariableUsage.ContainsExists(c) ? fixedHere : moving).Add(c);
                }

                return VariableUsage.Filter(fixedHere, Place(filter.Input, moving));
            }

            case OpJoin join:
            {
                List<Expression> left = [], right = [], kept = [];
                var (leftCertain, leftPossible) = (VariableUsage.Certain(join.Left), VariableUsage.Possible(join.Left));
                var (rightCertain, rightPossible) = (VariableUsage.Certain(join.Right), VariableUsage.Possible(join.Right));
                foreach (var c in pending)
                {
                    if (SeesSameValues(c, leftCertain, rightPossible))
                    {
                        left.Add(c);
                    }
                    else if (SeesSameValues(c, rightCertain, leftPossible))
                    {
                        right.Add(c);
                    }
                    else
                    {
                        kept.Add(c);
                    }
                }

                return VariableUsage.Filter(kept, new OpJoin(Place(join.Left, left), Place(join.Right, right)));
            }

            case OpLeftJoin leftJoin:
            {
                List<Expression> left = [], kept = [];
                var leftCertain = VariableUsage.Certain(leftJoin.Left);
                var rightPossible = VariableUsage.Possible(leftJoin.Right);
                foreach (var c in pending)
                {
                    (SeesSameValues(c, leftCertain, rightPossible) ? left : kept).Add(c);
                }

                return VariableUsage.Filter(kept, leftJoin with { Left = Place(leftJoin.Left, left), Right = Place(leftJoin.Right, []) });
            }

            case OpUnion union:
                return new OpUnion(Place(union.Left, [.. pending]), Place(union.Right, [.. pending]));
            case OpMinus minus:
                return new OpMinus(Place(minus.Left, pending), Place(minus.Right, []));
            case OpExtend extend:
            {
                List<Expression> below = [], kept = [];
                foreach (var c in pending)
                {
                    (VariableUsage.Of(c).Contains(extend.Variable) ? kept : below).Add(c);
                }

                return VariableUsage.Filter(kept, extend with { Input = Place(extend.Input, below) });
            }

            case OpGraph graph:
            {
                List<Expression> below = [], kept = [];
                foreach (var c in pending)
                {
                    (graph.Name.Variable is { } g && VariableUsage.Of(c).Contains(g) ? kept : below).Add(c);
                }

                return VariableUsage.Filter(kept, graph with { Input = Place(graph.Input, below) });
            }

            case OpOrderBy orderBy:
                return orderBy with { Input = Place(orderBy.Input, pending) };
            case OpDistinct distinct:
                return new OpDistinct(Place(distinct.Input, pending));
            case OpReduced reduced:
                return new OpReduced(Place(reduced.Input, pending));
            default:
                return VariableUsage.Filter(pending, OpTransformer.WithChildren(op, child => Place(child, [])));
        }
    }

    /// <summary>
    /// True when <paramref name="conjunct"/> evaluated on a solution of one side gives what it gives on the joined solution:
    /// each variable it reads is certainly bound on that side (the join keeps its value) or not bound by the other side.
    /// </summary>
    private static bool SeesSameValues(Expression conjunct, HashSet<Variable> sideCertain, HashSet<Variable> otherPossible) =>
        VariableUsage.Of(conjunct).All(v => sideCertain.Contains(v) || !otherPossible.Contains(v));
}
