using System.Text.Json;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Syntax;

namespace ValueFlows.Sparql.Results;

/// <summary>Reads SPARQL 1.1 Query Results JSON with a forward-only reader, so errors carry their position.</summary>
internal ref struct JsonResultsReader
{
    private readonly byte[] _document;
    private Utf8JsonReader _reader;

    private JsonResultsReader(byte[] document)
    {
        _document = document;
        _reader = new Utf8JsonReader(document);
    }

    public static SparqlResults Read(Stream input)
    {
        var bytes = ResultsText.ReadAll(input);
        var reader = new JsonResultsReader(bytes);
        try
        {
            return reader.Document();
        }
        catch (JsonException e)
        {
            throw ResultsText.Error("Invalid JSON: " + e.Message, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
        }
    }

    private SparqlResults Document()
    {
        Next();
        Require(JsonTokenType.StartObject, "a JSON object");
        List<Variable>? variables = null;
        List<Dictionary<string, Term>>? bindings = null;
        bool? boolean = null;
        while (Next() == JsonTokenType.PropertyName)
        {
            var name = _reader.GetString();
            Next();
            switch (name)
            {
                case "head":
                    variables = Head();
                    break;
                case "results":
                    bindings = Results();
                    break;
                case "boolean":
                    boolean = _reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        _ => throw Error("\"boolean\" must be true or false"),
                    };
                    break;
                default:
                    _reader.Skip();
                    break;
            }
        }

        if (boolean is { } value)
        {
            return bindings is null ? new SparqlResults(value) : throw Error("A document has either \"boolean\" or \"results\"");
        }

        if (bindings is null)
        {
            throw Error("Missing \"results\" or \"boolean\"");
        }

        variables ??= [];
        foreach (var row in bindings)
        {
            foreach (var key in row.Keys)
            {
                var variable = new Variable(key);
                if (!variables.Contains(variable))
                {
                    variables.Add(variable);
                }
            }
        }

        var rows = bindings.Select(row => (IReadOnlyList<Term?>)[.. variables.Select(v => row.GetValueOrDefault(v.Name))]);
        return new SparqlResults(variables, rows);
    }

    private List<Variable> Head()
    {
        Require(JsonTokenType.StartObject, "\"head\" to be an object");
        var variables = new List<Variable>();
        while (Next() == JsonTokenType.PropertyName)
        {
            var name = _reader.GetString();
            Next();
            if (name != "vars")
            {
                _reader.Skip();
                continue;
            }

            Require(JsonTokenType.StartArray, "\"vars\" to be an array");
            while (Next() == JsonTokenType.String)
            {
                variables.Add(new Variable(_reader.GetString()!));
            }

            Require(JsonTokenType.EndArray, "variable names as strings");
        }

        return variables;
    }

    private List<Dictionary<string, Term>> Results()
    {
        Require(JsonTokenType.StartObject, "\"results\" to be an object");
        var rows = new List<Dictionary<string, Term>>();
        while (Next() == JsonTokenType.PropertyName)
        {
            var name = _reader.GetString();
            Next();
            if (name != "bindings")
            {
                _reader.Skip();
                continue;
            }

            Require(JsonTokenType.StartArray, "\"bindings\" to be an array");
            while (Next() == JsonTokenType.StartObject)
            {
                var row = new Dictionary<string, Term>(StringComparer.Ordinal);
                while (Next() == JsonTokenType.PropertyName)
                {
                    var variable = _reader.GetString()!;
                    Next();
                    row[variable] = Term();
                }

                rows.Add(row);
            }

            Require(JsonTokenType.EndArray, "solution objects");
        }

        return rows;
    }

    private Term Term()
    {
        Require(JsonTokenType.StartObject, "an RDF term object");
        var start = _reader.TokenStartIndex;
        string? type = null;
        string? value = null;
        string? language = null;
        string? datatype = null;
        while (Next() == JsonTokenType.PropertyName)
        {
            var name = _reader.GetString();
            Next();
            if (_reader.TokenType != JsonTokenType.String)
            {
                _reader.Skip();
                continue;
            }

            var text = _reader.GetString();
            switch (name)
            {
                case "type":
                    type = text;
                    break;
                case "value":
                    value = text;
                    break;
                case "xml:lang":
                    language = text;
                    break;
                case "datatype":
                    datatype = text;
                    break;
            }
        }

        var document = _document;
        Exception Fail(string detail) => ResultsText.Error(detail, document, start);
        if (value is null)
        {
            throw Fail("An RDF term needs a \"value\"");
        }

        return type switch
        {
            "uri" => ResultsText.MakeIri(value, Fail),
            "bnode" => ResultsText.MakeBlankNode(value, Fail),
            "literal" or "typed-literal" => ResultsText.MakeLiteral(value, language, datatype, Fail),
            _ => throw Fail($"Unknown RDF term type '{type}'"),
        };
    }

    private JsonTokenType Next() =>
        _reader.Read() ? _reader.TokenType : throw ResultsText.Error("Unexpected end of the document", _document, _document.Length);

    private readonly void Require(JsonTokenType type, string what)
    {
        if (_reader.TokenType != type)
        {
            throw Error("Expected " + what);
        }
    }

    private readonly SparqlSyntaxException Error(string detail) => ResultsText.Error(detail, _document, _reader.TokenStartIndex);
}
