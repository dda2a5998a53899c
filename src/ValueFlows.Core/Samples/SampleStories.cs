using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Core.Replay;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Samples;

/// <summary>
/// The three sample stories of <c>samples/data</c> (embedded): a crew of five pooling income and time, a mutual-aid
/// network of three crews lending tools and trading services, and an orchard → cider press → shop supply chain. Written
/// as the records people would create; loaded through Core so every balance is what Core derives (DECISIONS 8).
/// </summary>
public static class SampleStories
{
    /// <summary>The stories' file names, in load order.</summary>
    public static IReadOnlyList<string> Files { get; } = ["bakery-crew.ttl", "mutual-aid.ttl", "cider-chain.ttl"];

    /// <summary>The Turtle text of one story (<paramref name="file"/> from <see cref="Files"/>).</summary>
    /// <exception cref="ArgumentException">No such story.</exception>
    public static string ReadText(string file)
    {
        using var stream = Open(file);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The stories' quads, their relative IRIs resolved against <paramref name="baseIri"/> (so the records live under the
    /// server's own base); each story's blank nodes are kept apart.
    /// </summary>
    public static IReadOnlyList<Quad> ReadQuads(string baseIri)
    {
        ArgumentException.ThrowIfNullOrEmpty(baseIri);
        var quads = new List<Quad>();
        foreach (var file in Files)
        {
            using var stream = Open(file);
            var options = RdfReaderOptions.Default.WithBaseIri(baseIri).WithBlankNodePrefix(Path.GetFileNameWithoutExtension(file) + "-");
            using var reader = RdfFormats.Turtle.CreateReader(stream, options);
            quads.AddRange(reader.ReadAll());
        }

        return quads;
    }

    /// <summary>
    /// Replays all three stories into <paramref name="ledger"/> in one transaction (<c>vf serve --samples</c>); the
    /// report's errors say why nothing was written (e.g. the samples are there already).
    /// </summary>
    public static ReplayReport LoadInto(VfLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return RecordReplay.Replay(ledger, ReadQuads(ledger.BaseIri));
    }

    /// <summary>True when every record of the stories (their IRI records, with their VF class) is in the ledger's store.</summary>
    public static bool IsLoadedIn(VfLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        using var snapshot = ledger.Store.OpenSnapshot();
        return ReadQuads(ledger.BaseIri)
            .Where(q => q.Graph is null && q.Subject is Iri && q.Predicate.Equals(RdfVocabulary.Type) && VfModel.Types.Any(t => t.Class.Equals(q.Object)))
            .All(q => snapshot.GetQuads(q.Subject, q.Predicate, q.Object, null).Any());
    }

    private static Stream Open(string file) =>
        Files.Contains(file, StringComparer.Ordinal)
            ? typeof(SampleStories).Assembly.GetManifestResourceStream("ValueFlows.Core.samples." + file)
              ?? throw new InvalidOperationException($"The embedded sample {file} is missing.")
            : throw new ArgumentException($"No sample story '{file}'.", nameof(file));
}
