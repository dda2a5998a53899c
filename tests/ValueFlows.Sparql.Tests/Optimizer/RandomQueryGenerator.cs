using System.Globalization;
using System.Text;
using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Tests.Optimizer;

/// <summary>
/// Seeded random datasets and SPARQL queries for the optimizer's differential test: few IRIs, literals of mixed types
/// (equal numbers in different lexical forms), blank nodes, two named graphs; queries from a grammar of BGPs, joins,
/// OPTIONAL with filters, UNION, MINUS, FILTER (comparisons, bound, EXISTS), BIND, GRAPH, sub-SELECT, VALUES with UNDEF,
/// ORDER BY with LIMIT/OFFSET, DISTINCT and GROUP BY with COUNT/SUM.
/// </summary>
internal sealed class RandomQueryGenerator(int seed)
{
    private const string Ex = "http://example.org/";
    private static readonly string[] s_variables = ["?a", "?b", "?c", "?d"];
    private static readonly string[] s_predicates = ["ex:p", "ex:q", "ex:r"];
    private static readonly string[] s_resources = ["ex:a", "ex:b", "ex:c", "ex:d"];
    private static readonly string[] s_literals = ["1", "\"01\"^^xsd:integer", "1.0", "1e0", "2", "2.5", "\"abc\"", "\"abc\"@en", "\"b\""];
    private static readonly string[] s_comparisons = ["=", "!=", "<", ">", "<=", ">="];
    private readonly Random _random = new(seed);
    private int _fresh;

    /// <summary>A query: its text, and the same query without LIMIT/OFFSET (null when it has none).</summary>
    public sealed record Query(string Text, string? Unsliced, IReadOnlyList<string> OrderKeys);

    public Dataset Dataset()
    {
        var dataset = new Dataset();
        var graphs = new Iri?[] { null, null, null, Iri.Create(Ex + "g1"), Iri.Create(Ex + "g2") };
        var blanks = new[] { BlankNode.Create("b1"), BlankNode.Create("b2") };
        int count = _random.Next(20, 45);
        for (int i = 0; i < count; i++)
        {
            Term subject = _random.Next(5) == 0 ? Pick(blanks) : Resource();
            var predicate = Iri.Create(Ex + Pick(s_predicates)[3..]);
            Term @object = _random.Next(6) switch
            {
                0 or 1 => Resource(),
                2 => Pick(blanks),
                _ => LiteralTerm(),
            };
            dataset.Add(new Quad(subject, predicate, @object, Pick(graphs)));
        }

        return dataset;
    }

    public Query Next()
    {
        _fresh = 0;
        var body = Pattern(_random.Next(1, 3));
        var prologue = "PREFIX ex: <" + Ex + ">\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";
        if (_random.Next(6) == 0)
        {
            var key = Pick(s_variables);
            var value = Pick(s_variables);
            var select = $"SELECT {key} (COUNT({value}) AS ?n) (SUM({value}) AS ?sum) WHERE {{ {body} }} GROUP BY {key}";
            return Modifiers(prologue + select, [key, "?n", "?sum"]);
        }

        var distinct = _random.Next(4) == 0 ? "DISTINCT " : string.Empty;
        return Modifiers(prologue + $"SELECT {distinct}* WHERE {{ {body} }}", [.. s_variables]);
    }

    private Query Modifiers(string query, string[] keys)
    {
        if (_random.Next(3) != 0)
        {
            return new Query(query, null, []);
        }

        var orderKeys = new List<string>();
        var order = new StringBuilder(" ORDER BY");
        for (int i = _random.Next(1, 3); i > 0; i--)
        {
            var key = Pick(keys);
            orderKeys.Add(key);
            order.Append(_random.Next(2) == 0 ? $" {key}" : $" DESC({key})");
        }

        var ordered = query + order;
        var slice = _random.Next(3) switch
        {
            0 => string.Empty,
            1 => $" LIMIT {_random.Next(0, 6)}",
            _ => $" LIMIT {_random.Next(1, 6)} OFFSET {_random.Next(0, 4)}",
        };
        return new Query(ordered + slice, slice.Length == 0 ? null : ordered, orderKeys);
    }

