using ValueFlows.Rdf;

namespace ValueFlows.StoreBench;

/// <summary>
/// A line splitter for the generator's plain N-Triples (no escapes, one triple per line), used only when no N-Triples
/// reader is registered, so that the store's own cost can be measured apart from parsing.
/// </summary>
internal static class SimpleNTriplesLines
{
    public static IEnumerable<Quad> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int pos = 0;
            var s = ReadTerm(line, ref pos);
            var p = (Iri)ReadTerm(line, ref pos);
            var o = ReadTerm(line, ref pos);
            yield return new Quad(s, p, o);
        }
    }

    private static Term ReadTerm(string line, ref int pos)
    {
        while (line[pos] == ' ')
        {
            pos++;
        }

        if (line[pos] == '<')
        {
            int end = line.IndexOf('>', pos);
            var iri = Iri.CreateUnchecked(line[(pos + 1)..end]);
            pos = end + 1;
            return iri;
        }

        if (line[pos] == '_')
        {
            int end = line.IndexOf(' ', pos);
            var b = BlankNode.Create(line[(pos + 2)..end]);
            pos = end;
            return b;
        }

        int close = line.IndexOf('"', pos + 1);
        var value = line[(pos + 1)..close];
        pos = close + 1;
        if (pos < line.Length && line[pos] == '^')
        {
            int end = line.IndexOf('>', pos);
            var dt = Iri.CreateUnchecked(line[(pos + 3)..end]);
            pos = end + 1;
            return Literal.Create(value, dt);
        }

        if (pos < line.Length && line[pos] == '@')
        {
            int end = line.IndexOf(' ', pos);
            var lang = line[(pos + 1)..end];
            pos = end;
            return Literal.Create(value, lang);
        }

        return Literal.Create(value);
    }
}
