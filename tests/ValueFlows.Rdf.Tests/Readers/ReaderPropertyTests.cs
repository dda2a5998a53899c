using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ValueFlows.Rdf.Tests;

/// <summary>Generated inputs: the fast IRI check agrees with the full one, and any string survives N-Triples escaping.</summary>
public class ReaderPropertyTests
{
    private static readonly string[] s_iriPieces =
    [
        "http://", "https://", "urn:", "h:", "a+b-c.d:", "1x:", "//", "a", "Z", "0", "-", ".", "_", "~", "!", "$", "&", "'", "(",
        ")", "*", "+", ",", ";", "=", ":", "@", "/", "?", "#", "%", "%2F", "%zz", "[", "]", " ", "é", "example.org", ":80", "user@",
    ];

    [Property(MaxTest = 3000)]
    public Property PlainIri_NeverAcceptsWhatFullValidationRefuses() =>
        Prop.ForAll(
            Gen.Elements(s_iriPieces).ArrayOf().Select(string.Concat).ToArbitrary(),
            iri => !PlainIri.IsValidAbsolute(Encoding.UTF8.GetBytes(iri)) || IriSyntax.TryValidateAbsolute(iri, out _));

    [Property(MaxTest = 500)]
    public Property NTriplesReader_AnyEscapedString_ReadsBackUnchanged() =>
        Prop.ForAll(
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).Select(WellFormed).ToArbitrary(),
            value =>
            {
                using var text = new StringWriter(CultureInfo.InvariantCulture);
                text.Write("<http://example.org/s> <http://example.org/p> ");
                NTriplesFormatter.WriteQuotedString(text, value);
                text.Write(" .\n");

                var quad = Assert.Single(TestReaders.ReadAll("nt", text.ToString()));
                return ((Literal)quad.Object).Value == value;
            });

    [Property(MaxTest = 300)]
    public Property TurtleReader_LongStringOfAnyText_ReadsBackUnchanged() =>
        Prop.ForAll(
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).Select(WellFormed).ToArbitrary(),
            value =>
            {
                // Inside '''…''' only backslashes and quotes need escapes; line breaks stay raw.
                string escaped = value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);
                var quad = Assert.Single(TestReaders.ReadAll("ttl", $"<http://example.org/s> <http://example.org/p> '''{escaped}''' ."));
                return ((Literal)quad.Object).Value == value;
            });

    /// <summary>The string with lone surrogates replaced, since RDF strings are sequences of Unicode scalar values.</summary>
    private static string WellFormed(string s)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = 'x';
            }
        }

        return new string(chars);
    }
}
