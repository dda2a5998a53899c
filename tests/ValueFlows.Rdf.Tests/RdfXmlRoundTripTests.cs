using System.Text;
using FsCheck.Xunit;

namespace ValueFlows.Rdf.Tests;

/// <summary>Write → read is the identity (up to blank node labels) on generated graphs; what RDF/XML cannot say is refused.</summary>
public class RdfXmlRoundTripTests
{
    private static bool RoundTrips(GeneratedGraph graph, RdfWriterOptions options)
    {
        string xml = RdfXmlWriterTests.Write(graph.Quads, options);
        return GraphIsomorphism.AreIsomorphic(graph.Quads, RdfXmlReaderTests.Read(xml));
    }

    [Property(Arbitrary = [typeof(RdfXmlGraphs)], MaxTest = 300)]
    public bool WriteThenRead_Pretty_IsIsomorphic(GeneratedGraph graph) => RoundTrips(graph, RdfWriterOptions.Default);

    [Property(Arbitrary = [typeof(RdfXmlGraphs)], MaxTest = 300)]
    public bool WriteThenRead_Streaming_IsIsomorphic(GeneratedGraph graph) => RoundTrips(graph, RdfWriterOptions.Default.WithPretty(false));

    [Property(Arbitrary = [typeof(RdfXmlGraphs)], MaxTest = 150)]
    public bool WriteThenRead_WithBaseAndPrefixes_IsIsomorphic(GeneratedGraph graph) => RoundTrips(graph, RdfWriterOptions.Default
        .WithBaseIri("http://example.org/dir/doc")
        .WithPrefix("ex", "http://example.org/")
        .WithPrefix("foaf", "http://xmlns.com/foaf/0.1/"));

    [Property(Arbitrary = [typeof(RdfXmlGraphs)], MaxTest = 150)]
    public bool Write_UnwritableTriple_IsRefusedAndTheRestRoundTrips(GeneratedGraph graph, UnwritableTriple bad, bool pretty)
    {
        using var output = new MemoryStream();
        bool refused = false;
        using (var writer = new RdfXmlWriter(output, RdfWriterOptions.Default.WithPretty(pretty)))
        {
            int half = graph.Quads.Length / 2;
            writer.WriteAll(graph.Quads.Take(half));
            try
            {
                writer.Write(bad.Quad);
            }
            catch (InvalidOperationException)
            {
                refused = true;
            }

            writer.WriteAll(graph.Quads.Skip(half));
        }

        var back = RdfXmlReaderTests.Read(Encoding.UTF8.GetString(output.ToArray()));
        return refused && GraphIsomorphism.AreIsomorphic(graph.Quads, back);
    }
}
