using System.Globalization;
using System.Text;
using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Algebra;

/// <summary>
/// Reads the SSE text that <see cref="SseWriter"/> writes back into algebra, so optimizer golden tests can state their
/// input as SSE (Jena's <c>SSE.parseOp</c>). The inverse of <see cref="Op.ToSse"/>: <c>Parse(op.ToSse()) == op</c>.
/// </summary>
internal sealed class SseParser
{
    private readonly string _text;
    private readonly List<(string Atom, int Start)> _tokens = [];
    private int _index;

    private SseParser(string text)
    {
        _text = text;
        Tokenize();
    }

    /// <summary>Reads an operator tree.</summary>
    /// <exception cref="FormatException">The text is not SSE of an operator.</exception>
    public static Op ParseOp(string text)
    {
        var parser = new SseParser(text);
        var op = parser.Op();
        parser.ExpectEnd();
        return op;
    }

    /// <summary>Reads an expression.</summary>
    /// <exception cref="FormatException">The text is not SSE of an expression.</exception>
    public static Expression ParseExpression(string text)
    {
        var parser = new SseParser(text);
        var expression = parser.Expression();
        parser.ExpectEnd();
        return expression;
    }

    private string Peek => _index < _tokens.Count ? _tokens[_index].Atom : string.Empty;

    private string PeekAt(int ahead) => _index + ahead < _tokens.Count ? _tokens[_index + ahead].Atom : string.Empty;

    private Op Op()
    {
        Open();
        var name = Next();
        Op op;
        switch (name)
        {
            case "bgp":
                var triples = new List<TriplePattern>();
                while (Peek == "(")
                {
                    triples.Add(Triple());
                }

                op = triples.Count == 0 ? OpBgp.Empty : new OpBgp(ValueArray<TriplePattern>.Own(triples));
                break;
            case "path":
                op = new OpPath(TermPattern(), Path(), TermPattern());
                break;
            case "join":
                op = new OpJoin(Op(), Op());
                break;
            case "leftjoin":
                var left = Op();
                var right = Op();
                op = new OpLeftJoin(left, right, Peek == ")" ? null : Expression());
                break;
            case "filter":
                var condition = Expression();
                op = new OpFilter(condition, Op());
                break;
            case "union":
                op = new OpUnion(Op(), Op());
                break;
            case "minus":
                op = new OpMinus(Op(), Op());
                break;
            case "graph":
                op = new OpGraph(TermPattern(), Op());
                break;
            case "service":
                var silent = Peek == "silent" && Skip();
                op = new OpService(TermPattern(), Op(), silent);
                break;
            case "extend":
                Open();
                Open();
                var variable = Variable();
                var expression = Expression();
                Close();
                Close();
                op = new OpExtend(Op(), variable, expression);
                break;
            case "table":
                op = Table();
                break;
            case "order":
                Open();
                var conditions = Conditions();
                Close();
                op = new OpOrderBy(Op(), conditions);
                break;
            case "top":
                Open();
                var limit = long.Parse(Next(), CultureInfo.InvariantCulture);
                var topKeys = Conditions();
                Close();
                op = new OpTopN(Op(), limit, topKeys);
                break;
            case "project":
                var projection = Variables();
                op = new OpProject(Op(), projection);
                break;
            case "distinct":
                op = new OpDistinct(Op());
                break;
            case "reduced":
                op = new OpReduced(Op());
                break;
            case "slice":
                var start = Next();
                var length = Next();
                op = new OpSlice(
                    Op(),
                    start == "_" ? 0 : long.Parse(start, CultureInfo.InvariantCulture),
                    length == "_" ? null : long.Parse(length, CultureInfo.InvariantCulture));
                break;
            case "group":
                var keys = Variables();
                Open();
                var aggregates = new List<AggregateBinding>();
                while (Peek == "(")
                {
                    Open();
                    var target = Variable();
                    aggregates.Add(new AggregateBinding(target, Aggregate()));
                    Close();
                }

                Close();
                op = new OpGroup(Op(), keys, ValueArray<AggregateBinding>.Own(aggregates));
                break;
            default:
                throw Error($"Unknown operator '{name}'");
        }

        Close();
        return op;
    }

    private ValueArray<OrderCondition> Conditions()
    {
        var conditions = new List<OrderCondition>();
        while (Peek != ")")
        {
            if (Peek == "(" && PeekAt(1) == "desc")
            {
                Open();
                Next();
                conditions.Add(new OrderCondition(Expression(), true));
                Close();
            }
            else
            {
                conditions.Add(new OrderCondition(Expression(), false));
            }
        }

        return ValueArray<OrderCondition>.Own(conditions);
    }

