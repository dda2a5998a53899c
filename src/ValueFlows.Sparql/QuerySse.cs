using System.Text;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql;

/// <summary>
/// SSE of a whole query: the algebra, wrapped in <c>(ask …)</c>, <c>(construct …)</c>, <c>(describe …)</c>, <c>(dataset …)</c>, <c>(base
/// …)</c>.
/// </summary>
internal static class QuerySse
{
    public static string Write(SparqlQuery query)
    {
        var b = new StringBuilder();
        var close = 0;
        if (query.BaseIri is not null)
        {
            b.Append("(base ").Append(query.BaseIri).Append(' ');
            close++;
        }

        if (query.Dataset is { } dataset)
        {
            b.Append("(dataset (");
            b.AppendJoin(' ', dataset.DefaultGraphs);
            foreach (var named in dataset.NamedGraphs)
            {
                b.Append(b[^1] == '(' ? string.Empty : " ").Append("(named ").Append(named).Append(')');
            }

            b.Append(") ");
            close++;
        }

        switch (query.Form)
        {
            case SparqlQueryForm.Ask:
                b.Append("(ask ");
                close++;
                break;
            case SparqlQueryForm.Construct:
                b.Append("(construct (");
                for (var i = 0; i < query.Template!.Count; i++)
                {
                    if (i > 0)
                    {
                        b.Append(' ');
                    }

                    SseWriter.WriteTriple(b, query.Template[i]);
                }

                b.Append(") ");
                close++;
                break;
            case SparqlQueryForm.Describe:
                b.Append("(describe (");
                for (var i = 0; i < query.DescribeTargets!.Count; i++)
                {
                    if (i > 0)
                    {
                        b.Append(' ');
                    }

                    SseWriter.WriteTermPattern(b, query.DescribeTargets[i]);
                }

                b.Append(") ");
                close++;
                break;
        }

        SseWriter.WriteOp(b, query.Pattern);
        b.Append(')', close);
        return b.ToString();
    }
}
