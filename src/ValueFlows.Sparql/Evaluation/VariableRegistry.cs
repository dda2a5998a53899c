using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>Gives every variable (and every blank node of a pattern) of a query its slot before evaluation starts.</summary>
internal static class VariableRegistry
{
    public static string BlankNodeSlotName(BlankNode node) => "_:" + node.Label;

    public static void Register(SolutionLayout layout, Op op)
    {
        switch (op)
        {
            case OpBgp bgp:
                foreach (var pattern in bgp.Patterns)
                {
                    Register(layout, pattern);
                }

                break;
            case OpPath path:
                Register(layout, path.Subject);
                Register(layout, path.Object);
                break;
            case OpJoin j:
                Register(layout, j.Left);
                Register(layout, j.Right);
                break;
            case OpLeftJoin lj:
                Register(layout, lj.Left);
                Register(layout, lj.Right);
                Register(layout, lj.Condition);
                break;
            case OpMinus m:
                Register(layout, m.Left);
                Register(layout, m.Right);
                break;
            case OpUnion u:
                Register(layout, u.Left);
                Register(layout, u.Right);
                break;
            case OpFilter f:
                Register(layout, f.Input);
                Register(layout, f.Condition);
                break;
            case OpExtend e:
                Register(layout, e.Input);
                layout.Slot(e.Variable);
                Register(layout, e.Expression);
                break;
            case OpGraph g:
                Register(layout, g.Name);
                Register(layout, g.Input);
                break;
            case OpService s:
                Register(layout, s.Input);
                break;
            case OpValues v:
                foreach (var variable in v.Variables)
                {
                    layout.Slot(variable);
                }

                break;
            case OpProject p:
                Register(layout, p.Input);
                foreach (var variable in p.Variables)
                {
                    layout.Slot(variable);
                }

                break;
            case OpDistinct d:
                Register(layout, d.Input);
                break;
            case OpReduced r:
                Register(layout, r.Input);
                break;
            case OpSlice s:
                Register(layout, s.Input);
                break;
            case OpOrderBy o:
                Register(layout, o.Input);
                foreach (var condition in o.Conditions)
                {
                    Register(layout, condition.Expression);
                }

                break;
            case OpTopN t:
                Register(layout, t.Input);
                foreach (var condition in t.Conditions)
                {
                    Register(layout, condition.Expression);
                }

                break;
            case OpGroup g:
                Register(layout, g.Input);
                foreach (var key in g.Keys)
                {
                    layout.Slot(key);
                }

                foreach (var aggregate in g.Aggregates)
                {
                    layout.Slot(aggregate.Variable);
                    Register(layout, aggregate.Aggregate.Argument);
                }

                break;
        }
    }

    public static void Register(SolutionLayout layout, TriplePattern pattern)
    {
        Register(layout, pattern.Subject);
        Register(layout, pattern.Predicate);
        Register(layout, pattern.Object);
    }

    public static void Register(SolutionLayout layout, TermPattern pattern)
    {
        if (pattern.Variable is { } variable)
        {
            layout.Slot(variable);
        }
        else if (pattern.Term is BlankNode node)
        {
            layout.Slot(BlankNodeSlotName(node));
        }
    }

    public static void Register(SolutionLayout layout, Expression? expression)
    {
        switch (expression)
        {
            case ExprVariable v:
                layout.Slot(v.Variable);
                break;
            case ExprExists e:
                Register(layout, e.Pattern);
                break;
            case ExprCall c:
                foreach (var argument in c.Arguments)
                {
                    Register(layout, argument);
                }

                break;
            case ExprFunctionCall f:
                foreach (var argument in f.Arguments)
                {
                    Register(layout, argument);
                }

                break;
        }
    }
}
