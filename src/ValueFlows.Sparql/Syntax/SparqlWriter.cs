using System.Globalization;
using System.Text;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Syntax;

/// <summary>
/// Writes algebra back as SPARQL text whose translation (§18.2) is the same algebra. Each operator is written as
/// the syntax the translation turns into exactly that operator: a group is a sequence of elements folded from
/// the left, FILTERs go last, an OPTIONAL's own FILTER is its LeftJoin condition, and anything else is nested
/// in its own braces or as a subquery.
/// </summary>
internal static partial class SparqlWriter
{
    public static string Write(SparqlQuery query)
    {
        var b = new StringBuilder();
        if (query.BaseIri is not null)
        {
            b.Append("BASE ").Append(query.BaseIri).Append('\n');
        }

        switch (query.Form)
        {
            case SparqlQueryForm.Select:
                WriteLevel(b, query.Pattern, query.Dataset, LevelKind.Select, query);
                break;
            case SparqlQueryForm.Ask:
                WriteLevel(b, query.Pattern, query.Dataset, LevelKind.Ask, query);
                break;
            case SparqlQueryForm.Construct:
                WriteLevel(b, query.Pattern, query.Dataset, LevelKind.Construct, query);
                break;
            default:
                WriteLevel(b, query.Pattern, query.Dataset, LevelKind.Describe, query);
                break;
        }

        return b.ToString();
    }

    /// <summary>Writes an algebra expression as a SELECT query (an operator without projection becomes <c>SELECT *</c>).</summary>
    public static string Write(Op op)
    {
        var b = new StringBuilder();
        WriteLevel(b, op, null, LevelKind.Select, null);
        return b.ToString();
    }

    private static Op SortBelowModifiers(Op op, ValueArray<OrderCondition> conditions) => op switch
    {
        OpDistinct distinct => new OpDistinct(SortBelowModifiers(distinct.Input, conditions)),
        OpReduced reduced => new OpReduced(SortBelowModifiers(reduced.Input, conditions)),
        OpProject project => new OpProject(SortBelowModifiers(project.Input, conditions), project.Variables),
        _ => new OpOrderBy(op, conditions),
    };

    private enum LevelKind
    {
        Select,
        Ask,
        Construct,
        Describe,
        SubSelect,
    }

