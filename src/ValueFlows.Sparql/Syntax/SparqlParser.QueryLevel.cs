using System.Globalization;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Syntax;

/// <summary>
/// SELECT clauses, solution modifiers and the translation of a query level: grouping and aggregates, HAVING,
/// VALUES, select expressions, then ORDER BY, projection, DISTINCT/REDUCED and slicing (§18.2.4, §18.2.5).
/// </summary>
internal sealed partial class SparqlParser
{
    private SelectClauseSyntax SelectClause()
    {
        var at = ExpectKeyword("SELECT");
        var distinct = AcceptKeyword("DISTINCT");
        var reduced = !distinct && AcceptKeyword("REDUCED");
        if (Accept("*"))
        {
            return new SelectClauseSyntax(true, distinct, reduced, [], at);
        }

        var items = new List<SelectItem>();
        while (true)
        {
            var token = Current;
            if (token.Kind == TokenKind.Variable)
            {
                items.Add(new SelectItem(Var(), null, token));
            }
            else if (token.Is("("))
            {
                Advance();
                _aggregatesAllowed = true;
                var expression = Expression();
                _aggregatesAllowed = false;
                ExpectKeyword("AS");
                var variableToken = Current;
                items.Add(new SelectItem(Var(), expression, variableToken));
                Expect(")");
            }
            else
            {
                break;
            }
        }

        if (items.Count == 0)
        {
            throw Error($"Expected '*', a variable or '(' expression AS variable ')' but found {Current.Describe()}", Current);
        }

        return new SelectClauseSyntax(false, distinct, reduced, items, at);
    }

    private List<TriplePattern> ConstructTemplate()
    {
        Expect("{");
        var triples = new List<TriplePattern>();
        while (!Current.Is("}"))
        {
            TriplesSameSubjectInTemplate(triples);
            if (!Accept("."))
            {
                break;
            }
        }

        Expect("}");
        return triples;
    }

    /// <summary>Reads the solution modifiers and the trailing VALUES of a query level.</summary>
    private QueryLevelSyntax QueryLevel(SelectClauseSyntax? select, Op where)
    {
        var level = new QueryLevelSyntax(select, where);
        if (Current.IsKeyword("GROUP"))
        {
            Advance();
            ExpectKeyword("BY");
            level.GroupBy = [];
            do
            {
                level.GroupBy.Add(GroupConditionSyntax());
            }
            while (StartsGroupCondition());
        }

        _aggregatesAllowed = true;
        try
        {
            if (AcceptKeyword("HAVING"))
            {
                do
                {
                    level.Having.Add(Constraint());
                }
                while (StartsConstraint());
            }

            if (Current.IsKeyword("ORDER"))
            {
                Advance();
                ExpectKeyword("BY");
                do
                {
                    level.OrderBy.Add(OrderConditionSyntax());
                }
                while (StartsConstraint() || Current.Kind == TokenKind.Variable || Current.IsKeyword("ASC") || Current.IsKeyword("DESC"));
            }
        }
        finally
        {
            _aggregatesAllowed = false;
        }

        for (var i = 0; i < 2; i++)
        {
            if (level.Limit is null && AcceptKeyword("LIMIT"))
            {
                level.Limit = NonNegativeInteger();
            }
            else if (level.Offset is null && AcceptKeyword("OFFSET"))
            {
                level.Offset = NonNegativeInteger();
            }
        }

        if (AcceptKeyword("VALUES"))
        {
            level.Values = DataBlock();
        }

        return level;
    }

    private long NonNegativeInteger()
    {
        var token = Current;
        if (token.Kind != TokenKind.Integer || token.Text[0] is '+' or '-'
            || !long.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw Error($"Expected a non-negative integer but found {token.Describe()}", token);
        }

        Advance();
        return value;
    }

    private bool StartsConstraint() =>
        Current.Is("(") || Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName
        || (Current.Kind == TokenKind.Name && !IsClauseKeyword(Current));

    private bool StartsGroupCondition() => StartsConstraint() || Current.Kind == TokenKind.Variable;

