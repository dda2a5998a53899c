using System.Text;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Syntax;

namespace ValueFlows.Sparql.Results;

/// <summary>Reads SPARQL 1.1 Query Results TSV; each cell is one term in SPARQL syntax, an empty cell is unbound.</summary>
internal static class TsvResultsReader
{
    public static SparqlResults Read(Stream input)
    {
        var bytes = ResultsText.ReadAll(input);
        var text = new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count == 0)
        {
            throw ResultsText.Error("A TSV results document starts with a header line", 0, 0);
        }

        if (lines[0] == CsvResultsWriter.AskColumn && lines.Count == 2 && lines[1] is "true" or "false")
        {
            return new SparqlResults(lines[1] == "true");
        }

        var variables = new List<Variable>();
        if (lines[0].Length > 0)
        {
            foreach (var name in lines[0].Split('\t'))
            {
                var trimmed = name.Trim();
                if (trimmed.Length < 2 || trimmed[0] is not ('?' or '$'))
                {
                    throw ResultsText.Error($"Header cell '{trimmed}' is not a variable", 0, 0);
                }

                variables.Add(new Variable(trimmed[1..]));
            }
        }

        var rows = new List<IReadOnlyList<Term?>>();
        for (var l = 1; l < lines.Count; l++)
        {
            var cells = variables.Count == 0 && lines[l].Length == 0 ? [] : lines[l].Split('\t');
            if (cells.Length != variables.Count)
            {
                throw ResultsText.Error($"Line {l + 1} has {cells.Length} cells for {variables.Count} variables", l, 0);
            }

            var row = new Term?[cells.Length];
            var column = 0;
            for (var c = 0; c < cells.Length; c++)
            {
                var cell = cells[c].Trim();
                if (cell.Length > 0)
                {
                    try
                    {
                        row[c] = SparqlParser.ParseTerm(cell);
                    }
                    catch (SparqlSyntaxException e)
                    {
                        throw ResultsText.Error(e.Detail, l, column + e.Location.Start.Column);
                    }
                }

                column += cells[c].Length + 1;
            }

            rows.Add(row);
        }

        return new SparqlResults(variables, rows);
    }
}
