using System.Text.Encodings.Web;
using System.Text.Json;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Results;

/// <summary>
/// Writes SPARQL 1.1 Query Results JSON (<see href="https://www.w3.org/TR/sparql11-results-json/"/>), flushing as rows go.
/// </summary>
internal sealed class JsonResultsWriter(Stream output) : SparqlResultsWriter
{
    private const int RowsPerFlush = 256;

    private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    private string[] _names = [];
    private int _pending;

    protected override void WriteBooleanDocument(bool value)
    {
        _json.WriteStartObject();
        _json.WriteStartObject("head");
        _json.WriteEndObject();
        _json.WriteBoolean("boolean", value);
        _json.WriteEndObject();
        _json.Flush();
    }

    protected override void WriteHeader(IReadOnlyList<Variable> variables)
    {
        _names = [.. variables.Select(v => v.Name)];
        _json.WriteStartObject();
        _json.WriteStartObject("head");
        _json.WriteStartArray("vars");
        foreach (var name in _names)
        {
            _json.WriteStringValue(name);
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteStartObject("results");
        _json.WriteStartArray("bindings");
    }

    protected override void WriteSolution(ReadOnlySpan<Term?> row)
    {
        _json.WriteStartObject();
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] is not { } term)
            {
                continue;
            }

            _json.WriteStartObject(_names[i]);
            switch (term)
            {
                case Iri iri:
                    _json.WriteString("type", "uri");
                    _json.WriteString("value", iri.Value);
                    break;
                case BlankNode blank:
                    _json.WriteString("type", "bnode");
                    _json.WriteString("value", blank.Label);
                    break;
                case Literal literal:
                    _json.WriteString("type", "literal");
                    _json.WriteString("value", literal.Value);
                    if (literal.Language is not null)
                    {
                        _json.WriteString("xml:lang", literal.Language);
                    }
                    else if (!literal.IsSimple)
                    {
                        _json.WriteString("datatype", literal.Datatype.Value);
                    }

                    break;
            }

            _json.WriteEndObject();
        }

        _json.WriteEndObject();
        if (++_pending == RowsPerFlush)
        {
            _json.Flush();
            _pending = 0;
        }
    }

    protected override void WriteEnd()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _json.Dispose();
        }

        base.Dispose(disposing);
    }
}
