namespace ValueFlows.Rdf.Tests.Properties;

/// <summary>
/// Seeded generator of graphs and datasets full of what breaks serializers: awkward literals, numbers that must not be
/// abbreviated, IRIs whose local names need escapes, nested, shared and cyclic blank nodes, well-formed and malformed
/// lists, and named graphs (blank-node names too). The same seed always gives the same dataset.
/// </summary>
internal sealed class RdfGenerator
{
    private const string Ex = "http://example.org/";
    private const string Rdf = RdfVocabulary.Namespace;

    /// <summary>Strings a serializer can get wrong.</summary>
    private static readonly string[] s_awkwardStrings =
    [
        "", " ", "\"", "\"\"", "\"\"\"", "\"\"\"\"", "a\"", "a\"\"", "\"a", "'", "'''", "a'", "\\", "\\\\", "a\\", "\\\"",
        "\\u0041", "\\n", "\n", "\r", "\r\n", "\t", "\n\n", "line1\nline2", "ends with newline\n", "\nstarts with newline",
        "multi\nline with \"quotes\" and \"\"\" triples", "quote at end of long\n\"", "long with backslash\\\nline",
        "tab\tand\nnewline\r\nand cr", "\u0000", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007", "\b\f\u000B",
        "\u000E\u000F\u0010\u001F", "\u007F", "\u0080\u009F", "\uFFFE", "\uFFFF", "\uFFFD", "😀", "a😀b", "😀\n😀",
        "\U0010FFFD", "日本語", "Ünïcödé", "\u200B zero width", "# not a comment", "<not an iri>", "_:notablank",
        "@prefix x: <y> .", "true", "1", "1.0", "1e5", "}", "{ }", "[ ]", "( )", ". ; ,",
        string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + "\u007F",
        "all controls in a long string\n" + string.Concat(Enumerable.Range(0, 0x20).Select(c => (char)c)) + "\"",
    ];

    private static readonly string[] s_languages = ["en", "en-US", "EN-gb", "de-CH-1996", "x-private-1", "zh-Hant-TW", "i"];

    /// <summary>Lexical forms paired with datatypes: some abbreviate in Turtle, most must not.</summary>
    private static readonly (string Lexical, string Type)[] s_typed =
    [
        ("1", "integer"), ("-1", "integer"), ("+1", "integer"), ("01", "integer"), ("-0", "integer"), ("1.", "integer"),
        ("1.0", "integer"), ("", "integer"), (" 1", "integer"), ("1 ", "integer"), ("one", "integer"),
        ("123456789012345678901234567890", "integer"),
        ("1.5", "decimal"), (".5", "decimal"), ("-.5", "decimal"), ("+1.50", "decimal"), ("1.", "decimal"), ("1", "decimal"),
        ("0.0", "decimal"), ("-0.0", "decimal"), (".", "decimal"),
        ("1e5", "double"), ("1E+05", "double"), ("-1.5e-3", "double"), (".5e1", "double"), ("1.e1", "double"),
        ("1.5", "double"), ("INF", "double"), ("-INF", "double"), ("NaN", "double"), ("1e", "double"), ("e1", "double"),
        ("1e5", "float"), ("1.5", "float"),
        ("true", "boolean"), ("false", "boolean"), ("1", "boolean"), ("0", "boolean"), ("TRUE", "boolean"), ("yes", "boolean"),
        ("2024-02-29T10:20:30Z", "dateTime"), ("2024-02-29", "date"), ("P1Y", "duration"), ("hello", "string"),
        ("42", "int"), ("x", "anyURI"),
    ];

    /// <summary>Local names that need escapes, percent triplets, or cannot be prefixed at all.</summary>
    private static readonly string[] s_localNames =
    [
        "a", "b", "type", "A1", "1a", "_x", "a_b", "a-b", "a.b", "a.", ".a", "-a", "a~b", "a/b", "a?b=c", "a#b", "a@b", "a&b",
        "a!$'()*+,;=", "%41", "a%20b", "a:b", ":a", "", "é", "日本", "😀", "a·b", "a\u0300", "·a", "a\u00A0b", "x\u203Fy",
    ];

    private static readonly string[] s_namespaces =
    [
        Ex, Ex + "ns#", Ex + "deep/path/", "http://例え.jp/パス/", "urn:x-test:", "http://example.org/with%20pct/", "tag:example.org,2024:",
    ];

    private static readonly string[] s_blankLabels = ["b", "node", "x1", "1x", "b.c", "b-c", "b_c", "é", "n\u00B7m"];

    /// <summary>Labels BLANK_NODE_LABEL cannot hold (as RDF/XML node IDs or code may make them), and one that looks escaped.</summary>
    private static readonly string[] s_oddBlankLabels = ["end.", "with space", "x_1", "-lead", "é.", "a:b"];

