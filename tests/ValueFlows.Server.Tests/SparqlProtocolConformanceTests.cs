using System.Net.Http.Headers;
using System.Text;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Results;

namespace ValueFlows.Server.Tests;

/// <summary>
/// The W3C SPARQL 1.1 Protocol tests, one test case per manifest entry, run against <c>/sparql</c> of the in-process
/// server with raw writes allowed (the suite updates as well as queries): each entry's requests are sent in order, the
/// status class is checked, and where the entry says so the results are read as a boolean, a table or RDF.
/// </summary>
public sealed class SparqlProtocolConformanceTests
{
    /// <summary>Entries in the manifest (20 query and update tests, 14 bad-request tests).</summary>
    public const int EntryCount = 34;

    public static TheoryData<string> Entries()
    {
        var data = new TheoryData<string>();
        if (ProtocolSuite.ManifestPath is not null)
        {
            foreach (var name in ProtocolSuite.EntryNames())
            {
                data.Add(name);
            }
        }

        return data;
    }

    [ProtocolTheory]
    [MemberData(nameof(Entries))]
    public async Task Protocol(string entry)
    {
        var test = ProtocolSuite.Entry(entry);
        var quads = new List<Quad>();
        foreach (var graphData in ProtocolSuite.All(test, ProtocolSuite.Ut + "graphData"))
        {
            var file = (Iri)ProtocolSuite.One(graphData, ProtocolSuite.Ut + "graph")!;
            var name = Iri.Create(((Literal)ProtocolSuite.One(graphData, "http://www.w3.org/2000/01/rdf-schema#label")!).Value);
            using var stream = File.OpenRead(ProtocolSuite.LocalFile(file));
            using var reader = new NTriplesReader(stream, RdfReaderOptions.Default);
            quads.AddRange(reader.ReadAll().Select(q => q with { Graph = name }));
        }

        using var server = new VfServerFactory(new VfServerOptions { BaseIri = "http://www.example/", AllowRawWrites = true }, quads);
        using var client = server.CreateClient();
        var connection = ProtocolSuite.One(test, "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#action")!;
        var step = 0;
        foreach (var request in ProtocolSuite.List(ProtocolSuite.One(connection, ProtocolSuite.Ht + "requests")!))
        {
            step++;
            using var message = Build(request);
            using var response = await client.SendAsync(message);
            var body = await response.Content.ReadAsByteArrayAsync();
            var where = $"{entry}, request {step}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body)}";
            var expected = ProtocolSuite.One(request, ProtocolSuite.Ht + "resp")!;
            var classes = ProtocolSuite.All(expected, ProtocolSuite.Mf + "expectedStatus").Select(s => ((Iri)s).Value[^3..^2]).ToList();
            Assert.True(classes.Contains(((int)response.StatusCode / 100).ToString(System.Globalization.CultureInfo.InvariantCulture)), $"Status not in {string.Join('/', classes)}xx: {where}");
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            switch ((ProtocolSuite.One(expected, ProtocolSuite.Mf + "expectedFormat") as Literal)?.Value)
            {
                case "boolean":
                {
                    Assert.True(SparqlResultsFormats.TryGetByMediaType(mediaType, out var format), where);
                    var results = format.Read(new MemoryStream(body));
                    Assert.True(results.IsBoolean, where);
                    if (ProtocolSuite.One(expected, ProtocolSuite.Mf + "expectedBoolean") is Literal boolean)
                    {
                        Assert.True(results.Boolean == (boolean.Value == "true"), where);
                    }

                    break;
                }

                case "tabular":
                {
                    Assert.True(SparqlResultsFormats.TryGetByMediaType(mediaType, out var format), where);
                    Assert.False(format.Read(new MemoryStream(body)).IsBoolean, where);
                    break;
                }

                case "RDF":
                {
                    Assert.True(RdfFormatRegistry.Default.TryGetByMediaType(mediaType, out var format), where);
                    using var reader = format.CreateReader(new MemoryStream(body), RdfReaderOptions.Default.WithBaseIri("http://www.example/"));
                    _ = reader.ReadAll().ToList();
                    break;
                }

                case null:
                    break;
                case var other:
                    Assert.Fail($"Unknown mf:expectedFormat '{other}' in {entry}.");
                    break;
            }
        }
    }

    [ProtocolFact]
    public void Manifest_EveryEntry_IsACase()
    {
        Assert.Equal(EntryCount, ProtocolSuite.EntryNames().Distinct().Count());
        Assert.Equal(EntryCount, Entries().Count);
    }

    /// <summary>The HTTP request of an <c>ht:Request</c>: method, path under <c>/sparql</c>, headers and body.</summary>
    private static HttpRequestMessage Build(Term request)
    {
        var method = new HttpMethod(((Literal)ProtocolSuite.One(request, ProtocolSuite.Ht + "methodName")!).Value);
        var path = ((Literal)ProtocolSuite.One(request, ProtocolSuite.Ht + "absolutePath")!).Value;
        path = "/sparql" + path["/sparql/".Length..];
        var message = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        var headers = ProtocolSuite.One(request, ProtocolSuite.Ht + "headers") is { } list ? ProtocolSuite.List(list) : [];
        string? contentType = null;
        foreach (var header in headers)
        {
            var name = ((Literal)ProtocolSuite.One(header, ProtocolSuite.Ht + "fieldName")!).Value;
            var value = ((Literal)ProtocolSuite.One(header, ProtocolSuite.Ht + "fieldValue")!).Value;
            if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (ProtocolSuite.One(request, ProtocolSuite.Ht + "body") is { } body)
        {
            var text = ((Literal)ProtocolSuite.One(body, ProtocolSuite.Cnt + "chars")!).Value;

            // The body is sent in the charset its Content-Type names (the non-UTF-8 tests say UTF-16).
            var encoding = contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.CharSet is { } charset
                ? Encoding.GetEncoding(charset)
                : Encoding.UTF8;
            message.Content = new ByteArrayContent(encoding.GetBytes(text));
            if (contentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        return message;
    }
}

/// <summary>A theory over the protocol manifest, skipped with the reason when the suites are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ProtocolTheoryAttribute : TheoryAttribute
{
    public ProtocolTheoryAttribute()
    {
        if (ProtocolSuite.ManifestPath is null)
        {
            Skip = ProtocolSuite.MissingReason;
        }
    }
}

/// <summary>A fact about the protocol manifest, skipped with the reason when the suites are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ProtocolFactAttribute : FactAttribute
{
    public ProtocolFactAttribute()
    {
        if (ProtocolSuite.ManifestPath is null)
        {
            Skip = ProtocolSuite.MissingReason;
        }
    }
}
