using System.Text;
using ValueFlows.Sparql;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Syntax;

namespace ValueFlows.Conformance.Tests.Sparql;

/// <summary>
/// Feeds the parsers cut and mutated copies of every W3C query and update file: bad text must fail with a
/// <see cref="SparqlSyntaxException"/> and nothing else, and text that parses must round-trip through the writer and SSE.
/// </summary>
public static class SparqlMutationCheck
{
    private const string Inserted = "{}()[].;,?$_:<>\"'\\#@^|/*+-!=&aE0 \n";

    /// <summary>The number of texts tried and the problems found, one line each.</summary>
    public static (int Tried, List<string> Problems) Run(string folder, int cutStep, int mutationsPerFile)
    {
        var problems = new List<string>();
        var tried = 0;
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".rq", StringComparison.Ordinal) || f.EndsWith(".ru", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            var random = new Random(text.Length);
            var variants = new List<string>();
            for (var cut = 0; cut <= text.Length; cut += cutStep)
            {
                variants.Add(text[..cut]);
            }

            for (var i = 0; i < mutationsPerFile; i++)
            {
                var position = random.Next(text.Length + 1);
                variants.Add(random.Next(2) == 0 && position < text.Length
                    ? text.Remove(position, 1)
                    : text.Insert(position, Inserted[random.Next(Inserted.Length)].ToString()));
            }

            foreach (var variant in variants)
            {
                tried++;
                var problem = Check(variant, file.EndsWith(".ru", StringComparison.Ordinal));
                if (problem is not null)
                {
                    problems.Add($"{file}: {problem}\n{variant}");
                }
            }
        }

        return (tried, problems);
    }

    private static string? Check(string text, bool isUpdate)
    {
        var baseIri = Rdf.Iri.Create("http://example.org/base/");
        try
        {
            if (isUpdate)
            {
                var update = SparqlUpdate.Parse(text, baseIri);
                return SparqlUpdate.Parse(update.ToString()).Operations.Equals(update.Operations) ? null : "the update does not round-trip";
            }

            var query = SparqlQuery.Parse(text, baseIri);
            if (SparqlQuery.Parse(query.ToString()).ToSse() != query.ToSse())
            {
                return "the query does not round-trip";
            }

            return Op.ParseSse(query.Pattern.ToSse()).Equals(query.Pattern) ? null : "the SSE does not read back";
        }
        catch (SparqlSyntaxException e) when (e.Detail.Length > 0)
        {
            return null;
        }
        catch (Exception e)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }
}
