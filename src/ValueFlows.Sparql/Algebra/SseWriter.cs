using System.Globalization;
using System.Text;
using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// Writes the algebra as SSE, the one-line S-expression text of Jena ARQ that golden tests compare:
/// <c>(project (?s) (filter (= ?o 1) (bgp (triple ?s ?p ?o))))</c>.
/// </summary>
internal static class SseWriter
{
    public static string Write(Op op) => Build(b => WriteOp(b, op));

    public static string Write(Expression expression) => Build(b => WriteExpression(b, expression));

    public static string Write(PropertyPath path) => Build(b => WritePath(b, path));

    public static string Write(Aggregate aggregate) => Build(b => WriteAggregate(b, aggregate));

    public static string Write(TriplePattern pattern) => Build(b => WriteTriple(b, pattern));

    public static string Build(Action<StringBuilder> write)
    {
        var builder = new StringBuilder();
        write(builder);
        return builder.ToString();
    }

    public static void WriteOp(StringBuilder b, Op op)
    {
        switch (op)
        {
            case OpBgp bgp:
                b.Append("(bgp");
                foreach (var t in bgp.Patterns)
                {
                    b.Append(' ');
                    WriteTriple(b, t);
                }

                b.Append(')');
                break;
            case OpPath path:
                b.Append("(path ");
                WriteTermPattern(b, path.Subject);
                b.Append(' ');
                WritePath(b, path.Path);
                b.Append(' ');
                WriteTermPattern(b, path.Object);
                b.Append(')');
                break;
            case OpJoin join:
                Binary(b, "join", join.Left, join.Right);
                break;
            case OpLeftJoin leftJoin:
                b.Append("(leftjoin ");
                WriteOp(b, leftJoin.Left);
                b.Append(' ');
                WriteOp(b, leftJoin.Right);
                if (leftJoin.Condition is not null)
                {
                    b.Append(' ');
                    WriteExpression(b, leftJoin.Condition);
                }

                b.Append(')');
                break;
            case OpFilter filter:
                b.Append("(filter ");
                WriteExpression(b, filter.Condition);
                b.Append(' ');
                WriteOp(b, filter.Input);
                b.Append(')');
                break;
            case OpUnion union:
                Binary(b, "union", union.Left, union.Right);
                break;
            case OpMinus minus:
                Binary(b, "minus", minus.Left, minus.Right);
                break;
            case OpGraph graph:
                b.Append("(graph ");
                WriteTermPattern(b, graph.Name);
                b.Append(' ');
                WriteOp(b, graph.Input);
                b.Append(')');
                break;
            case OpService service:
                b.Append(service.Silent ? "(service silent " : "(service ");
                WriteTermPattern(b, service.Endpoint);
                b.Append(' ');
                WriteOp(b, service.Input);
                b.Append(')');
                break;
            case OpExtend extend:
                b.Append("(extend ((").Append(extend.Variable).Append(' ');
                WriteExpression(b, extend.Expression);
                b.Append(")) ");
                WriteOp(b, extend.Input);
                b.Append(')');
                break;
            case OpValues values:
                WriteTable(b, values);
                break;
            case OpOrderBy orderBy:
                b.Append("(order (");
                WriteConditions(b, orderBy.Conditions);
                b.Append(") ");
                WriteOp(b, orderBy.Input);
                b.Append(')');
                break;
            case OpTopN top:
                b.Append("(top (").Append(top.Limit.ToString(CultureInfo.InvariantCulture)).Append(' ');
                WriteConditions(b, top.Conditions);
                b.Append(") ");
                WriteOp(b, top.Input);
                b.Append(')');
                break;
            case OpProject project:
                b.Append("(project (").AppendJoin(' ', project.Variables).Append(") ");
                WriteOp(b, project.Input);
                b.Append(')');
                break;
            case OpDistinct distinct:
                Unary(b, "distinct", distinct.Input);
                break;
            case OpReduced reduced:
                Unary(b, "reduced", reduced.Input);
                break;
            case OpSlice slice:
                b.Append("(slice ")
                    .Append(slice.Start == 0 ? "_" : slice.Start.ToString(CultureInfo.InvariantCulture))
                    .Append(' ')
                    .Append(slice.Length is { } length ? length.ToString(CultureInfo.InvariantCulture) : "_")
                    .Append(' ');
                WriteOp(b, slice.Input);
                b.Append(')');
                break;
            case OpGroup group:
                b.Append("(group (").AppendJoin(' ', group.Keys).Append(") (");
                for (var i = 0; i < group.Aggregates.Count; i++)
                {
                    if (i > 0)
                    {
                        b.Append(' ');
                    }

                    b.Append('(').Append(group.Aggregates[i].Variable).Append(' ');
                    WriteAggregate(b, group.Aggregates[i].Aggregate);
                    b.Append(')');
                }

                b.Append(") ");
                WriteOp(b, group.Input);
                b.Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown operator {op.GetType().Name}.", nameof(op));
        }
    }

    private static void WriteConditions(StringBuilder b, ValueArray<OrderCondition> conditions)
    {
        for (var i = 0; i < conditions.Count; i++)
        {
            if (i > 0)
            {
                b.Append(' ');
            }

            var condition = conditions[i];
            if (condition.Descending)
            {
                b.Append("(desc ");
                WriteExpression(b, condition.Expression);
                b.Append(')');
            }
            else
            {
                WriteExpression(b, condition.Expression);
            }
        }
    }

