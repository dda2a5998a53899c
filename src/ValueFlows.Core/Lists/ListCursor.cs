using System.Buffers.Text;
using System.Text;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Lists;

/// <summary>
/// Opaque keyset cursors (DECISIONS 17): the order key of a row (a date-time or a creation key) and its IRI, never an
/// offset, so a page stays stable while records are added elsewhere in the list.
/// </summary>
internal static class ListCursor
{
    private const char Separator = '\u001f';

    public static string Encode(Literal key, Iri id)
    {
        char kind = key.Datatype == Xsd.DateTime ? 'd' : 's';
        var text = string.Concat(kind.ToString(), key.Value, Separator.ToString(), id.Value);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    public static (Literal Key, string Id) Decode(string cursor, string field)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            int at = text.IndexOf(Separator, StringComparison.Ordinal);
            if (text.Length > 0 && at > 0 && (text[0] == 'd' || text[0] == 's'))
            {
                var key = text[0] == 'd' ? Literal.Create(text[1..at], Xsd.DateTime) : Literal.Create(text[1..at]);
                return (key, text[(at + 1)..]);
            }
        }
        catch (FormatException)
        {
            // reported below as bad input
        }

        throw new VfDomainException(VfErrorCode.BadUserInput, $"'{cursor}' is not a cursor of this list.", field);
    }
}
