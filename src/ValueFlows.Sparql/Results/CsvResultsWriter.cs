using System.Text;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Results;

/// <summary>
/// Writes SPARQL 1.1 Query Results CSV (<see href="https://www.w3.org/TR/sparql11-results-csv-tsv/#csv"/>): plain values,
/// CRLF line ends, RFC 4180 quoting. A boolean is written as Jena does: a column <c>_askResult</c> with one row.
/// </summary>
internal sealed class CsvResultsWriter(Stream output) : SparqlResultsWriter
{
    internal const string AskColumn = "_askResult";

    private readonly StreamWriter _text = new(output, new UTF8Encoding(false), 4096, leaveOpen: true);

    protected override void WriteBooleanDocument(bool value)
    {
        _text.Write(AskColumn + "\r\n" + (value ? "true" : "false") + "\r\n");
        _text.Flush();
    }

    protected override void WriteHeader(IReadOnlyList<Variable> variables)
    {
        for (var i = 0; i < variables.Count; i++)
        {
            if (i > 0)
            {
                _text.Write(',');
            }

            WriteField(variables[i].Name);
        }

        _text.Write("\r\n");
    }

    protected override void WriteSolution(ReadOnlySpan<Term?> row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            if (i > 0)
            {
                _text.Write(',');
            }

            switch (row[i])
            {
                case Iri iri:
                    WriteField(iri.Value);
                    break;
                case BlankNode blank:
                    WriteField("_:" + blank.Label);
                    break;
                case Literal literal:
                    WriteField(literal.Value);
                    break;
            }
        }

        _text.Write("\r\n");
    }

    protected override void WriteEnd() => _text.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _text.Dispose();
        }

        base.Dispose(disposing);
    }

    private void WriteField(string value)
    {
        if (value.AsSpan().IndexOfAny("\",\r\n") < 0)
        {
            _text.Write(value);
            return;
        }

        _text.Write('"');
        _text.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _text.Write('"');
    }
}
