using System.Globalization;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Model;

/// <summary>The <c>revisionId</c> of DECISIONS 2: <c>{record IRI}?rev={seq}</c>, opaque to clients.</summary>
public static class VfRevisionId
{
    private const string Marker = "?rev=";

    /// <summary>The revision id of <paramref name="record"/> as written by transaction <paramref name="sequence"/>.</summary>
    public static string Format(Iri record, long sequence) => record.Value + Marker + sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>Splits a revision id; <see cref="VfErrorCode.BadUserInput"/> naming <paramref name="field"/> when malformed.</summary>
    public static (Iri Record, long Sequence) Parse(string revisionId, string field = "revisionId")
    {
        ArgumentNullException.ThrowIfNull(revisionId);
        int at = revisionId.LastIndexOf(Marker, StringComparison.Ordinal);
        if (at <= 0 || !long.TryParse(revisionId.AsSpan(at + Marker.Length), NumberStyles.None, CultureInfo.InvariantCulture, out long seq))
        {
            throw new VfDomainException(VfErrorCode.BadUserInput, $"'{revisionId}' is not a revision id (expected '{{id}}{Marker}{{n}}').", field);
        }

        return (Iri.CreateUnchecked(revisionId[..at]), seq);
    }
}
