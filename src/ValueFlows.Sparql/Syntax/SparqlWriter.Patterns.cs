using System.Text;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Syntax;

/// <summary>Graph patterns: group bodies as element sequences whose left fold is the operator written.</summary>
internal static partial class SparqlWriter
{
    /// <summary>Writes <c>{ ... }</c> whose translation is exactly <paramref name="op"/>.</summary>
    private static void WriteGroup(StringBuilder b, Op op)
    {
        b.Append('{');
        if (IsLevel(op))
        {
            b.Append(' ');
            WriteLevel(b, op, null, LevelKind.SubSelect, null);
        }
        else
        {
            var elements = new List<Element>();
            if (op is OpFilter filter)
            {
                Sequence(filter.Input, elements);
                elements.Add(new Element(null, x =>
                {
                    x.Append("FILTER(");
                    new ExpressionWriter([]).Write(x, filter.Condition);
                    x.Append(')');
                }));
            }
            else
            {
                Sequence(op, elements);
            }

            foreach (var element in elements)
            {
                b.Append(' ');
                element.WriteTo(b);
            }
        }

        b.Append(" }");
    }

    /// <summary>Writes <c>{ ... }</c> for EXISTS and NOT EXISTS.</summary>
    internal static void WriteGroupText(StringBuilder b, Op op) => WriteGroup(b, op);

    private static bool IsLevel(Op op) => op is OpProject or OpDistinct or OpReduced or OpSlice or OpOrderBy or OpTopN or OpGroup;

    /// <summary>
    /// Appends elements whose left fold (join, left join, minus, extend) from the empty pattern is <paramref name="op"/>.
    /// </summary>
    private static void Sequence(Op op, List<Element> elements)
    {
        if (IsBlock(op))
        {
            AddElement(op, elements);
            return;
        }

        switch (op)
        {
            case OpBgp { IsEmpty: true }:
                return;
            case OpJoin join:
                Sequence(join.Left, elements);
                AddElement(join.Right, elements);
                return;
            case OpLeftJoin leftJoin:
                Sequence(leftJoin.Left, elements);
                elements.Add(new Element(null, x =>
                {
                    x.Append("OPTIONAL {");
                    var inner = new List<Element>();
                    Sequence(leftJoin.Right, inner);
                    foreach (var e in inner)
                    {
                        x.Append(' ');
                        e.WriteTo(x);
                    }

                    if (leftJoin.Condition is not null)
                    {
                        x.Append(" FILTER(");
                        new ExpressionWriter([]).Write(x, leftJoin.Condition);
                        x.Append(')');
                    }

                    x.Append(" }");
                }));
                return;
            case OpMinus minus:
                Sequence(minus.Left, elements);
                elements.Add(new Element(null, x =>
                {
                    x.Append("MINUS ");
                    WriteGroup(x, minus.Right);
                }));
                return;
            case OpExtend extend:
                Sequence(extend.Input, elements);
                elements.Add(new Element(null, x =>
                {
                    x.Append("BIND(");
                    new ExpressionWriter([]).Write(x, extend.Expression);
                    x.Append(" AS ").Append(VariableText(extend.Variable)).Append(')');
                }));
                return;
            default:
                AddElement(op, elements);
                return;
        }
    }

    /// <summary>Appends one element whose translation is <paramref name="op"/>, joined to what precedes it.</summary>
    private static void AddElement(Op op, List<Element> elements)
    {
        if (IsBlock(op) && (elements.Count == 0 || elements[^1].Block is null))
        {
            var items = new List<object>();
            Flatten(op, items);
            elements.Add(new Element(items, null));
            return;
        }

        switch (op)
        {
            case OpUnion union:
                elements.Add(new Element(null, x => WriteUnion(x, union)));
                return;
            case OpGraph graph:
                elements.Add(new Element(null, x =>
                {
                    x.Append("GRAPH ");
                    WriteTermPattern(x, graph.Name);
                    x.Append(' ');
                    WriteGroup(x, graph.Input);
                }));
                return;
            case OpService service:
                elements.Add(new Element(null, x =>
                {
                    x.Append(service.Silent ? "SERVICE SILENT " : "SERVICE ");
                    WriteTermPattern(x, service.Endpoint);
                    x.Append(' ');
                    WriteGroup(x, service.Input);
                }));
                return;
            case OpValues values:
                elements.Add(new Element(null, x => WriteValues(x, values)));
                return;
            default:
                elements.Add(new Element(null, x => WriteGroup(x, op)));
                return;
        }
    }