    private static bool IsClauseKeyword(Token token) =>
        token.IsKeyword("HAVING") || token.IsKeyword("ORDER") || token.IsKeyword("LIMIT") || token.IsKeyword("OFFSET")
        || token.IsKeyword("VALUES") || token.IsKeyword("GROUP");

    private GroupCondition GroupConditionSyntax()
    {
        var token = Current;
        if (token.Kind == TokenKind.Variable)
        {
            return new GroupCondition(new ExprVariable(Var()), null, token);
        }

        if (Accept("("))
        {
            var expression = Expression();
            Variable? variable = null;
            if (AcceptKeyword("AS"))
            {
                token = Current;
                variable = Var();
            }

            Expect(")");
            return new GroupCondition(expression, variable, token);
        }

        return new GroupCondition(Constraint(), null, token);
    }

    private OrderCondition OrderConditionSyntax()
    {
        if (AcceptKeyword("ASC"))
        {
            return new OrderCondition(BrackettedExpression(), false);
        }

        if (AcceptKeyword("DESC"))
        {
            return new OrderCondition(BrackettedExpression(), true);
        }

        return Current.Kind == TokenKind.Variable
            ? new OrderCondition(new ExprVariable(Var()), false)
            : new OrderCondition(Constraint(), false);
    }

    /// <summary>Translates one query level to the algebra.</summary>
    private Op TranslateLevel(QueryLevelSyntax level)
    {
        var pattern = level.Where;
        var inScope = VariableScope.InScope(pattern);
        var select = level.Select;
        var selectExpressions = select?.Items.Select(i => i.Expression).ToList() ?? [];
        var having = level.Having.ToList();
        var order = level.OrderBy.ToList();

        var grouped = level.GroupBy is not null
            || selectExpressions.Any(e => e is not null && ContainsAggregate(e))
            || having.Any(ContainsAggregate)
            || order.Any(o => ContainsAggregate(o.Expression));

        List<Variable> visible;
        if (grouped)
        {
            var keys = new List<Variable>();
            foreach (var condition in level.GroupBy ?? [])
            {
                if (condition is { Expression: ExprVariable plain, Variable: null })
                {
                    keys.Add(plain.Variable);
                    continue;
                }

                var variable = condition.Variable ?? FreshVariable();
                if (condition.Variable is not null && inScope.Contains(variable))
                {
                    throw Error($"GROUP BY binds {variable}, which is already in scope", condition.Token);
                }

                pattern = new OpExtend(pattern, variable, condition.Expression);
                keys.Add(variable);
            }

            var aggregates = new List<AggregateBinding>();
            for (var i = 0; i < selectExpressions.Count; i++)
            {
                if (selectExpressions[i] is { } e)
                {
                    selectExpressions[i] = ReplaceAggregates(e, aggregates);
                }
            }

            for (var i = 0; i < having.Count; i++)
            {
                having[i] = ReplaceAggregates(having[i], aggregates);
            }

            for (var i = 0; i < order.Count; i++)
            {
                order[i] = order[i] with { Expression = ReplaceAggregates(order[i].Expression, aggregates) };
            }

            pattern = new OpGroup(pattern, ValueArray<Variable>.Own(keys), ValueArray<AggregateBinding>.Own(aggregates));
            visible = keys.Where(k => !k.IsGenerated).ToList();
            if (select is { Star: true })
            {
                throw Error("SELECT * is not allowed with GROUP BY or aggregates", select.At);
            }

            if (select is not null)
            {
                CheckGroupedProjection(select, selectExpressions, keys);
            }
        }
        else
        {
            visible = inScope.Where(v => !v.IsGenerated).ToList();
        }

        foreach (var condition in having)
        {
            pattern = new OpFilter(condition, pattern);
        }

        if (level.Values is not null)
        {
            pattern = OpJoin.Create(pattern, level.Values);
            foreach (var v in level.Values.Variables)
            {
                if (!visible.Contains(v))
                {
                    visible.Add(v);
                }
            }
        }

        var projection = new List<Variable>();
        if (select is not null)
        {
            if (select.Star)
            {
                projection.AddRange(visible);
            }

            for (var i = 0; i < select.Items.Count; i++)
            {
                var item = select.Items[i];
                if (selectExpressions[i] is { } expression)
                {
                    if (visible.Contains(item.Variable) || projection.Contains(item.Variable))
                    {
                        throw Error($"{item.Variable} is already in scope and cannot be assigned in SELECT", item.Token);
                    }

                    pattern = new OpExtend(pattern, item.Variable, expression);
                }

                if (!projection.Contains(item.Variable))
                {
                    projection.Add(item.Variable);
                }
            }
        }

        if (order.Count > 0)
        {
            pattern = new OpOrderBy(pattern, ValueArray<OrderCondition>.Own(order));
        }

        if (select is not null)
        {
            pattern = new OpProject(pattern, ValueArray<Variable>.Own(projection));
            if (select.Distinct)
            {
                pattern = new OpDistinct(pattern);
            }
            else if (select.Reduced)
            {
                pattern = new OpReduced(pattern);
            }
        }

        if (level.Limit is not null || level.Offset is not null)
        {
            pattern = new OpSlice(pattern, level.Offset ?? 0, level.Limit);
        }

        return pattern;
    }

