using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Syntax;

/// <summary>The select clause as written: <c>*</c> or items, with DISTINCT/REDUCED; <c>At</c> is its first token.</summary>
internal sealed record SelectClauseSyntax(bool Star, bool Distinct, bool Reduced, List<SelectItem> Items, Token At);

/// <summary>One select item: a variable, or <c>(expression AS variable)</c>.</summary>
internal sealed record SelectItem(Variable Variable, Expression? Expression, Token Token);

/// <summary>One GROUP BY condition: an expression, bound to a variable when written <c>(expression AS ?v)</c>.</summary>
internal sealed record GroupCondition(Expression Expression, Variable? Variable, Token Token);

/// <summary>One query level (a query or a subquery) before its translation (§18.2.4, §18.2.5).</summary>
internal sealed class QueryLevelSyntax(SelectClauseSyntax? select, Op where)
{
    public SelectClauseSyntax? Select { get; } = select;

    public Op Where { get; } = where;

    public List<GroupCondition>? GroupBy { get; set; }

    public List<Expression> Having { get; } = [];

    public List<OrderCondition> OrderBy { get; } = [];

    public long? Limit { get; set; }

    public long? Offset { get; set; }

    public OpValues? Values { get; set; }
}
