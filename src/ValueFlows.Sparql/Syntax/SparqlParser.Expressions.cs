using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Syntax;

/// <summary>Expressions (§19.8 rules 110–130): operators by precedence, built-in calls, aggregates, function calls.</summary>
internal sealed partial class SparqlParser
{
    /// <summary><c>Constraint ::= BrackettedExpression | BuiltInCall | FunctionCall</c>.</summary>
    private Expression Constraint()
    {
        if (Current.Is("("))
        {
            return BrackettedExpression();
        }

        if (Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName)
        {
            var iri = Iri();
            return FunctionCall(iri, Current);
        }

        if (Current.Kind == TokenKind.Name && TryBuiltInCall(out var call))
        {
            return call;
        }

        throw Error($"Expected a bracketed expression, a built-in call or a function call but found {Current.Describe()}", Current);
    }

    private Expression BrackettedExpression()
    {
        Expect("(");
        var expression = Expression();
        Expect(")");
        return expression;
    }

    private Expression Expression()
    {
        var left = AndExpression();
        while (Accept("||"))
        {
            left = new ExprCall(BuiltInFunction.Or, left, AndExpression());
        }

        return left;
    }

    private Expression AndExpression()
    {
        var left = RelationalExpression();
        while (Accept("&&"))
        {
            left = new ExprCall(BuiltInFunction.And, left, RelationalExpression());
        }

        return left;
    }

    private Expression RelationalExpression()
    {
        var left = AdditiveExpression();
        var token = Current;
        if (token.Kind == TokenKind.Punctuation)
        {
            BuiltInFunction? op = token.Text switch
            {
                "=" => BuiltInFunction.Equal,
                "!=" => BuiltInFunction.NotEqual,
                "<" => BuiltInFunction.Less,
                ">" => BuiltInFunction.Greater,
                "<=" => BuiltInFunction.LessOrEqual,
                ">=" => BuiltInFunction.GreaterOrEqual,
                _ => null,
            };
            if (op is { } comparison)
            {
                Advance();
                return new ExprCall(comparison, left, AdditiveExpression());
            }
        }

        if (AcceptKeyword("IN"))
        {
            return new ExprCall(BuiltInFunction.In, ValueArray<Expression>.Own((Expression[])[left, .. ExpressionList()]));
        }

        if (token.IsKeyword("NOT") && Peek(1).IsKeyword("IN"))
        {
            Advance();
            Advance();
            return new ExprCall(BuiltInFunction.NotIn, ValueArray<Expression>.Own((Expression[])[left, .. ExpressionList()]));
        }

        return left;
    }

    private List<Expression> ExpressionList()
    {
        var list = new List<Expression>();
        if (Current.Kind == TokenKind.Nil)
        {
            Advance();
            return list;
        }

        Expect("(");
        do
        {
            list.Add(Expression());
        }
        while (Accept(","));
        Expect(")");
        return list;
    }

    private Expression AdditiveExpression()
    {
        var left = MultiplicativeExpression();
        while (true)
        {
            if (Accept("+"))
            {
                left = new ExprCall(BuiltInFunction.Add, left, MultiplicativeExpression());
            }
            else if (Accept("-"))
            {
                left = new ExprCall(BuiltInFunction.Subtract, left, MultiplicativeExpression());
            }
            else if (Current.Kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double && Current.Text[0] is '+' or '-')
            {
                // "?x -1" is "?x - 1": the sign of a signed number is the additive operator (§19.8 rule 116).
                var signed = Advance();
                var datatype = signed.Kind switch
                {
                    TokenKind.Integer => Xsd.Integer,
                    TokenKind.Decimal => Xsd.Decimal,
                    _ => Xsd.Double,
                };
                Expression right = new ExprTerm(Literal.CreateUnchecked(signed.Text[1..], datatype, null));
                while (true)
                {
                    if (Accept("*"))
                    {
                        right = new ExprCall(BuiltInFunction.Multiply, right, UnaryExpression());
                    }
                    else if (Accept("/"))
                    {
                        right = new ExprCall(BuiltInFunction.Divide, right, UnaryExpression());
                    }
                    else
                    {
                        break;
                    }
                }

                left = new ExprCall(signed.Text[0] == '+' ? BuiltInFunction.Add : BuiltInFunction.Subtract, left, right);
            }
            else
            {
                return left;
            }
        }
    }

    private Expression MultiplicativeExpression()
    {
        var left = UnaryExpression();
        while (true)
        {
            if (Accept("*"))
            {
                left = new ExprCall(BuiltInFunction.Multiply, left, UnaryExpression());
            }
            else if (Accept("/"))
            {
                left = new ExprCall(BuiltInFunction.Divide, left, UnaryExpression());
            }
            else
            {
                return left;
            }
        }
    }