    /// <summary>With grouping, a projected variable must be a key or assigned by an earlier select expression.</summary>
    private void CheckGroupedProjection(SelectClauseSyntax select, List<Expression?> expressions, List<Variable> keys)
    {
        var allowed = new HashSet<Variable>(keys);
        for (var i = 0; i < select.Items.Count; i++)
        {
            var item = select.Items[i];
            if (expressions[i] is { } expression)
            {
                var free = new List<Variable>();
                CollectVariables(expression, free);
                foreach (var v in free.Where(v => !v.IsGenerated && !allowed.Contains(v)))
                {
                    throw Error($"{v} is used in SELECT outside an aggregate but is not a GROUP BY key", item.Token);
                }

                allowed.Add(item.Variable);
            }
            else if (!allowed.Contains(item.Variable))
            {
                throw Error($"{item.Variable} is projected but is not a GROUP BY key", item.Token);
            }
        }
    }

    private static void CollectVariables(Expression expression, List<Variable> output)
    {
        switch (expression)
        {
            case ExprVariable v:
                output.Add(v.Variable);
                break;
            case ExprCall call:
                foreach (var a in call.Arguments)
                {
                    CollectVariables(a, output);
                }

                break;
            case ExprFunctionCall call:
                foreach (var a in call.Arguments)
                {
                    CollectVariables(a, output);
                }

                break;
        }
    }

    private static bool ContainsAggregate(Expression expression) => expression switch
    {
        ExprAggregate => true,
        ExprCall call => call.Arguments.Any(ContainsAggregate),
        ExprFunctionCall call => call.Arguments.Any(ContainsAggregate),
        _ => false,
    };

    private ValueArray<Expression> ReplaceAll(ValueArray<Expression> arguments, List<AggregateBinding> aggregates) =>
        ValueArray<Expression>.Own(arguments.Select(a => ReplaceAggregates(a, aggregates)).ToArray());

    /// <summary>Replaces each aggregate by the variable of its <see cref="AggregateBinding"/>, sharing equal aggregates.</summary>
    private Expression ReplaceAggregates(Expression expression, List<AggregateBinding> aggregates)
    {
        switch (expression)
        {
            case ExprAggregate aggregate:
                foreach (var binding in aggregates)
                {
                    if (binding.Aggregate.Equals(aggregate.Aggregate))
                    {
                        return new ExprVariable(binding.Variable);
                    }
                }

                var variable = FreshVariable();
                aggregates.Add(new AggregateBinding(variable, aggregate.Aggregate));
                return new ExprVariable(variable);
            case ExprCall call when call.Arguments.Any(ContainsAggregate):
                return call with { Arguments = ReplaceAll(call.Arguments, aggregates) };
            case ExprFunctionCall call when call.Arguments.Any(ContainsAggregate):
                return call with { Arguments = ReplaceAll(call.Arguments, aggregates) };
            default:
                return expression;
        }
    }
}
