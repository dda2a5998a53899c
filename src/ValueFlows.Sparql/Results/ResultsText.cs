using ValueFlows.Rdf;
using ValueFlows.Sparql.Syntax;

namespace ValueFlows.Sparql.Results;

/// <summary>Positions in a UTF-8 results document, for errors found after parsing a token.</summary>
internal static class ResultsText
{
    /// <summary>The error at a byte offset of a UTF-8 document.</summary>
    public static SparqlSyntaxException Error(string detail, ReadOnlySpan<byte> document, long offset)
    {
        long line = 0;
        long column = 0;
        var end = (int)Math.Min(offset, document.Length);
        for (var i = 0; i < end; i++)
        {
            var b = document[i];
            if (b == (byte)'\n')
            {
                line++;
                column = 0;
            }
            else if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        var position = new TextPosition(line, column, offset);
        return new SparqlSyntaxException(detail, TextRange.At(position));
    }

    /// <summary>The error at a 0-based line and column whose byte offset is unknown.</summary>
    public static SparqlSyntaxException Error(string detail, long line, long column) =>
        new(detail, TextRange.At(new TextPosition(line, column, 0)));

    public static byte[] ReadAll(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Makes a literal, turning a malformed language tag into a syntax error.</summary>
    public static Literal MakeLiteral(string value, string? language, string? datatype, Func<string, Exception> error)
    {
        if (language is not null)
        {
            try
            {
                return Rdf.Literal.Create(value, language);
            }
            catch (FormatException e)
            {
                throw error(e.Message);
            }
        }

        if (datatype is null)
        {
            return Rdf.Literal.Create(value);
        }

        if (!IriSyntax.TryValidateAbsolute(datatype, out var problem))
        {
            throw error($"Invalid datatype IRI <{datatype}>: {problem}");
        }

        return datatype == RdfVocabulary.LangString.Value
            ? throw error("A rdf:langString literal needs a language tag")
            : Rdf.Literal.Create(value, Iri.CreateUnchecked(datatype));
    }

    public static Iri MakeIri(string value, Func<string, Exception> error) =>
        IriSyntax.TryValidateAbsolute(value, out var problem)
            ? Rdf.Iri.CreateUnchecked(value)
            : throw error($"Invalid IRI <{value}>: {problem}");

    public static BlankNode MakeBlankNode(string label, Func<string, Exception> error) =>
        label.Length > 0 ? Rdf.BlankNode.Create(label) : throw error("Empty blank node label");
}
