using System.Text;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Syntax;

namespace ValueFlows.Sparql.Results;

/// <summary>
/// Writes SPARQL 1.1 Query Results TSV (<see href="https://www.w3.org/TR/sparql11-results-csv-tsv/#tsv"/>): terms in
/// SPARQL/Turtle syntax, numbers and booleans in their short form, LF line ends. A boolean is written as for CSV.
/// </summary>
internal sealed class TsvResultsWriter(Stream output) : SparqlResultsWriter
{
    private readonly StreamWriter _text = new(output, new UTF8Encoding(false), 4096, leaveOpen: true);
    private readonly StringBuilder _line = new();

    protected override void WriteBooleanDocument(bool value)
    {
        _text.Write(CsvResultsWriter.AskColumn + "\n" + (value ? "true" : "false") + "\n");
        _text.Flush();
    }

    protected override void WriteHeader(IReadOnlyList<Variable> variables)
    {
        _text.Write(string.Join('\t', variables.Select(v => "?" + v.Name)));
        _text.Write('\n');
    }

    protected override void WriteSolution(ReadOnlySpan<Term?> row)
    {
        _line.Clear();
        for (var i = 0; i < row.Length; i++)
        {
            if (i > 0)
            {
                _line.Append('\t');
            }

            if (row[i] is { } term)
            {
                WriteTerm(_line, term);
            }
        }

        _line.Append('\n');
        _text.Write(_line);
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

    private static void WriteTerm(StringBuilder b, Term term)
    {
        if (term is not Literal literal || Algebra.NumericLiteralSyntax.IsShortForm(literal))
        {
            SparqlWriter.WriteTerm(b, term);
            return;
        }

        b.Append('"');
        foreach (var c in literal.Value)
        {
            b.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        b.Append('"');
        if (literal.Language is not null)
        {
            b.Append('@').Append(literal.Language);
        }
        else if (!literal.IsSimple)
        {
            b.Append("^^<").Append(literal.Datatype.Value).Append('>');
        }
    }
}