    private static void WriteLevel(StringBuilder b, Op op, QueryDataset? dataset, LevelKind kind, SparqlQuery? query)
    {
        long? offset = null;
        long? limit = null;
        if (op is OpTopN { Input: OpDistinct or OpReduced or OpProject } outerTop)
        {
            // The optimizer sorts after DISTINCT when the keys are projected; SPARQL text sorts before it, with the same result.
            op = new OpSlice(SortBelowModifiers(outerTop.Input, outerTop.Conditions), 0, outerTop.Limit);
        }

        if (op is OpSlice slice)
        {
            offset = slice.Start == 0 && slice.Length is not null ? null : slice.Start;
            limit = slice.Length;
            op = slice.Input;
        }

        var modifier = string.Empty;
        if (op is OpDistinct distinct && kind is LevelKind.Select or LevelKind.SubSelect)
        {
            modifier = "DISTINCT ";
            op = distinct.Input;
        }
        else if (op is OpReduced reduced && kind is LevelKind.Select or LevelKind.SubSelect)
        {
            modifier = "REDUCED ";
            op = reduced.Input;
        }

        ValueArray<Variable>? projection = null;
        if (op is OpProject project && kind is LevelKind.Select or LevelKind.SubSelect or LevelKind.Describe)
        {
            projection = project.Variables;
            op = project.Input;
        }

        ValueArray<OrderCondition>? order = null;
        if (op is OpOrderBy orderBy)
        {
            order = orderBy.Conditions;
            op = orderBy.Input;
        }
        else if (op is OpTopN top)
        {
            // A top-N under a slice keeps the first Limit solutions of which the slice skips its offset.
            order = top.Conditions;
            var kept = Math.Max(0, top.Limit - (offset ?? 0));
            limit = limit is { } l ? Math.Min(l, kept) : kept;
            op = top.Input;
        }

        // Select expressions: the outermost extends whose variables are projected in the same order.
        var selectExpressions = new Dictionary<Variable, Expression>();
        if (projection is not null && kind is LevelKind.Select or LevelKind.SubSelect)
        {
            var lastIndex = int.MaxValue;
            while (op is OpExtend extend && !extend.Variable.IsGenerated)
            {
                var index = IndexOf(projection, extend.Variable);
                if (index < 0 || index >= lastIndex)
                {
                    break;
                }

                selectExpressions[extend.Variable] = extend.Expression;
                lastIndex = index;
                op = extend.Input;
            }
        }

        // Grouping: [Join(·, VALUES)] over HAVING filters over Group over the extends of key expressions.
        OpValues? trailingValues = null;
        var having = new List<Expression>();
        OpGroup? group = null;
        var candidate = op;
        if (candidate is OpJoin { Right: OpValues values } valuesJoin && Unfilter(valuesJoin.Left) is OpGroup)
        {
            trailingValues = values;
            candidate = valuesJoin.Left;
        }

        while (candidate is OpFilter filter)
        {
            having.Add(filter.Condition);
            candidate = filter.Input;
        }

        if (candidate is OpGroup foundGroup)
        {
            group = foundGroup;
            having.Reverse();
            op = foundGroup.Input;
        }
        else
        {
            trailingValues = null;
            having.Clear();
        }

        var keyExpressions = new Dictionary<Variable, Expression>();
        if (group is not null)
        {
            for (var i = group.Keys.Count - 1; i >= 0 && op is OpExtend keyExtend && keyExtend.Variable == group.Keys[i]; i--)
            {
                keyExpressions[keyExtend.Variable] = keyExtend.Expression;
                op = keyExtend.Input;
            }
        }

        var aggregates = group?.Aggregates.ToDictionary(a => a.Variable, a => a.Aggregate) ?? [];
        var w = new ExpressionWriter(aggregates);

        switch (kind)
        {
            case LevelKind.Select or LevelKind.SubSelect:
                b.Append("SELECT ").Append(modifier);
                if (projection is null || (group is null && selectExpressions.Count == 0 && IsWholeScope(projection, op, trailingValues)))
                {
                    b.Append('*');
                }
                else
                {
                    if (projection.Count == 0)
                    {
                        throw new InvalidOperationException("A projection on no variables cannot be written as SELECT.");
                    }

                    for (var i = 0; i < projection.Count; i++)
                    {
                        if (i > 0)
                        {
                            b.Append(' ');
                        }

                        var v = projection[i];
                        if (selectExpressions.TryGetValue(v, out var e))
                        {
                            b.Append('(');
                            w.Write(b, e);
                            b.Append(" AS ").Append(VariableText(v)).Append(')');
                        }
                        else
                        {
                            b.Append(VariableText(v));
                        }
                    }
                }

                break;
            case LevelKind.Ask:
                b.Append("ASK");
                break;
            case LevelKind.Construct:
                b.Append("CONSTRUCT {");
                foreach (var t in query!.Template!)
                {
                    b.Append(' ');
                    WriteTriple(b, t);
                    b.Append(" .");
                }

                b.Append(" }");
                break;
            default:
                b.Append("DESCRIBE");
                if (query!.DescribeTargets!.Count == 0)
                {
                    b.Append(" *");
                }

                foreach (var target in query.DescribeTargets!)
                {
                    b.Append(' ');
                    WriteTermPattern(b, target);
                }

                break;
        }

        if (dataset is not null)
        {
            foreach (var g in dataset.DefaultGraphs)
            {
                b.Append("\nFROM ").Append(g);
            }

            foreach (var g in dataset.NamedGraphs)
            {
                b.Append("\nFROM NAMED ").Append(g);
            }
        }

        b.Append(kind == LevelKind.SubSelect ? " WHERE " : "\nWHERE ");
        WriteGroup(b, op);

        if (group is not null && group.Keys.Count > 0)
        {
            b.Append(" GROUP BY");
            foreach (var key in group.Keys)
            {
                b.Append(' ');
                if (keyExpressions.TryGetValue(key, out var e))
                {
                    b.Append('(');
                    w.Write(b, e);
                    if (!key.IsGenerated)
                    {
                        b.Append(" AS ").Append(VariableText(key));
                    }

                    b.Append(')');
                }
                else
                {
                    b.Append(VariableText(key));
                }
            }
        }

        if (having.Count > 0)
        {
            b.Append(" HAVING");
            foreach (var h in having)
            {
                b.Append(" (");
                w.Write(b, h);
                b.Append(')');
            }
        }

        if (order is not null)
        {
            b.Append(" ORDER BY");
            foreach (var condition in order)
            {
                b.Append(condition.Descending ? " DESC(" : " ASC(");
                w.Write(b, condition.Expression);
                b.Append(')');
            }
        }

        if (limit is not null)
        {
            b.Append(" LIMIT ").Append(limit.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (offset is not null)
        {
            b.Append(" OFFSET ").Append(offset.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (trailingValues is not null)
        {
            b.Append(' ');
            WriteValues(b, trailingValues);
        }
    }

    /// <summary>True when <c>SELECT *</c> projects exactly these variables in this order.</summary>
    private static bool IsWholeScope(ValueArray<Variable> projection, Op where, OpValues? values)
    {
        var visible = VariableScope.InScope(where).Where(v => !v.IsGenerated).ToList();
        if (values is not null)
        {
            visible.AddRange(values.Variables.Where(v => !visible.Contains(v)));
        }

        return visible.SequenceEqual(projection);
    }

    private static Op Unfilter(Op op)
    {
        while (op is OpFilter filter)
        {
            op = filter.Input;
        }

        return op;
    }

    private static int IndexOf(ValueArray<Variable> list, Variable v)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == v)
            {
                return i;
            }
        }

        return -1;
    }

    internal static string VariableText(Variable v) => v.IsGenerated ? "?_" + v.Name[1..] : "?" + v.Name;

    internal static void WriteTriple(StringBuilder b, TriplePattern t)
    {
        WriteTermPattern(b, t.Subject);
        b.Append(' ');
        WriteTermPattern(b, t.Predicate);
        b.Append(' ');
        WriteTermPattern(b, t.Object);
    }

    internal static void WriteTermPattern(StringBuilder b, TermPattern term)
    {
        if (term.Variable is { } v)
        {
            b.Append(VariableText(v));
        }
        else
        {
            WriteTerm(b, term.Term!);
        }
    }

    /// <summary>Writes a term in SPARQL syntax; strings escape only what SPARQL requires.</summary>
    internal static void WriteTerm(StringBuilder b, Term term)
    {
        switch (term)
        {
            case Iri iri:
                b.Append('<').Append(iri.Value).Append('>');
                break;
            case BlankNode blank:
                b.Append("_:").Append(blank.Label);
                break;
            case Literal literal when NumericLiteralSyntax.IsShortForm(literal):
                b.Append(literal.Value);
                break;
            case Literal literal:
                WriteString(b, literal.Value);
                if (literal.Language is not null)
                {
                    b.Append('@').Append(literal.Language);
                }
                else if (!literal.IsSimple)
                {
                    b.Append("^^<").Append(literal.Datatype.Value).Append('>');
                }

                break;
        }
    }

    internal static void WriteString(StringBuilder b, string value)
    {
        b.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    b.Append("\\\"");
                    break;
                case '\\':
                    b.Append("\\\\");
                    break;
                case '\n':
                    b.Append("\\n");
                    break;
                case '\r':
                    b.Append("\\r");
                    break;
                default:
                    b.Append(c);
                    break;
            }
        }

        b.Append('"');
    }

    internal static void WriteValues(StringBuilder b, OpValues values)
    {
        b.Append("VALUES (");
        for (var i = 0; i < values.Variables.Count; i++)
        {
            if (i > 0)
            {
                b.Append(' ');
            }

            b.Append(VariableText(values.Variables[i]));
        }

        b.Append(") {");
        foreach (var row in values.Rows)
        {
            b.Append(" (");
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    b.Append(' ');
                }

                if (row[i] is { } term)
                {
                    WriteTerm(b, term);
                }
                else
                {
                    b.Append("UNDEF");
                }
            }

            b.Append(')');
        }

        b.Append(" }");
    }
}
