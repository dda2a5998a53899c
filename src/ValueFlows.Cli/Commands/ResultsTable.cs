using System.Globalization;
using System.Text;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Cli.Commands;

/// <summary>
/// SELECT results as a text table with aligned columns, the way a person reads them: IRIs as prefixed names where a
/// prefix of the query covers them, numbers and booleans bare, other literals quoted.
/// </summary>
internal static class ResultsTable
{
    private static readonly HashSet<string> s_bare = new(StringComparer.Ordinal)
    {
        Xsd.Namespace + "integer", Xsd.Namespace + "decimal", Xsd.Namespace + "double", Xsd.Namespace + "boolean",
    };

    public static string Render(IReadOnlyList<Variable> variables, IEnumerable<IReadOnlyList<Term?>> rows, IReadOnlyList<KeyValuePair<string, string>> prefixes)
    {
        var cells = rows.Select(row => row.Select(term => term is null ? "" : Show(term, prefixes)).ToArray()).ToList();
        var widths = variables.Select((v, i) => Math.Max(v.Name.Length + 1, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        var b = new StringBuilder();
        var rule = widths.Length == 0 ? "--" : string.Concat(widths.Select(w => new string('-', w + 3))) + "-";
        b.Append(rule).Append('\n');
        Line(b, [.. variables.Select(v => "?" + v.Name)], widths);
        b.Append(rule.Replace('-', '=')).Append('\n');
        foreach (var row in cells)
        {
            Line(b, row, widths);
        }

        b.Append(rule).Append('\n');
        b.Append(cells.Count.ToString(CultureInfo.InvariantCulture)).Append(cells.Count == 1 ? " row\n" : " rows\n");
        return b.ToString();
    }

    private static void Line(StringBuilder b, string[] cells, int[] widths)
    {
        b.Append('|');
        for (var i = 0; i < cells.Length; i++)
        {
            b.Append(' ').Append(cells[i].PadRight(widths[i])).Append(" |");
        }

        b.Append('\n');
    }

    public static string Show(Term term, IReadOnlyList<KeyValuePair<string, string>> prefixes) => term switch
    {
        Iri iri => Shorten(iri.Value, prefixes),
        BlankNode blank => "_:" + blank.Label,
        Literal { Language: { } language } literal => Quote(literal.Value) + "@" + language,
        Literal literal when literal.IsSimple => Quote(literal.Value),
        Literal literal when s_bare.Contains(literal.Datatype.Value) && XsdValue.IsWellTyped(literal) => literal.Value,
        Literal literal => Quote(literal.Value) + "^^" + Shorten(literal.Datatype.Value, prefixes),
        _ => term.ToString() ?? "",
    };

    private static string Shorten(string iri, IReadOnlyList<KeyValuePair<string, string>> prefixes)
    {
        foreach (var (prefix, ns) in prefixes)
        {
            if (ns.Length > 0 && iri.StartsWith(ns, StringComparison.Ordinal) && IsLocalName(iri.AsSpan(ns.Length)))
            {
                return prefix + ":" + iri[ns.Length..];
            }
        }

        return "<" + iri + ">";
    }

    private static bool IsLocalName(ReadOnlySpan<char> local)
    {
        foreach (var c in local)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
}