    private string Pattern(int depth)
    {
        if (depth <= 0)
        {
            return Triples();
        }

        return _random.Next(11) switch
        {
            9 => $"{{ SELECT {string.Join(' ', s_variables.Where(_ => _random.Next(2) == 0).DefaultIfEmpty("?a"))} WHERE {{ {Pattern(depth - 1)} }} }}",
            10 => $"{Pattern(depth - 1)} VALUES ({Pick(s_variables)}) {{ ({Pick(s_resources)}) (UNDEF) ({Pick(s_literals)}) }}",
            0 => $"{{ {Pattern(depth - 1)} }} UNION {{ {Pattern(depth - 1)} }}",
            1 => $"{Pattern(depth - 1)} OPTIONAL {{ {Pattern(depth - 1)}{(_random.Next(2) == 0 ? $" FILTER({Condition(1)})" : string.Empty)} }}",
            2 => $"{Pattern(depth - 1)} MINUS {{ {Pattern(depth - 1)} }}",
            3 => $"{Pattern(depth - 1)} FILTER({Condition(2)})",
            4 => $"{Pattern(depth - 1)} BIND({Value()} AS ?x{_fresh++})",
            5 => $"GRAPH {(_random.Next(2) == 0 ? "?g" : "ex:g" + _random.Next(1, 3))} {{ {Pattern(depth - 1)} }}",
            6 => $"{{ {Pattern(depth - 1)} }} {{ {Pattern(depth - 1)} }}",
            _ => $"{Pattern(depth - 1)} {Triples()} FILTER({Condition(1)})",
        };
    }

    private string Triples()
    {
        var b = new StringBuilder();
        for (int i = _random.Next(3) == 0 ? 2 : 1; i > 0; i--)
        {
            var subject = _random.Next(6) == 0 ? Pick(s_resources) : Pick(s_variables);
            var predicate = _random.Next(6) == 0 ? Pick(s_variables) : Pick(s_predicates);
            var @object = _random.Next(8) switch
            {
                0 => Pick(s_resources),
                1 => Pick(s_literals),
                _ => Pick(s_variables),
            };
            b.Append(subject).Append(' ').Append(predicate).Append(' ').Append(@object).Append(" . ");
        }

        return b.ToString();
    }

    /// <summary>A variable for a condition: mostly a pattern variable, sometimes one bound by BIND or GRAPH.</summary>
    private string Read() => _random.Next(8) switch
    {
        0 => "?x0",
        1 => "?g",
        _ => Pick(s_variables),
    };

    private string Condition(int depth)
    {
        var choice = _random.Next(depth > 0 ? 11 : 8);
        return choice switch
        {
            0 => $"{Read()} {Pick(s_comparisons)} {Pick(s_literals)}",
            1 => $"{Read()} {Pick(s_comparisons)} {Read()}",
            2 => $"BOUND({Read()})",
            3 => $"!BOUND({Read()})",
            4 => $"{Read()} = {Pick(s_resources)}",
            5 => $"sameTerm({Read()}, {Pick(s_resources)})",
            6 => $"isIRI({Read()})",
            7 => Pick(["true", "false", "1 = 1.0", "2 > 3", "\"a\" != \"b\""]),
            8 => $"{(_random.Next(2) == 0 ? "NOT " : string.Empty)}EXISTS {{ {Triples()} }}",
            9 => $"({Condition(depth - 1)}) && ({Condition(depth - 1)})",
            _ => $"({Condition(depth - 1)}) || ({Condition(depth - 1)})",
        };
    }

    private string Value() => _random.Next(4) switch
    {
        0 => Pick(s_literals),
        1 => $"{Pick(s_variables)} + 1",
        2 => Pick(s_variables),
        _ => $"STR({Pick(s_variables)})",
    };

    private Iri Resource() => Iri.Create(Ex + Pick(s_resources)[3..]);

    private Literal LiteralTerm() => _random.Next(9) switch
    {
        0 => Literal.Create("1", Xsd.Integer),
        1 => Literal.Create("01", Xsd.Integer),
        2 => Literal.Create("1.0", Xsd.Decimal),
        3 => Literal.Create("1e0", Xsd.Double),
        4 => Literal.Create("2", Xsd.Integer),
        5 => Literal.Create("2.5", Xsd.Decimal),
        6 => Literal.Create("abc"),
        7 => Literal.Create("abc", "en"),
        _ => Literal.Create(_random.Next(3).ToString(CultureInfo.InvariantCulture), Xsd.Integer),
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
