using System.Globalization;
using ValueFlows.Rdf;

namespace ValueFlows.Store.Tests;

/// <summary>
/// The child process of <see cref="CrashTests"/>: commits numbered transactions from START on, forever, and prints
/// <c>ACK n</c> after each commit returns. Every transaction writes <see cref="QuadsPerTransaction"/> quads about
/// <c>urn:tx:n</c>; every seventh is a bulk load; checkpoints run in the background often.
/// </summary>
internal static class CrashChild
{
    public const int QuadsPerTransaction = 5;

    public static int Run(string[] args)
    {
        string directory = args[0];
        long next = long.Parse(args[1], CultureInfo.InvariantCulture);
        using var store = QuadStore.Open(directory, new QuadStoreOptions { CheckpointLogBytes = 2 << 10, Warning = Console.Error.WriteLine });
        Console.Out.WriteLine("READY");
        Console.Out.Flush();
        for (long n = next; ; n++)
        {
            if (n % 7 == 0)
            {
                using var bulk = store.BeginBulkLoad();
                bulk.AddRange(Quads(n));
                bulk.Commit();
            }
            else
            {
                using var tx = store.BeginWrite();
                foreach (var q in Quads(n))
                {
                    tx.Add(q);
                }

                tx.Commit();
            }

            Console.Out.WriteLine("ACK " + n.ToString(CultureInfo.InvariantCulture));
            Console.Out.Flush();
        }
    }

    public static Iri Subject(long n) => Iri.CreateUnchecked("urn:tx:" + n.ToString(CultureInfo.InvariantCulture));

    public static IEnumerable<Quad> Quads(long n)
    {
        var subject = Subject(n);
        for (int k = 0; k < QuadsPerTransaction; k++)
        {
            yield return new Quad(
                subject,
                Iri.CreateUnchecked("urn:p:" + k.ToString(CultureInfo.InvariantCulture)),
                Literal.Create(n.ToString(CultureInfo.InvariantCulture), Xsd.Integer),
                k == 0 ? Iri.CreateUnchecked("urn:graph") : null);
        }
    }
}