    private OpValues Table()
    {
        if (Peek == "unit")
        {
            Next();
            return OpValues.Unit;
        }

        Open();
        Expect("vars");
        var variables = new List<Variable>();
        while (Peek != ")")
        {
            variables.Add(Variable());
        }

        Close();
        var rows = new List<ValueArray<Term?>>();
        while (Peek == "(")
        {
            Open();
            Expect("row");
            var row = new Term?[variables.Count];
            while (Peek == "(")
            {
                Open();
                var variable = Variable();
                var column = variables.IndexOf(variable);
                if (column < 0)
                {
                    throw Error($"{variable} is not a column of the table");
                }

                row[column] = TermPattern().Term ?? throw Error("A table cell holds a term");
                Close();
            }

            Close();
            rows.Add(ValueArray<Term?>.Own(row));
        }

        return new OpValues(ValueArray<Variable>.Own(variables), ValueArray<ValueArray<Term?>>.Own(rows));
    }

    private TriplePattern Triple()
    {
        Open();
        Expect("triple");
        var triple = new TriplePattern(TermPattern(), TermPattern(), TermPattern());
        Close();
        return triple;
    }

    private ValueArray<Variable> Variables()
    {
        Open();
        var variables = new List<Variable>();
        while (Peek != ")")
        {
            variables.Add(Variable());
        }

        Close();
        return ValueArray<Variable>.Own(variables);
    }

    private Variable Variable()
    {
        var atom = Next();
        return atom.Length > 1 && atom[0] == '?' ? new Variable(atom[1..]) : throw Error($"Expected a variable but found '{atom}'");
    }

    private TermPattern TermPattern()
    {
        var atom = Next();
        if (atom.Length > 1 && atom[0] == '?')
        {
            return new Variable(atom[1..]);
        }

        return Term(atom);
    }

    private Term Term(string atom)
    {
        if (atom.Length > 2 && atom[0] == '<' && atom[^1] == '>')
        {
            return Iri.Create(atom[1..^1]);
        }

        if (atom.StartsWith("_:", StringComparison.Ordinal))
        {
            return BlankNode.Create(atom[2..]);
        }

        if (atom.StartsWith('"'))
        {
            return Literal(atom);
        }

        if (atom is "true" or "false")
        {
            return Rdf.Literal.CreateUnchecked(atom, Xsd.Boolean, null);
        }

        if (atom.Length > 0 && (char.IsAsciiDigit(atom[0]) || atom[0] is '+' or '-' or '.') && atom.Any(char.IsAsciiDigit))
        {
            var datatype = atom.Contains('e', StringComparison.OrdinalIgnoreCase) ? Xsd.Double
                : atom.Contains('.', StringComparison.Ordinal) ? Xsd.Decimal
                : Xsd.Integer;
            return Rdf.Literal.CreateUnchecked(atom, datatype, null);
        }

        throw Error($"Expected an RDF term but found '{atom}'");
    }

