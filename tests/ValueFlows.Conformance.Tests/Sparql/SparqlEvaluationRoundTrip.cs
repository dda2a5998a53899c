using System.Text;
using ValueFlows.Rdf;
using ValueFlows.Sparql;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Conformance.Tests.Sparql;

/// <summary>
/// The queries and update requests of the evaluation entries (<c>qt:query</c>, <c>ut:request</c>) of a suite: each
/// must parse and survive parse → write → parse and SSE → algebra unchanged. Their evaluation is the evaluator's.
/// </summary>
public static class SparqlEvaluationRoundTrip
{
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";

    /// <summary>The number of files checked and the problems found, one line each.</summary>
    public static (int Checked, List<string> Problems) Check(ManifestSuite suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var problems = new List<string>();
        var count = 0;
        foreach (var entry in Manifest.Load(suite).Entries)
        {
            if (entry.Action is not { } action || action is Iri)
            {
                continue;
            }

            var query = entry.Manifest.Objects(action, Iri.Create(Qt + "query")).OfType<Iri>().FirstOrDefault();
            var request = entry.Manifest.Objects(action, Iri.Create(Ut + "request")).OfType<Iri>().FirstOrDefault();
            var file = query ?? request;
            if (file is null)
            {
                continue;
            }

            count++;
            try
            {
                var text = File.ReadAllText(suite.LocalPath(file.Value), Encoding.UTF8);
                if (query is not null)
                {
                    var parsed = SparqlQuery.Parse(text, file);
                    var again = SparqlQuery.Parse(parsed.ToString());
                    if (again.ToSse() != parsed.ToSse() || !Op.ParseSse(parsed.Pattern.ToSse()).Equals(parsed.Pattern))
                    {
                        problems.Add($"<{entry.Iri}>: {file} does not round-trip");
                    }
                }
                else
                {
                    var parsed = SparqlUpdate.Parse(text, file);
                    if (!SparqlUpdate.Parse(parsed.ToString()).Operations.Equals(parsed.Operations))
                    {
                        problems.Add($"<{entry.Iri}>: {file} does not round-trip");
                    }
                }
            }
            catch (FormatException e)
            {
                problems.Add($"<{entry.Iri}>: {file}: {e.Message}");
            }
        }

        return (count, problems);
    }
}
