using System.Xml;

namespace ValueFlows.Rdf;

/// <summary>The names RDF/XML gives a meaning to, and the XML name rules both the reader and the writer apply.</summary>
internal static class RdfXmlNames
{
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public static readonly Iri Li = Iri.CreateUnchecked(RdfVocabulary.Namespace + "li");
    public static readonly Iri Description = Iri.CreateUnchecked(RdfVocabulary.Namespace + "Description");

    /// <summary>Classifies a local name of the RDF namespace.</summary>
    public static RdfSyntaxName Classify(string localName) => localName switch
    {
        "RDF" => RdfSyntaxName.Rdf,
        "ID" => RdfSyntaxName.Id,
        "about" => RdfSyntaxName.About,
        "parseType" => RdfSyntaxName.ParseType,
        "resource" => RdfSyntaxName.Resource,
        "nodeID" => RdfSyntaxName.NodeId,
        "datatype" => RdfSyntaxName.Datatype,
        "Description" => RdfSyntaxName.Description,
        "li" => RdfSyntaxName.Li,
        "aboutEach" => RdfSyntaxName.AboutEach,
        "aboutEachPrefix" => RdfSyntaxName.AboutEachPrefix,
        "bagID" => RdfSyntaxName.BagId,
        "type" => RdfSyntaxName.Type,
        "version" => RdfSyntaxName.Version,
        _ => RdfSyntaxName.Other,
    };

    /// <summary>True for the names of the spec's <c>coreSyntaxTerms</c> and <c>oldTerms</c>, which no element may carry.</summary>
    public static bool IsCoreOrOld(RdfSyntaxName name) => name is RdfSyntaxName.Rdf or RdfSyntaxName.Id or RdfSyntaxName.About
        or RdfSyntaxName.ParseType or RdfSyntaxName.Resource or RdfSyntaxName.NodeId or RdfSyntaxName.Datatype
        or RdfSyntaxName.AboutEach or RdfSyntaxName.AboutEachPrefix or RdfSyntaxName.BagId;

    /// <summary>True when the IRI may name a node element (<c>nodeElementIRIs</c>).</summary>
    public static bool IsNodeElementIri(string iri) =>
        !iri.StartsWith(RdfVocabulary.Namespace, StringComparison.Ordinal)
        || Classify(iri[RdfVocabulary.Namespace.Length..]) is var n && !IsCoreOrOld(n) && n != RdfSyntaxName.Li;

    /// <summary>True when the IRI may name a property element and means itself there (<c>propertyElementURIs</c> without rdf:li).</summary>
    public static bool IsPropertyElementIri(string iri) =>
        !iri.StartsWith(RdfVocabulary.Namespace, StringComparison.Ordinal)
        || Classify(iri[RdfVocabulary.Namespace.Length..]) is var n && !IsCoreOrOld(n) && n is not (RdfSyntaxName.Li or RdfSyntaxName.Description);

    /// <summary>True when <paramref name="name"/> is an XML NCName (as System.Xml reads them: characters of the Basic Multilingual Plane).</summary>
    public static bool IsNCName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !XmlConvert.IsStartNCNameChar(name[0]))
        {
            return false;
        }

        foreach (char c in name[1..])
        {
            if (!XmlConvert.IsNCNameChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>False when an absolute IRI certainly has no '.' or '..' segment that resolving it (RFC 3986 §5.2.2) would remove.</summary>
    public static bool MayHaveDotSegments(string iri)
    {
        int colon = iri.IndexOf(':', StringComparison.Ordinal);
        return iri.Contains("/.", StringComparison.Ordinal) || (colon + 1 < iri.Length && iri[colon + 1] == '.');
    }

    /// <summary>True when an RDF/XML reader, which resolves every IRI attribute, would read the absolute IRI back as another IRI.</summary>
    public static bool ChangesWhenResolved(string iri)
    {
        if (!MayHaveDotSegments(iri))
        {
            return false;
        }

        try
        {
            return !string.Equals(IriSyntax.Resolve(iri, iri), iri, StringComparison.Ordinal);
        }
        catch (FormatException)
        {
            return true;
        }
    }

    /// <summary>True when <paramref name="c"/> is XML white space (space, tab, line feed, carriage return).</summary>
    public static bool IsXmlWhiteSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>True when the text holds only XML white space.</summary>
    public static bool IsXmlWhiteSpace(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(" \t\n\r") < 0;
}

/// <summary>The syntax names of the RDF namespace that RDF/XML treats specially.</summary>
internal enum RdfSyntaxName
{
    Other,
    Rdf,
    Id,
    About,
    ParseType,
    Resource,
    NodeId,
    Datatype,
    Description,
    Li,
    AboutEach,
    AboutEachPrefix,
    BagId,
    Type,
    Version,
}