    private readonly Random _random;
    private readonly bool _namedGraphs;
    private readonly List<Quad> _quads = [];
    private readonly List<Term> _graphs = [null!];
    private int _blankCounter;

    public RdfGenerator(int seed, bool namedGraphs)
    {
        _random = new Random(seed);
        _namedGraphs = namedGraphs;
    }

    /// <summary>The prefixes a writer may declare for the generated IRIs.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Prefixes { get; } =
    [
        new("ex", Ex), new("", Ex + "ns#"), new("deep", Ex + "deep/path/"), new("jp", "http://例え.jp/パス/"),
        new("urn", "urn:x-test:"), new("pct", "http://example.org/with%20pct/"), new("rdf", Rdf), new("xsd", Rdf + "x"),
        new("xsd", Xsd.Namespace),
    ];

    /// <summary>A fresh dataset; without named graphs every quad is in the default graph.</summary>
    public List<Quad> Generate()
    {
        _quads.Clear();
        if (_namedGraphs)
        {
            int graphs = _random.Next(0, 4);
            for (int i = 0; i < graphs; i++)
            {
                _graphs.Add(_random.Next(3) == 0 ? NewBlank() : NewIri());
            }
        }

        int parts = _random.Next(1, 12);
        for (int i = 0; i < parts; i++)
        {
            switch (_random.Next(9))
            {
                case 0 or 1:
                    AddPlainTriples(_random.Next(1, 6));
                    break;
                case 2:
                    AddTree(Subject(), Graph(), 0);
                    break;
                case 3:
                    AddShared();
                    break;
                case 4:
                    AddCycle();
                    break;
                case 5:
                    AddList(well: true);
                    break;
                case 6:
                    AddList(well: false);
                    break;
                case 7:
                    AddAnonymousSubject();
                    break;
                default:
                    AddGraphNameAsNode();
                    break;
            }
        }

        return [.. _quads.Distinct()];
    }

    private void AddPlainTriples(int count)
    {
        var subject = Subject();
        var graph = Graph();
        for (int i = 0; i < count; i++)
        {
            // Runs of one subject or one predicate exercise ';' and ','.
            Add(_random.Next(3) == 0 ? Subject() : subject, Predicate(), Object(), _random.Next(4) == 0 ? Graph() : graph);
        }
    }

    /// <summary>A tree of blank nodes each used once: nests as [ … ].</summary>
    private BlankNode AddTree(Term parent, Term? graph, int depth)
    {
        var node = NewBlank();
        Add(parent, Predicate(), node, graph);
        int properties = _random.Next(0, 4);
        for (int i = 0; i < properties; i++)
        {
            if (depth < 4 && _random.Next(3) == 0)
            {
                AddTree(node, graph, depth + 1);
            }
            else
            {
                Add(node, Predicate(), Object(), graph);
            }
        }

        return node;
    }

    private void AddShared()
    {
        var shared = NewBlank();
        var graph = Graph();
        Add(Subject(), Predicate(), shared, graph);
        Add(Subject(), Predicate(), shared, _random.Next(2) == 0 ? graph : Graph());
        Add(shared, Predicate(), Object(), _random.Next(2) == 0 ? graph : Graph());
    }

    private void AddCycle()
    {
        var graph = Graph();
        int length = _random.Next(1, 4);
        var nodes = Enumerable.Range(0, length).Select(_ => NewBlank()).ToArray();
        for (int i = 0; i < length; i++)
        {
            Add(nodes[i], Predicate(), nodes[(i + 1) % length], graph);
            if (_random.Next(2) == 0)
            {
                Add(nodes[i], Predicate(), Object(), graph);
            }
        }

        if (_random.Next(2) == 0)
        {
            Add(Subject(), Predicate(), nodes[0], graph);
        }
    }

    private void AddAnonymousSubject()
    {
        var graph = Graph();
        var node = NewBlank();
        Add(node, Predicate(), Object(), graph);
        if (_random.Next(2) == 0)
        {
            AddTree(node, graph, 1);
        }
    }

    /// <summary>A blank or IRI graph name that is also a subject or object elsewhere.</summary>
    private void AddGraphNameAsNode()
    {
        var name = _graphs[_random.Next(_graphs.Count)] ?? NewBlank();
        if (_namedGraphs)
        {
            Add(name, Predicate(), Object(), Graph());
            Add(Subject(), Predicate(), name, Graph());
        }
        else
        {
            Add(name, Predicate(), Object(), null);
        }
    }

    private void AddList(bool well)
    {
        var graph = Graph();
        Term head = ListOf(_random.Next(0, 5), graph, well, 0);
        if (_random.Next(5) == 0 && head is BlankNode)
        {
            // A list as a subject, then its head has other triples and is no longer a pure list cell.
            Add(head, Predicate(), Object(), graph);
        }

        Add(Subject(), Predicate(), head, graph);
    }