    private static void WriteUnion(StringBuilder b, OpUnion union)
    {
        if (union.Left is OpUnion left)
        {
            WriteUnion(b, left);
        }
        else
        {
            WriteGroup(b, union.Left);
        }

        b.Append(" UNION ");
        WriteGroup(b, union.Right);
    }

    /// <summary>
    /// True for what one triples block translates to: a BGP, a path, or a left-deep join of them in which no two
    /// BGPs are adjacent (adjacent triple patterns would merge into one BGP).
    /// </summary>
    private static bool IsBlock(Op op) => op switch
    {
        OpBgp bgp => !bgp.IsEmpty,
        OpPath => true,
        OpJoin { Right: OpPath } join => IsBlock(join.Left),
        OpJoin { Right: OpBgp { IsEmpty: false } } join => IsBlock(join.Left) && LastOfBlock(join.Left) is OpPath,
        _ => false,
    };

    private static Op LastOfBlock(Op op) => op is OpJoin join ? join.Right : op;

    private static void Flatten(Op op, List<object> items)
    {
        switch (op)
        {
            case OpBgp bgp:
                items.AddRange(bgp.Patterns);
                break;
            case OpPath path:
                items.Add(path);
                break;
            case OpJoin join:
                Flatten(join.Left, items);
                Flatten(join.Right, items);
                break;
        }
    }

    private static void WritePath(StringBuilder b, PropertyPath path)
    {
        switch (path)
        {
            case PathLink link:
                WriteTerm(b, link.Predicate);
                break;
            case PathInverse inverse:
                b.Append("^(");
                WritePath(b, inverse.Path);
                b.Append(')');
                break;
            case PathSequence sequence:
                b.Append('(');
                WritePath(b, sequence.First);
                b.Append(" / ");
                WritePath(b, sequence.Second);
                b.Append(')');
                break;
            case PathAlternative alternative:
                b.Append('(');
                WritePath(b, alternative.First);
                b.Append(" | ");
                WritePath(b, alternative.Second);
                b.Append(')');
                break;
            case PathZeroOrMore zeroOrMore:
                b.Append('(');
                WritePath(b, zeroOrMore.Path);
                b.Append(")*");
                break;
            case PathOneOrMore oneOrMore:
                b.Append('(');
                WritePath(b, oneOrMore.Path);
                b.Append(")+");
                break;
            case PathZeroOrOne zeroOrOne:
                b.Append('(');
                WritePath(b, zeroOrOne.Path);
                b.Append(")?");
                break;
            case PathNegatedSet negated:
                b.Append("!(");
                for (var i = 0; i < negated.Predicates.Count; i++)
                {
                    if (i > 0)
                    {
                        b.Append(" | ");
                    }

                    WriteTerm(b, negated.Predicates[i]);
                }

                b.Append(')');
                break;
        }
    }

    /// <summary>One element of a group: a triples block (triple patterns and paths) or any other written form.</summary>
    private sealed class Element(List<object>? block, Action<StringBuilder>? write)
    {
        public List<object>? Block { get; } = block;

        public void WriteTo(StringBuilder b)
        {
            if (write is not null)
            {
                write(b);
                return;
            }

            var first = true;
            foreach (var item in Block!)
            {
                if (!first)
                {
                    b.Append(' ');
                }

                first = false;
                if (item is TriplePattern triple)
                {
                    WriteTriple(b, triple);
                }
                else
                {
                    var path = (OpPath)item;
                    WriteTermPattern(b, path.Subject);
                    b.Append(' ');
                    WritePath(b, path.Path);
                    b.Append(' ');
                    WriteTermPattern(b, path.Object);
                }

                b.Append(" .");
            }
        }
    }
}
