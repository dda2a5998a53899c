using Microsoft.Net.Http.Headers;

namespace ValueFlows.Server;

/// <summary>
/// Picks the response media type from the <c>Accept</c> header (RFC 9110 §12.5.1): the offer with the highest quality,
/// ties going to the server's order of preference; no header (or only <c>*/*</c>) gives the first offer.
/// </summary>
internal static class MediaTypeNegotiation
{
    /// <summary>The index of the chosen offer, or -1 when the client accepts none of them (406).</summary>
    public static int Choose(IList<string> acceptHeaders, IReadOnlyList<string> offers)
    {
        if (acceptHeaders.Count == 0 || !MediaTypeHeaderValue.TryParseList(acceptHeaders, out var ranges) || ranges.Count == 0)
        {
            return 0;
        }

        var best = -1;
        var bestQuality = 0.0;
        for (var i = 0; i < offers.Count; i++)
        {
            var offer = offers[i];
            var slash = offer.IndexOf('/', StringComparison.Ordinal);
            var quality = -1.0;
            var specificity = -1;
            foreach (var range in ranges)
            {
                // Exact type/subtype or a wildcard only: application/json must not be answered with
                // application/sparql-results+json, which a structured-suffix match would allow.
                var matches = range.MatchesAllTypes
                    || (range.MatchesAllSubTypes && range.Type.Equals(offer[..slash], StringComparison.OrdinalIgnoreCase))
                    || range.MediaType.Equals(offer, StringComparison.OrdinalIgnoreCase);
                if (!matches)
                {
                    continue;
                }

                // The most specific matching range decides the quality (text/turtle beats text/* beats */*).
                var rangeSpecificity = range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;
                if (rangeSpecificity > specificity)
                {
                    specificity = rangeSpecificity;
                    quality = range.Quality ?? 1.0;
                }
            }

            if (quality > bestQuality)
            {
                best = i;
                bestQuality = quality;
            }
        }

        return best;
    }
}
