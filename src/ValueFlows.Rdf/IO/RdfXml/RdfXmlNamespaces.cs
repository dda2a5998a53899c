using System.Globalization;
using System.Xml;

namespace ValueFlows.Rdf;

/// <summary>
/// The namespace prefixes of an RDF/XML document being written, and how IRIs split into a namespace and an XML local
/// name. User prefixes come first; a namespace without one gets its usual prefix when it is a well-known vocabulary
/// (rdfs, owl, foaf, vf, …), otherwise a generated <c>ns0</c>, <c>ns1</c>, ….
/// </summary>
internal sealed class RdfXmlNamespaces
{
    private readonly Dictionary<string, string> _prefixByNamespace = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedPrefixes = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, string>> _declared = [];
    private readonly Dictionary<string, (string Namespace, string LocalName)?> _splits = new(StringComparer.Ordinal);
    private int _generated;

    /// <summary>Prefixes people expect for common vocabularies, used when the writer was given none for them.</summary>
    private static readonly Dictionary<string, string> s_wellKnown = new(StringComparer.Ordinal)
    {
        ["http://www.w3.org/2000/01/rdf-schema#"] = "rdfs",
        ["http://www.w3.org/2002/07/owl#"] = "owl",
        [Xsd.Namespace] = "xsd",
        ["http://www.w3.org/2004/02/skos/core#"] = "skos",
        ["http://purl.org/dc/elements/1.1/"] = "dc",
        ["http://purl.org/dc/terms/"] = "dcterms",
        ["http://xmlns.com/foaf/0.1/"] = "foaf",
        ["http://www.w3.org/ns/prov#"] = "prov",
        ["https://schema.org/"] = "schema",
        ["https://w3id.org/valueflows/ont/vf#"] = "vf",
        ["http://www.ontology-of-units-of-measure.org/resource/om-2/"] = "om2",
    };

    public RdfXmlNamespaces() => Add("rdf", RdfVocabulary.Namespace);

    /// <summary>The (prefix, namespace) pairs in the order they were added.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Declared => _declared;

    /// <summary>
    /// Adds a prefix unless it cannot be written as an XML prefix (empty, not an NCName, starting with "xml") or is
    /// taken; the first prefix given for a namespace is the one used. Returns whether the prefix was added.
    /// </summary>
    public bool Add(string prefix, string namespaceIri)
    {
        if (!RdfXmlNames.IsNCName(prefix) || prefix.StartsWith("xml", StringComparison.OrdinalIgnoreCase)
            || namespaceIri.Length == 0 || !_usedPrefixes.Add(prefix))
        {
            return false;
        }

        _prefixByNamespace.TryAdd(namespaceIri, prefix);
        _declared.Add(new KeyValuePair<string, string>(prefix, namespaceIri));
        return true;
    }

    /// <summary>The prefix of a namespace, generating (and adding) one when it has none. <paramref name="added"/> tells which.</summary>
    public string PrefixFor(string namespaceIri, out bool added)
    {
        added = false;
        if (_prefixByNamespace.TryGetValue(namespaceIri, out var prefix))
        {
            return prefix;
        }

        if (s_wellKnown.TryGetValue(namespaceIri, out prefix) && Add(prefix, namespaceIri))
        {
            added = true;
            return prefix;
        }

        do
        {
            prefix = "ns" + (_generated++).ToString(CultureInfo.InvariantCulture);
        }
        while (_usedPrefixes.Contains(prefix));
        added = Add(prefix, namespaceIri);
        return prefix;
    }

    /// <summary>
    /// Splits an IRI after its last character that cannot be in an XML name, then moves on to a character that may start
    /// one (a letter or '_'), as the RDF/XML specification recommends. False when no such split exists (the IRI ends
    /// with a character like '/' or '#', or with digits, '-' or '.' only).
    /// </summary>
    public bool TrySplit(string iri, out string namespaceIri, out string localName)
    {
        if (!_splits.TryGetValue(iri, out var split))
        {
            split = Split(iri);
            if (_splits.Count >= 16384)
            {
                _splits.Clear();
            }

            _splits[iri] = split;
        }

        (namespaceIri, localName) = split ?? (string.Empty, string.Empty);
        return split is not null;
    }

    private static (string, string)? Split(string iri)
    {
        int i = iri.Length;
        while (i > 0 && XmlConvert.IsNCNameChar(iri[i - 1]))
        {
            i--;
        }

        while (i < iri.Length && !XmlConvert.IsStartNCNameChar(iri[i]))
        {
            i++;
        }

        return i == 0 || i == iri.Length ? null : (iri[..i], iri[i..]);
    }
}
