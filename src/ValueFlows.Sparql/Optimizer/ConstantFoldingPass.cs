using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Sparql.Optimizer;

/// <summary>
/// Constant folding: calls whose arguments are all constants become their value (computed by the evaluator's own
/// expression compiler, so folding cannot disagree with evaluation); <c>true || e</c> and <c>false &amp;&amp; e</c> are
/// decided without <c>e</c>. In a filter, conjuncts that are true are dropped and a false or failing one empties the
/// pattern: <c>FILTER(true)</c> disappears, <c>FILTER(false)</c> becomes the empty table. Calls with side conditions
/// (RAND, NOW, UUID, STRUUID, BNODE) and EXISTS are never folded.
/// </summary>
internal sealed class ConstantFoldingPass : IOptimizerPass
{
    /// <summary>The table with no solutions.</summary>
    public static OpValues EmptyTable { get; } = new(ValueArray<Variable>.Empty, ValueArray<ValueArray<Term?>>.Empty);

    public string Name => "constant-folding";

    public Op Rewrite(Op op, OptimizerContext context)
    {
        var folder = new Folder(context.BaseIri);
        return OpTransformer.Transform(op, node => node switch
        {
            OpFilter filter => FoldFilter(filter, folder),
            OpExtend extend => extend with { Expression = folder.Fold(extend.Expression) },
            OpLeftJoin { Condition: { } condition } leftJoin => FoldLeftJoin(leftJoin, folder.Fold(condition)),
            _ => node,
        });
    }

    private static Op FoldFilter(OpFilter filter, Folder folder)
    {
        var kept = new List<Expression>();
        foreach (var conjunct in VariableUsage.Conjuncts(filter.Condition))
        {
            var folded = folder.Fold(conjunct);
            switch (folder.ConstantTruth(folded))
            {
                case true:
                    break;
                case false:
                    return EmptyTable;
                default:
                    kept.Add(folded);
                    break;
            }
        }

        return VariableUsage.Filter(kept, filter.Input);
    }

    private static OpLeftJoin FoldLeftJoin(OpLeftJoin leftJoin, Expression condition) =>
        leftJoin with { Condition = condition is ExprTerm { Term: var term } && term.Equals(ExpressionCompiler.Bool(true)) ? null : condition };

    /// <summary>Evaluates constant expressions with a compiler over an empty dataset and an empty solution.</summary>
    private sealed class Folder
    {
        private readonly ExpressionCompiler _compiler;
        private readonly TermId[] _row = [];

        public Folder(Iri? baseIri)
        {
            var terms = new QueryTermTable(new DatasetQueryable(new Dataset()));
            _compiler = new ExpressionCompiler(terms, new SolutionLayout(), (_, _) => false, new SolutionState(baseIri));
        }

        /// <summary>True or false for a constant whose effective boolean value is known (an error counts as false), else null.</summary>
        public bool? ConstantTruth(Expression expression) =>
            IsConstant(expression) || (VariableUsage.Of(expression).Count == 0 && VariableUsage.IsDeterministic(expression))
                ? ExpressionCompiler.EffectiveBoolean(_compiler.Compile(expression)(_row)) ?? false
                : null;

        public Expression Fold(Expression expression)
        {
            switch (expression)
            {
                case ExprCall call:
                {
                    var arguments = call.Arguments.Select(Fold).ToArray();
                    if (call.Function is BuiltInFunction.Or or BuiltInFunction.And)
                    {
                        // true || e is true and false && e is false whatever e is, even an error (§17.2).
                        var decisive = call.Function == BuiltInFunction.Or;
                        if (arguments.Any(a => IsConstant(a) && ExpressionCompiler.EffectiveBoolean(Value(a)) == decisive))
                        {
                            return new ExprTerm(ExpressionCompiler.Bool(decisive));
                        }
                    }

                    return Evaluate(new ExprCall(call.Function, ValueArray.Create<Expression>(arguments)));
                }

                case ExprFunctionCall call:
                    return Evaluate(call with { Arguments = ValueArray.Create<Expression>([.. call.Arguments.Select(Fold)]) });
                default:
                    return expression;
            }
        }

        private static bool IsConstant(Expression expression) => expression is ExprTerm { Term: not BlankNode };

        private Term? Value(Expression constant) => ((ExprTerm)constant).Term;

        /// <summary>The call's value when all its arguments are constants and it does not fail; the call itself otherwise.</summary>
        private Expression Evaluate(Expression call)
        {
            var arguments = call is ExprCall c ? c.Arguments : ((ExprFunctionCall)call).Arguments;
            if (!arguments.All(IsConstant) || !VariableUsage.IsDeterministic(call) || call is ExprFunctionCall { Distinct: true })
            {
                return call;
            }

            return _compiler.Compile(call)(_row) is { } value and not BlankNode ? new ExprTerm(value) : call;
        }
    }
}