    private Literal Literal(string atom)
    {
        var value = new StringBuilder();
        var i = 1;
        while (atom[i] != '"')
        {
            if (atom[i] != '\\')
            {
                value.Append(atom[i++]);
                continue;
            }

            var escape = atom[i + 1];
            switch (escape)
            {
                case 'u' or 'U':
                    var digits = escape == 'u' ? 4 : 8;
                    value.Append(char.ConvertFromUtf32(int.Parse(atom.AsSpan(i + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)));
                    i += 2 + digits;
                    continue;
                default:
                    value.Append(escape switch
                    {
                        't' => '\t',
                        'b' => '\b',
                        'n' => '\n',
                        'r' => '\r',
                        'f' => '\f',
                        _ => escape,
                    });
                    i += 2;
                    continue;
            }
        }

        var rest = atom[(i + 1)..];
        if (rest.StartsWith('@'))
        {
            return Rdf.Literal.Create(value.ToString(), rest[1..]);
        }

        return rest.StartsWith("^^<", StringComparison.Ordinal)
            ? Rdf.Literal.Create(value.ToString(), Iri.Create(rest[3..^1]))
            : Rdf.Literal.Create(value.ToString());
    }

    private PropertyPath Path()
    {
        if (Peek != "(")
        {
            return new PathLink((Iri)Term(Next()));
        }

        Open();
        var name = Next();
        PropertyPath path = name switch
        {
            "reverse" => new PathInverse(Path()),
            "seq" => new PathSequence(Path(), Path()),
            "alt" => new PathAlternative(Path(), Path()),
            "path*" => new PathZeroOrMore(Path()),
            "path+" => new PathOneOrMore(Path()),
            "path?" => new PathZeroOrOne(Path()),
            "notoneof" => NegatedSet(),
            _ => throw Error($"Unknown path form '{name}'"),
        };
        Close();
        return path;
    }

    private PathNegatedSet NegatedSet()
    {
        var iris = new List<Iri>();
        while (Peek != ")")
        {
            iris.Add((Iri)Term(Next()));
        }

        return new PathNegatedSet(ValueArray<Iri>.Own(iris));
    }

    private Expression Expression()
    {
        if (Peek != "(")
        {
            var atom = Next();
            return atom.Length > 1 && atom[0] == '?' ? new ExprVariable(new Variable(atom[1..])) : new ExprTerm(Term(atom));
        }

        Open();
        var name = Next();
        if (name == "exists")
        {
            var exists = new ExprExists(Op());
            Close();
            return exists;
        }

        if (name.Length > 2 && name[0] == '<' && name[^1] == '>')
        {
            var distinct = Peek == "distinct" && Skip();
            var functionArguments = Arguments();
            return new ExprFunctionCall(Iri.Create(name[1..^1]), functionArguments, distinct);
        }

        var arguments = Arguments();
        return new ExprCall(Function(name, arguments.Count), arguments);
    }

    private ValueArray<Expression> Arguments()
    {
        var arguments = new List<Expression>();
        while (Peek != ")")
        {
            arguments.Add(Expression());
        }

        Close();
        return ValueArray<Expression>.Own(arguments);
    }

    private BuiltInFunction Function(string name, int arity) => name switch
    {
        "||" => BuiltInFunction.Or,
        "&&" => BuiltInFunction.And,
        "!" => BuiltInFunction.Not,
        "=" => BuiltInFunction.Equal,
        "!=" => BuiltInFunction.NotEqual,
        "<" => BuiltInFunction.Less,
        ">" => BuiltInFunction.Greater,
        "<=" => BuiltInFunction.LessOrEqual,
        ">=" => BuiltInFunction.GreaterOrEqual,
        "in" => BuiltInFunction.In,
        "notin" => BuiltInFunction.NotIn,
        "+" => arity == 1 ? BuiltInFunction.UnaryPlus : BuiltInFunction.Add,
        "-" => arity == 1 ? BuiltInFunction.UnaryMinus : BuiltInFunction.Subtract,
        "*" => BuiltInFunction.Multiply,
        "/" => BuiltInFunction.Divide,
        _ => BuiltInFunctions.TryGet(name, out var function, out _, out _) ? function : throw Error($"Unknown function '{name}'"),
    };

    private Aggregate Aggregate()
    {
        Open();
        var name = Next();
        var function = name switch
        {
            "count" => AggregateFunction.Count,
            "sum" => AggregateFunction.Sum,
            "min" => AggregateFunction.Min,
            "max" => AggregateFunction.Max,
            "avg" => AggregateFunction.Avg,
            "sample" => AggregateFunction.Sample,
            "group_concat" => AggregateFunction.GroupConcat,
            _ => throw Error($"Unknown aggregate '{name}'"),
        };
        var distinct = Peek == "distinct" && Skip();
        string? separator = null;
        if (Peek == "(" && PeekAt(1) == "separator")
        {
            Open();
            Next();
            separator = ((Literal)Term(Next())).Value;
            Close();
        }

        var argument = Peek == ")" ? null : Expression();
        Close();
        return new Aggregate(function, distinct, argument, separator);
    }

    private bool Skip()
    {
        _index++;
        return true;
    }

    private string Next()
    {
        if (_index >= _tokens.Count)
        {
            throw Error("Unexpected end of the SSE text");
        }

        return _tokens[_index++].Atom;
    }

    private void Expect(string atom)
    {
        if (Next() != atom)
        {
            _index--;
            throw Error($"Expected '{atom}'");
        }
    }

    private void Open() => Expect("(");

    private void Close() => Expect(")");

    private void ExpectEnd()
    {
        if (_index < _tokens.Count)
        {
            throw Error("Unexpected text after the end");
        }
    }

    private FormatException Error(string detail)
    {
        var at = _index < _tokens.Count ? _tokens[_index].Start : _text.Length;
        return new FormatException($"Invalid SSE at offset {at}: {detail}.");
    }

    /// <summary>
    /// Splits into parentheses and atoms; an IRI atom runs to its '&gt;', a string atom to its closing quote and takes its
    /// @lang or ^^&lt;dt&gt;.
    /// </summary>
    private void Tokenize()
    {
        var i = 0;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (c is '(' or ')')
            {
                _tokens.Add((c.ToString(), start));
                i++;
                continue;
            }

            if (c == '<' && i + 1 < _text.Length && char.IsAsciiLetter(_text[i + 1]))
            {
                // An IRI may hold parentheses; it ends at '>' (the operators '<' and '<=' are followed by a space or '=').
                var end = _text.IndexOf('>', i);
                i = end < 0 ? _text.Length : end + 1;
                _tokens.Add((_text[start..i], start));
                continue;
            }

            if (c == '"')
            {
                i++;
                while (i < _text.Length && _text[i] != '"')
                {
                    i += _text[i] == '\\' ? 2 : 1;
                }

                i++;
                if (i + 2 < _text.Length && _text[i] == '^' && _text[i + 1] == '^' && _text[i + 2] == '<')
                {
                    var end = _text.IndexOf('>', i);
                    i = end < 0 ? _text.Length : end + 1;
                }
            }

            while (i < _text.Length && !char.IsWhiteSpace(_text[i]) && _text[i] is not ('(' or ')'))
            {
                i++;
            }

            _tokens.Add((_text[start..Math.Min(i, _text.Length)], start));
        }
    }
}
