using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Optimizer;

/// <summary>
/// Filter equality: <c>(filter (sameTerm ?x &lt;iri&gt;) (bgp …?x…))</c> becomes <c>(extend ((?x &lt;iri&gt;)) (bgp
/// …&lt;iri&gt;…))</c>, so the IRI is an index key instead of a test after a scan (Jena's <c>TransformFilterEquality</c>).
/// <c>?x = &lt;iri&gt;</c> is rewritten too: RDFterm-equal is true for an IRI exactly when the terms are the same
/// (§17.4.1.7). Only IRIs: for literals <c>=</c> compares values (<c>1 = 1.0</c>), so substituting would lose solutions.
/// The variable is certainly bound because it occurs in the BGP.
/// </summary>
internal sealed class FilterEqualityPass : IOptimizerPass
{
    public string Name => "filter-equality";

    public Op Rewrite(Op op, OptimizerContext context) => OpTransformer.Transform(op, node => node is OpFilter { Input: OpBgp bgp } filter ? Substitute(filter, bgp) : node);

    private static Op Substitute(OpFilter filter, OpBgp bgp)
    {
        var kept = new List<Expression>();
        var bindings = new List<(Variable Variable, Iri Iri)>();
        var inBgp = VariableUsage.Certain(bgp);
        foreach (var c in VariableUsage.Conjuncts(filter.Condition))
        {
            if (AsBinding(c) is { } binding && inBgp.Contains(binding.Variable) && !bindings.Exists(b => b.Variable == binding.Variable))
            {
                bindings.Add(binding);
            }
            else
            {
                kept.Add(c);
            }
        }

        if (bindings.Count == 0)
        {
            return filter;
        }

        var patterns = bgp.Patterns.Select(t => new TriplePattern(Replace(t.Subject, bindings), Replace(t.Predicate, bindings), Replace(t.Object, bindings)));
        Op result = new OpBgp(ValueArray.Create<TriplePattern>([.. patterns]));
        foreach (var (variable, iri) in bindings)
        {
            result = new OpExtend(result, variable, new ExprTerm(iri));
        }

        return VariableUsage.Filter(kept, result);
    }

    private static (Variable Variable, Iri Iri)? AsBinding(Expression conjunct) => conjunct switch
    {
        ExprCall { Function: BuiltInFunction.SameTerm or BuiltInFunction.Equal, Arguments: [ExprVariable v, ExprTerm { Term: Iri iri }] } => (v.Variable, iri),
        ExprCall { Function: BuiltInFunction.SameTerm or BuiltInFunction.Equal, Arguments: [ExprTerm { Term: Iri iri }, ExprVariable v] } => (v.Variable, iri),
        _ => null,
    };

    private static TermPattern Replace(TermPattern term, List<(Variable Variable, Iri Iri)> bindings) =>
        term.Variable is { } v && bindings.Find(b => b.Variable == v) is { Iri: { } iri } ? new TermPattern(iri) : term;
}
