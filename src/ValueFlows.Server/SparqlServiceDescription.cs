using Microsoft.AspNetCore.Http;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Results;

namespace ValueFlows.Server;

/// <summary>
/// The SPARQL 1.1 Service Description (<see href="https://www.w3.org/TR/sparql11-service-description/"/>) answered on a
/// GET of <c>/sparql</c> without a query: the endpoint, the languages it accepts, the formats it writes and which
/// default graph queries see (<c>sd:UnionDefaultGraph</c> when the union mode is on).
/// </summary>
internal static class SparqlServiceDescription
{
    private const string Sd = "http://www.w3.org/ns/sparql-service-description#";
    private const string Formats = "http://www.w3.org/ns/formats/";

    private static readonly Dictionary<string, string> s_formatIris = new(StringComparer.Ordinal)
    {
        ["json"] = Formats + "SPARQL_Results_JSON",
        ["xml"] = Formats + "SPARQL_Results_XML",
        ["csv"] = Formats + "SPARQL_Results_CSV",
        ["tsv"] = Formats + "SPARQL_Results_TSV",
        ["turtle"] = Formats + "Turtle",
        ["ntriples"] = Formats + "N-Triples",
        ["nquads"] = Formats + "N-Quads",
        ["trig"] = Formats + "TriG",
        ["rdfxml"] = Formats + "RDF_XML",
        ["jsonld"] = Formats + "JSON-LD",
    };

    /// <summary>The description's triples for the endpoint at <paramref name="endpoint"/>.</summary>
    public static List<Quad> Describe(Iri endpoint, VfServerOptions options)
    {
        var type = RdfVocabulary.Type;
        Iri Sdt(string local) => Iri.Create(Sd + local);
        var quads = new List<Quad>
        {
            new(endpoint, type, Sdt("Service"), null),
            new(endpoint, Sdt("endpoint"), endpoint, null),
            new(endpoint, Sdt("supportedLanguage"), Sdt("SPARQL11Query"), null),
        };
        if (options.AllowRawWrites)
        {
            quads.Add(new(endpoint, Sdt("supportedLanguage"), Sdt("SPARQL11Update"), null));
        }

        if (options.UnionDefaultGraph)
        {
            quads.Add(new(endpoint, Sdt("feature"), Sdt("UnionDefaultGraph"), null));
        }

        var names = SparqlResultsFormats.All.Select(f => f.Name).Concat(RdfFormatRegistry.Default.All.Where(f => f.CanWrite).Select(f => f.Name));
        foreach (var name in names)
        {
            if (s_formatIris.TryGetValue(name, out var iri))
            {
                quads.Add(new(endpoint, Sdt("resultFormat"), Iri.Create(iri), null));
            }
        }

        var dataset = BlankNode.Create("dataset");
        var defaultGraph = BlankNode.Create("defaultGraph");
        quads.Add(new(endpoint, Sdt("defaultDataset"), dataset, null));
        quads.Add(new(dataset, type, Sdt("Dataset"), null));
        quads.Add(new(dataset, Sdt("defaultGraph"), defaultGraph, null));
        quads.Add(new(defaultGraph, type, Sdt("Graph"), null));
        quads.Add(new(defaultGraph, Iri.Create("http://www.w3.org/2000/01/rdf-schema#comment"), Literal.Create(
            options.UnionDefaultGraph
                ? "The default graph is the union of the stored default graph and every named graph except " + options.BaseIri + "meta."
                : "The default graph is the stored default graph; named graphs are reached with GRAPH."), null));
        return quads;
    }

    public static async Task HandleAsync(HttpContext context, VfServerOptions options)
    {
        var (types, formats) = ResponseFormats.Graphs();
        var chosen = MediaTypeNegotiation.Choose(context.Request.Headers.Accept, types);
        if (chosen < 0)
        {
            await ProblemResponse.Write(
                context, StatusCodes.Status406NotAcceptable, "Not acceptable",
                $"The service description is available as: {string.Join(", ", types)}.").ConfigureAwait(false);
            return;
        }

        var request = context.Request;
        var endpoint = Iri.Create($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}");
        using var buffer = new MemoryStream();
        using (var writer = formats[chosen].CreateWriter(buffer, RdfWriterOptions.Default.WithPrefix("sd", Sd)))
        {
            writer.WriteAll(Describe(endpoint, options));
            writer.Finish();
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ResponseFormats.ContentType(types[chosen]);
        context.Response.Headers.Vary = "Accept";
        await context.Response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted).ConfigureAwait(false);
    }
}