    public static void WriteTriple(StringBuilder b, TriplePattern t)
    {
        b.Append("(triple ");
        WriteTermPattern(b, t.Subject);
        b.Append(' ');
        WriteTermPattern(b, t.Predicate);
        b.Append(' ');
        WriteTermPattern(b, t.Object);
        b.Append(')');
    }

    public static void WriteTermPattern(StringBuilder b, TermPattern term)
    {
        if (term.Variable is { } variable)
        {
            b.Append(variable);
        }
        else
        {
            WriteTerm(b, term.Term!);
        }
    }

    /// <summary>Writes a term as N-Triples, with the short forms of SPARQL for plain numbers and booleans.</summary>
    public static void WriteTerm(StringBuilder b, Term term)
    {
        if (term is Literal literal && NumericLiteralSyntax.IsShortForm(literal))
        {
            b.Append(literal.Value);
            return;
        }

        b.Append(term);
    }

    public static void WritePath(StringBuilder b, PropertyPath path)
    {
        switch (path)
        {
            case PathLink link:
                b.Append(link.Predicate);
                break;
            case PathInverse inverse:
                b.Append("(reverse ");
                WritePath(b, inverse.Path);
                b.Append(')');
                break;
            case PathSequence sequence:
                b.Append("(seq ");
                WritePath(b, sequence.First);
                b.Append(' ');
                WritePath(b, sequence.Second);
                b.Append(')');
                break;
            case PathAlternative alternative:
                b.Append("(alt ");
                WritePath(b, alternative.First);
                b.Append(' ');
                WritePath(b, alternative.Second);
                b.Append(')');
                break;
            case PathZeroOrMore zeroOrMore:
                b.Append("(path* ");
                WritePath(b, zeroOrMore.Path);
                b.Append(')');
                break;
            case PathOneOrMore oneOrMore:
                b.Append("(path+ ");
                WritePath(b, oneOrMore.Path);
                b.Append(')');
                break;
            case PathZeroOrOne zeroOrOne:
                b.Append("(path? ");
                WritePath(b, zeroOrOne.Path);
                b.Append(')');
                break;
            case PathNegatedSet negated:
                b.Append("(notoneof");
                foreach (var iri in negated.Predicates)
                {
                    b.Append(' ').Append(iri);
                }

                b.Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown path {path.GetType().Name}.", nameof(path));
        }
    }

    public static void WriteExpression(StringBuilder b, Expression expression)
    {
        switch (expression)
        {
            case ExprVariable variable:
                b.Append(variable.Variable);
                break;
            case ExprTerm term:
                WriteTerm(b, term.Term);
                break;
            case ExprCall call:
                b.Append('(').Append(BuiltInFunctions.SseName(call.Function));
                foreach (var argument in call.Arguments)
                {
                    b.Append(' ');
                    WriteExpression(b, argument);
                }

                b.Append(')');
                break;
            case ExprFunctionCall call:
                b.Append('(').Append(call.Function);
                if (call.Distinct)
                {
                    b.Append(" distinct");
                }

                foreach (var argument in call.Arguments)
                {
                    b.Append(' ');
                    WriteExpression(b, argument);
                }

                b.Append(')');
                break;
            case ExprExists exists:
                b.Append("(exists ");
                WriteOp(b, exists.Pattern);
                b.Append(')');
                break;
            case ExprAggregate aggregate:
                WriteAggregate(b, aggregate.Aggregate);
                break;
            default:
                throw new ArgumentException($"Unknown expression {expression.GetType().Name}.", nameof(expression));
        }
    }

    public static void WriteAggregate(StringBuilder b, Aggregate aggregate)
    {
        b.Append('(').Append(AggregateName(aggregate.Function));
        if (aggregate.Distinct)
        {
            b.Append(" distinct");
        }

        if (aggregate.Separator is not null)
        {
            b.Append(" (separator ").Append(Literal.Create(aggregate.Separator)).Append(')');
        }

        if (aggregate.Argument is not null)
        {
            b.Append(' ');
            WriteExpression(b, aggregate.Argument);
        }

        b.Append(')');
    }

    public static string AggregateName(AggregateFunction function) => function switch
    {
        AggregateFunction.Count => "count",
        AggregateFunction.Sum => "sum",
        AggregateFunction.Min => "min",
        AggregateFunction.Max => "max",
        AggregateFunction.Avg => "avg",
        AggregateFunction.Sample => "sample",
        _ => "group_concat",
    };

    private static void WriteTable(StringBuilder b, OpValues values)
    {
        if (values.Variables.Count == 0 && values.Rows.Count == 1)
        {
            b.Append("(table unit)");
            return;
        }

        b.Append("(table (vars").Append(values.Variables.Count == 0 ? string.Empty : " ").AppendJoin(' ', values.Variables).Append(')');
        foreach (var row in values.Rows)
        {
            b.Append(" (row");
            for (var i = 0; i < row.Count; i++)
            {
                if (row[i] is { } term)
                {
                    b.Append(" (").Append(values.Variables[i]).Append(' ');
                    WriteTerm(b, term);
                    b.Append(')');
                }
            }

            b.Append(')');
        }

        b.Append(')');
    }

    private static void Unary(StringBuilder b, string name, Op input)
    {
        b.Append('(').Append(name).Append(' ');
        WriteOp(b, input);
        b.Append(')');
    }

    private static void Binary(StringBuilder b, string name, Op left, Op right)
    {
        b.Append('(').Append(name).Append(' ');
        WriteOp(b, left);
        b.Append(' ');
        WriteOp(b, right);
        b.Append(')');
    }
}