    private Expression UnaryExpression()
    {
        if (Accept("!"))
        {
            return new ExprCall(BuiltInFunction.Not, PrimaryExpression());
        }

        if (Accept("+"))
        {
            return new ExprCall(BuiltInFunction.UnaryPlus, PrimaryExpression());
        }

        if (Accept("-"))
        {
            return new ExprCall(BuiltInFunction.UnaryMinus, PrimaryExpression());
        }

        return PrimaryExpression();
    }

    private Expression PrimaryExpression()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Punctuation when token.Text == "(":
                return BrackettedExpression();
            case TokenKind.Variable:
                return new ExprVariable(Var());
            case TokenKind.IriRef or TokenKind.PrefixedName:
                var iri = Iri();
                return Current.Is("(") || Current.Kind == TokenKind.Nil ? FunctionCall(iri, Current) : new ExprTerm(iri);
            case TokenKind.Name when TryBuiltInCall(out var call):
                return call;
            default:
                if (TryLiteral(out var literal))
                {
                    return new ExprTerm(literal);
                }

                throw Error($"Expected an expression but found {token.Describe()}", token);
        }
    }

    /// <summary><c>FunctionCall ::= iri ArgList</c>.</summary>
    private ExprFunctionCall FunctionCall(Iri function, Token at)
    {
        if (Current.Kind == TokenKind.Nil)
        {
            Advance();
            return new ExprFunctionCall(function, ValueArray<Expression>.Empty);
        }

        if (!Current.Is("("))
        {
            throw Error($"Expected '(' after the function IRI but found {at.Describe()}", at);
        }

        Advance();
        var distinct = AcceptKeyword("DISTINCT");
        var arguments = new List<Expression>();
        do
        {
            arguments.Add(Expression());
        }
        while (Accept(","));
        Expect(")");
        return new ExprFunctionCall(function, ValueArray<Expression>.Own(arguments), distinct);
    }

    private bool TryBuiltInCall(out Expression call)
    {
        var token = Current;
        if (token.IsKeyword("true") || token.IsKeyword("false"))
        {
            call = null!;
            return false;
        }

        if (token.IsKeyword("EXISTS"))
        {
            Advance();
            call = new ExprExists(GroupGraphPattern());
            return true;
        }

        if (token.IsKeyword("NOT"))
        {
            Advance();
            ExpectKeyword("EXISTS");
            call = new ExprCall(BuiltInFunction.Not, new ExprExists(GroupGraphPattern()));
            return true;
        }

        if (TryAggregate(out call))
        {
            return true;
        }

        if (!BuiltInFunctions.TryGet(token.Text, out var function, out var min, out var max))
        {
            call = null!;
            return false;
        }

        Advance();
        var arguments = new List<Expression>();
        if (Current.Kind == TokenKind.Nil)
        {
            Advance();
        }
        else
        {
            Expect("(");
            if (function == BuiltInFunction.Bound)
            {
                arguments.Add(new ExprVariable(Var()));
            }
            else if (!Current.Is(")"))
            {
                do
                {
                    arguments.Add(Expression());
                }
                while (Accept(","));
            }

            Expect(")");
        }

        if (arguments.Count < min || arguments.Count > max)
        {
            var expected = min == max ? $"{min}" : max == int.MaxValue ? $"at least {min}" : $"{min} to {max}";
            throw Error($"{token.Text.ToUpperInvariant()} takes {expected} argument(s), not {arguments.Count}", token);
        }

        call = new ExprCall(function, ValueArray<Expression>.Own(arguments));
        return true;
    }

    private bool TryAggregate(out Expression call)
    {
        var token = Current;
        AggregateFunction? function = token.Text.ToUpperInvariant() switch
        {
            "COUNT" => AggregateFunction.Count,
            "SUM" => AggregateFunction.Sum,
            "MIN" => AggregateFunction.Min,
            "MAX" => AggregateFunction.Max,
            "AVG" => AggregateFunction.Avg,
            "SAMPLE" => AggregateFunction.Sample,
            "GROUP_CONCAT" => AggregateFunction.GroupConcat,
            _ => null,
        };
        if (function is not { } aggregate)
        {
            call = null!;
            return false;
        }

        if (!_aggregatesAllowed)
        {
            throw Error($"{token.Text.ToUpperInvariant()} is only allowed in SELECT expressions, HAVING and ORDER BY", token);
        }

        Advance();
        Expect("(");
        var distinct = AcceptKeyword("DISTINCT");
        Expression? argument = null;
        string? separator = null;
        _aggregatesAllowed = false;
        try
        {
            if (aggregate == AggregateFunction.Count && Accept("*"))
            {
                argument = null;
            }
            else
            {
                argument = Expression();
            }

            if (aggregate == AggregateFunction.GroupConcat && Accept(";"))
            {
                ExpectKeyword("SEPARATOR");
                Expect("=");
                separator = Expect(TokenKind.String, "a string").Text;
            }
        }
        finally
        {
            _aggregatesAllowed = true;
        }

        Expect(")");
        call = new ExprAggregate(new Aggregate(aggregate, distinct, argument, separator));
        return true;
    }
}
