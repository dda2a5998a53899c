using System.Text;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Syntax;

/// <summary>
/// Writes expressions as SPARQL, every operator in parentheses so precedence never changes the tree; variables
/// bound to aggregates of the enclosing group are written as the aggregate call again.
/// </summary>
internal sealed class ExpressionWriter(Dictionary<Variable, Aggregate> aggregates)
{
    public void Write(StringBuilder b, Expression expression)
    {
        switch (expression)
        {
            case ExprVariable variable when aggregates.TryGetValue(variable.Variable, out var aggregate):
                WriteAggregate(b, aggregate);
                break;
            case ExprVariable variable:
                b.Append(SparqlWriter.VariableText(variable.Variable));
                break;
            case ExprTerm term:
                SparqlWriter.WriteTerm(b, term.Term);
                break;
            case ExprExists exists:
                b.Append("EXISTS ");
                SparqlWriter.WriteGroupText(b, exists.Pattern);
                break;
            case ExprCall { Function: BuiltInFunction.Not, Arguments: [ExprExists notExists] }:
                b.Append("NOT EXISTS ");
                SparqlWriter.WriteGroupText(b, notExists.Pattern);
                break;
            case ExprCall call:
                WriteCall(b, call);
                break;
            case ExprFunctionCall call:
                SparqlWriter.WriteTerm(b, call.Function);
                b.Append('(');
                if (call.Distinct)
                {
                    b.Append("DISTINCT ");
                }

                WriteList(b, call.Arguments);
                b.Append(')');
                break;
            case ExprAggregate aggregateExpression:
                WriteAggregate(b, aggregateExpression.Aggregate);
                break;
        }
    }

    private void WriteCall(StringBuilder b, ExprCall call)
    {
        var args = call.Arguments;
        var symbol = call.Function switch
        {
            BuiltInFunction.Or => "||",
            BuiltInFunction.And => "&&",
            BuiltInFunction.Equal => "=",
            BuiltInFunction.NotEqual => "!=",
            BuiltInFunction.Less => "<",
            BuiltInFunction.Greater => ">",
            BuiltInFunction.LessOrEqual => "<=",
            BuiltInFunction.GreaterOrEqual => ">=",
            BuiltInFunction.Add => "+",
            BuiltInFunction.Subtract => "-",
            BuiltInFunction.Multiply => "*",
            BuiltInFunction.Divide => "/",
            _ => null,
        };
        if (symbol is not null)
        {
            b.Append('(');
            Write(b, args[0]);
            b.Append(' ').Append(symbol).Append(' ');
            Write(b, args[1]);
            b.Append(')');
            return;
        }

        switch (call.Function)
        {
            case BuiltInFunction.Not or BuiltInFunction.UnaryPlus or BuiltInFunction.UnaryMinus:
                b.Append(call.Function switch { BuiltInFunction.Not => "!", BuiltInFunction.UnaryPlus => "+", _ => "-" }).Append('(');
                Write(b, args[0]);
                b.Append(')');
                return;
            case BuiltInFunction.In or BuiltInFunction.NotIn:
                b.Append('(');
                Write(b, args[0]);
                b.Append(call.Function == BuiltInFunction.In ? " IN (" : " NOT IN (");
                WriteList(b, args.Skip(1));
                b.Append("))");
                return;
            default:
                b.Append(BuiltInFunctions.KeywordOf(call.Function)).Append('(');
                WriteList(b, args);
                b.Append(')');
                return;
        }
    }

    private void WriteList(StringBuilder b, IEnumerable<Expression> expressions)
    {
        var first = true;
        foreach (var e in expressions)
        {
            if (!first)
            {
                b.Append(", ");
            }

            first = false;
            Write(b, e);
        }
    }

    private void WriteAggregate(StringBuilder b, Aggregate aggregate)
    {
        b.Append(aggregate.Function switch
        {
            AggregateFunction.Count => "COUNT",
            AggregateFunction.Sum => "SUM",
            AggregateFunction.Min => "MIN",
            AggregateFunction.Max => "MAX",
            AggregateFunction.Avg => "AVG",
            AggregateFunction.Sample => "SAMPLE",
            _ => "GROUP_CONCAT",
        }).Append('(');
        if (aggregate.Distinct)
        {
            b.Append("DISTINCT ");
        }

        if (aggregate.Argument is null)
        {
            b.Append('*');
        }
        else
        {
            // Aggregates do not nest, so the argument is written without substituting aggregate variables.
            new ExpressionWriter([]).Write(b, aggregate.Argument);
        }

        if (aggregate.Separator is not null)
        {
            b.Append(" ; SEPARATOR = ");
            SparqlWriter.WriteString(b, aggregate.Separator);
        }

        b.Append(')');
    }
}
