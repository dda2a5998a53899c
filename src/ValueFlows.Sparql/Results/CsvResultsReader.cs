using System.Text;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Results;

/// <summary>
/// Reads SPARQL 1.1 Query Results CSV. CSV drops term kinds, so the reading is a guess: <c>_:x</c> is a blank node,
/// a value that is an absolute IRI is an IRI, anything else a simple literal, an empty field unbound.
/// </summary>
internal static class CsvResultsReader
{
    public static SparqlResults Read(Stream input)
    {
        var bytes = ResultsText.ReadAll(input);
        var text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        var records = Records(text, bytes);
        if (records.Count == 0)
        {
            throw ResultsText.Error("A CSV results document starts with a header line", bytes, 0);
        }

        var header = records[0];
        if (header is [CsvResultsWriter.AskColumn] && records.Count == 2 && records[1] is ["true" or "false"])
        {
            return new SparqlResults(records[1][0] == "true");
        }

        var variables = header.Select(name => new Variable(name)).ToList();
        var rows = new List<IReadOnlyList<Term?>>();
        for (var r = 1; r < records.Count; r++)
        {
            var record = records[r];
            if (record.Count != variables.Count)
            {
                throw ResultsText.Error($"Row {r} has {record.Count} fields for {variables.Count} variables", bytes, 0);
            }

            rows.Add([.. record.Select(Term)]);
        }

        return new SparqlResults(variables, rows);
    }

    private static Term? Term(string field)
    {
        if (field.Length == 0)
        {
            return null;
        }

        if (field.StartsWith("_:", StringComparison.Ordinal) && field.Length > 2)
        {
            return BlankNode.Create(field[2..]);
        }

        return field.Contains(':', StringComparison.Ordinal) && IriSyntax.TryValidateAbsolute(field, out _)
            ? Iri.CreateUnchecked(field)
            : Literal.Create(field);
    }

    /// <summary>Splits RFC 4180 records; a final line break is optional, LF alone is accepted as well as CRLF.</summary>
    private static List<List<string>> Records(string text, byte[] bytes)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var fieldStarted = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0 && !fieldStarted)
            {
                fieldStarted = true;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw ResultsText.Error("Unterminated quoted field", bytes, bytes.Length);
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                continue;
            }

            if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                i++;
                continue;
            }

            if (c is '\r' or '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                records.Add(record);
                record = [];
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                continue;
            }

            field.Append(c);
            i++;
        }

        if (field.Length > 0 || record.Count > 0 || fieldStarted)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
