using System.Text;

namespace ValueFlows.Core.Units;

/// <summary>Reads <c>ontology/units.csv</c>: RFC 4180 records of OM class, OM local name, label, symbol, comment, dimension.</summary>
internal static class UnitsCsv
{
    /// <summary>The fields of each non-empty line; quoted fields may hold commas and doubled quotes.</summary>
    public static IEnumerable<string[]> ReadRecords(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            fields.Clear();
            field.Clear();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c != '"')
                    {
                        field.Append(c);
                    }
                    else if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            if (quoted)
            {
                throw new InvalidDataException($"units.csv line {lineNumber}: unterminated quoted field.");
            }

            fields.Add(field.ToString());
            yield return [.. fields];
        }
    }
}
