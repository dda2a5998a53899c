using System.Globalization;
using ValueFlows.Rdf;
using ValueFlows.Sparql;

namespace ValueFlows.Store.Tests;

/// <summary>
/// The child process of <see cref="UpdateCrashTests"/>: runs numbered multi-operation SPARQL updates from START on,
/// forever, each through <see cref="QuadStore.Update"/> (one transaction), and prints <c>ACK n</c> after each returns.
/// Update n inserts five quads about <c>urn:u:n</c> (one in a named graph), deletes one of them again, derives one
/// more from another, and moves the shared counter to n; its end state is <see cref="QuadsPerUpdate"/> quads.
/// </summary>
internal static class UpdateCrashChild
{
    public const int QuadsPerUpdate = 5;

    public static readonly Iri Counter = Iri.CreateUnchecked("urn:counter");

    public static readonly Iri Value = Iri.CreateUnchecked("urn:value");

    public static int Run(string[] args)
    {
        string directory = args[0];
        long next = long.Parse(args[1], CultureInfo.InvariantCulture);
        using var store = QuadStore.Open(directory, new QuadStoreOptions { CheckpointLogBytes = 4 << 10, Warning = Console.Error.WriteLine });
        for (long n = next; ; n++)
        {
            store.Update(SparqlUpdate.Parse(Request(n)));
            Console.Out.WriteLine("ACK " + n.ToString(CultureInfo.InvariantCulture));
            Console.Out.Flush();
        }
    }

    public static string Request(long n) => string.Create(CultureInfo.InvariantCulture, $$"""
        PREFIX u: <urn:u:>
        PREFIX p: <urn:p:>
        INSERT DATA { u:{{n}} p:0 {{n}} ; p:1 {{n}} ; p:2 {{n}} ; p:3 {{n}} . GRAPH <urn:graph> { u:{{n}} p:4 {{n}} } } ;
        DELETE WHERE { u:{{n}} p:0 ?o } ;
        INSERT { u:{{n}} p:done ?o } WHERE { u:{{n}} p:1 ?o } ;
        DELETE { <urn:counter> <urn:value> ?old } INSERT { <urn:counter> <urn:value> {{n}} } WHERE { OPTIONAL { <urn:counter> <urn:value> ?old } }
        """);

    /// <summary>The quads update <paramref name="n"/> leaves (besides the counter).</summary>
    public static IEnumerable<Quad> EndState(long n)
    {
        var subject = Iri.CreateUnchecked("urn:u:" + n.ToString(CultureInfo.InvariantCulture));
        var value = Literal.Create(n.ToString(CultureInfo.InvariantCulture), Xsd.Integer);
        yield return new Quad(subject, Iri.CreateUnchecked("urn:p:1"), value, null);
        yield return new Quad(subject, Iri.CreateUnchecked("urn:p:2"), value, null);
        yield return new Quad(subject, Iri.CreateUnchecked("urn:p:3"), value, null);
        yield return new Quad(subject, Iri.CreateUnchecked("urn:p:done"), value, null);
        yield return new Quad(subject, Iri.CreateUnchecked("urn:p:4"), value, Iri.CreateUnchecked("urn:graph"));
    }
}