    private Term ListOf(int length, Term? graph, bool well, int depth)
    {
        if (length == 0)
        {
            return RdfVocabulary.Nil;
        }

        var cells = Enumerable.Range(0, length).Select(_ => NewBlank()).ToArray();
        int broken = well ? -1 : _random.Next(length);
        for (int i = 0; i < length; i++)
        {
            Term item = depth < 2 && _random.Next(4) == 0 ? ListOf(_random.Next(0, 3), graph, _random.Next(2) == 0, depth + 1)
                : _random.Next(4) == 0 ? NestedItem(graph)
                : Object();

            Term rest = i + 1 < length ? cells[i + 1] : RdfVocabulary.Nil;
            if (i != broken)
            {
                Add(cells[i], RdfVocabulary.First, item, graph);
                Add(cells[i], RdfVocabulary.Rest, rest, graph);
                continue;
            }

            switch (_random.Next(6))
            {
                case 0:
                    Add(cells[i], RdfVocabulary.First, item, graph);
                    break;
                case 1:
                    Add(cells[i], RdfVocabulary.Rest, rest, graph);
                    break;
                case 2:
                    Add(cells[i], RdfVocabulary.First, item, graph);
                    Add(cells[i], RdfVocabulary.First, Object(), graph);
                    Add(cells[i], RdfVocabulary.Rest, rest, graph);
                    break;
                case 3:
                    Add(cells[i], RdfVocabulary.First, item, graph);
                    Add(cells[i], RdfVocabulary.Rest, i + 1 < length ? rest : NewIri(), graph);
                    Add(cells[i], Predicate(), Object(), graph);
                    break;
                case 4:
                    Add(cells[i], RdfVocabulary.First, item, graph);
                    Add(cells[i], RdfVocabulary.Rest, cells[0], graph);
                    break;
                default:
                    Add(cells[i], RdfVocabulary.First, item, graph);
                    Add(cells[i], RdfVocabulary.Rest, rest, graph);
                    Add(Subject(), Predicate(), cells[i], graph);
                    break;
            }
        }

        return cells[0];
    }

    /// <summary>A blank node with a few properties, referenced only by the list cell that holds it.</summary>
    private BlankNode NestedItem(Term? graph)
    {
        var node = NewBlank();
        int properties = _random.Next(0, 3);
        for (int i = 0; i < properties; i++)
        {
            Add(node, Predicate(), Object(), graph);
        }

        return node;
    }

    private void Add(Term subject, Iri predicate, Term @object, Term? graph) => _quads.Add(new Quad(subject, predicate, @object, graph));

    private Term? Graph() => _namedGraphs ? _graphs[_random.Next(_graphs.Count)] : null;

    private Term Subject() => _random.Next(4) == 0 ? PoolBlank() : NewIri();

    private Iri Predicate() => _random.Next(6) switch
    {
        0 => RdfVocabulary.Type,
        1 => Iri.Create(Ex + "p"),
        2 => Iri.Create(Ex + "q"),
        _ => NewIri(),
    };

    private Term Object() => _random.Next(10) switch
    {
        0 or 1 => NewIri(),
        2 => PoolBlank(),
        3 => Literal.Create(Pick(s_awkwardStrings) + (_random.Next(3) == 0 ? Pick(s_awkwardStrings) : "")),
        4 => Literal.Create(Pick(s_awkwardStrings), Pick(s_languages)),
        5 or 6 => Typed(),
        7 => Literal.Create(Pick(s_awkwardStrings), NewIri()),
        8 => RdfVocabulary.Nil,
        _ => Literal.Create(RandomText()),
    };

    private Literal Typed()
    {
        var (lexical, type) = Pick(s_typed);
        return Literal.Create(lexical, Iri.Create(Xsd.Namespace + type));
    }

    private Iri NewIri()
    {
        var ns = Pick(s_namespaces);
        var local = Pick(s_localNames);
        var candidate = ns + local;
        return IriSyntax.IsAbsolute(candidate) ? Iri.Create(candidate) : Iri.Create(ns + "fallback");
    }

    private BlankNode PoolBlank() => _random.Next(8) == 0
        ? BlankNode.Create(Pick(s_oddBlankLabels))
        : BlankNode.Create(Pick(s_blankLabels) + _random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private BlankNode NewBlank() => BlankNode.Create("g" + (_blankCounter++).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Random code points from every plane, controls included, surrogates excluded.</summary>
    private string RandomText()
    {
        var b = new System.Text.StringBuilder();
        int length = _random.Next(0, 12);
        for (int i = 0; i < length; i++)
        {
            int cp = _random.Next(4) switch
            {
                0 => _random.Next(0, 0x80),
                1 => _random.Next(0x80, 0xD800),
                2 => _random.Next(0xE000, 0x10000),
                _ => _random.Next(0x10000, 0x110000),
            };
            b.Append(char.ConvertFromUtf32(cp));
        }

        return b.ToString();
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
