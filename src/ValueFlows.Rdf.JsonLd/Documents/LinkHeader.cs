namespace ValueFlows.Rdf.JsonLd.Documents;

/// <summary>One link of an HTTP <c>Link</c> header (RFC 8288): its target, relation and type.</summary>
internal sealed record LinkHeader(string Target, string? Rel, string? Type)
{
    /// <summary>The links of all <c>Link</c> header values; each value may hold several links separated by commas.</summary>
    public static List<LinkHeader> Parse(IEnumerable<string> headerValues)
    {
        var links = new List<LinkHeader>();
        foreach (var value in headerValues)
        {
            int i = 0;
            while (i < value.Length)
            {
                int open = value.IndexOf('<', i);
                if (open < 0)
                {
                    break;
                }

                int close = value.IndexOf('>', open + 1);
                if (close < 0)
                {
                    break;
                }

                var target = value[(open + 1)..close];
                i = close + 1;
                string? rel = null;
                string? type = null;

                // Parameters run to the next comma outside quotes.
                while (i < value.Length && value[i] != ',')
                {
                    if (value[i] != ';')
                    {
                        i++;
                        continue;
                    }

                    i++;
                    int eq = value.IndexOf('=', i);
                    if (eq < 0)
                    {
                        break;
                    }

                    var name = value[i..eq].Trim();
                    i = eq + 1;
                    while (i < value.Length && value[i] == ' ')
                    {
                        i++;
                    }

                    string parameter;
                    if (i < value.Length && value[i] == '"')
                    {
                        int end = value.IndexOf('"', i + 1);
                        end = end < 0 ? value.Length : end;
                        parameter = value[(i + 1)..end];
                        i = Math.Min(end + 1, value.Length);
                    }
                    else
                    {
                        int end = i;
                        while (end < value.Length && value[end] is not (';' or ','))
                        {
                            end++;
                        }

                        parameter = value[i..end].Trim();
                        i = end;
                    }

                    if (string.Equals(name, "rel", StringComparison.OrdinalIgnoreCase))
                    {
                        rel = parameter;
                    }
                    else if (string.Equals(name, "type", StringComparison.OrdinalIgnoreCase))
                    {
                        type = parameter;
                    }
                }

                if (rel is not null && rel.Contains(' ', StringComparison.Ordinal))
                {
                    foreach (var r in rel.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        links.Add(new LinkHeader(target, r, type));
                    }
                }
                else
                {
                    links.Add(new LinkHeader(target, rel, type));
                }

                i++;
            }
        }

        return links;
    }
}
