using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// The Deserialize JSON-LD to RDF algorithm (JSON-LD 1.1 API §8.1 to §8.3, the API's <c>toRdf</c>): the quads of a
/// node map, with lists as RDF collections and JSON values as canonical literals. Triples that would not be well-formed
/// (relative IRIs, bad language tags, blank node predicates) are left out, as the spec requires. Generalized RDF is not
/// produced: a <see cref="Quad"/>'s predicate is an IRI.
/// </summary>
internal sealed class RdfSerialization
{
    private const string I18nNamespace = "https://www.w3.org/ns/i18n#";

    private static readonly Iri s_rdfJson = Iri.CreateUnchecked(RdfVocabulary.Namespace + "JSON");
    private static readonly Iri s_rdfValue = Iri.CreateUnchecked(RdfVocabulary.Namespace + "value");
    private static readonly Iri s_rdfLanguage = Iri.CreateUnchecked(RdfVocabulary.Namespace + "language");
    private static readonly Iri s_rdfDirection = Iri.CreateUnchecked(RdfVocabulary.Namespace + "direction");

    private readonly BlankNodeIdGenerator _ids;
    private readonly JsonLdRdfDirection? _rdfDirection;
    private readonly string _blankNodePrefix;
    private readonly Dictionary<string, Term?> _terms = new(StringComparer.Ordinal);
    private readonly HashSet<Quad> _seen = [];
    private readonly List<Quad> _quads = [];
    private readonly List<Triple> _listTriples = [];

    /// <param name="ids">The generator that labelled the node map, so list nodes get labels of their own.</param>
    /// <param name="rdfDirection">How to carry <c>@direction</c>.</param>
    /// <param name="blankNodePrefix">Put before every blank node label, so that the labels of two documents differ.</param>
    public RdfSerialization(BlankNodeIdGenerator ids, JsonLdRdfDirection? rdfDirection, string blankNodePrefix = "")
    {
        _ids = ids;
        _rdfDirection = rdfDirection;
        _blankNodePrefix = blankNodePrefix;
    }

    /// <summary>The quads of <paramref name="nodeMap"/>, each once, in node map order.</summary>
    public List<Quad> Serialize(JsonMap nodeMap)
    {
        // Step 1. Graphs and subjects are taken in node map order rather than sorted: a dataset has no order.
        foreach (var (graphName, g) in nodeMap)
        {
            Term? graphTerm = null;
            if (graphName != Keywords.Default)
            {
                // Step 1.1.
                graphTerm = ResourceTerm(graphName);
                if (graphTerm is null)
                {
                    continue;
                }
            }

            // Step 1.3.
            foreach (var (subject, n) in (JsonMap)g!)
            {
                // Step 1.3.1.
                if (ResourceTerm(subject) is not { } subjectTerm)
                {
                    continue;
                }

                var node = (JsonMap)n!;
                foreach (var (property, values) in node)
                {
                    if (property == Keywords.Type)
                    {
                        // Step 1.3.2.1.
                        foreach (var type in (List<object?>)values!)
                        {
                            if (type is string t && ResourceTerm(t) is { } typeTerm)
                            {
                                Add(new Quad(subjectTerm, RdfVocabulary.Type, typeTerm, graphTerm));
                            }
                        }

                        continue;
                    }

                    // Steps 1.3.2.2 to 1.3.2.4: keywords, blank node and ill-formed predicates.
                    if (Keywords.IsKeyword(property) || ResourceTerm(property) is not Iri predicate)
                    {
                        continue;
                    }

                    // Step 1.3.2.5.
                    foreach (var item in (List<object?>)values!)
                    {
                        var listTriples = _listTriples;
                        listTriples.Clear();
                        var obj = ObjectToRdf(item as JsonMap, listTriples);
                        if (obj is not null)
                        {
                            Add(new Quad(subjectTerm, predicate, obj, graphTerm));
                        }

                        foreach (var t in listTriples)
                        {
                            Add(t.InGraph(graphTerm));
                        }
                    }
                }
            }
        }

        return _quads;
    }

    private void Add(in Quad quad)
    {
        if (_seen.Add(quad))
        {
            _quads.Add(quad);
        }
    }

    /// <summary>The Object to RDF Conversion algorithm (§8.2.2); null for what is not well-formed.</summary>
    private Term? ObjectToRdf(JsonMap? item, List<Triple> listTriples)
    {
        if (item is null)
        {
            return null;
        }

        // Steps 1 and 2.
        if (item.TryGetValue(Keywords.Id, out var id) || !(item.ContainsKey(Keywords.Value) || item.ContainsKey(Keywords.List)))
        {
            return id is string s ? ResourceTerm(s) : null;
        }

        // Step 3.
        if (item.TryGetValue(Keywords.List, out var list))
        {
            return ListToRdf((List<object?>)list!, listTriples);
        }

        // Steps 4 and 5.
        var value = item[Keywords.Value];
        var datatype = item.Get(Keywords.Type) as string;

        // Step 6.
        Iri? datatypeIri = null;
        if (datatype is not null && datatype != Keywords.Json)
        {
            if (ResourceTerm(datatype) is not Iri dt)
            {
                return null;
            }

            datatypeIri = dt;
        }

        // Step 7.
        var language = item.Get(Keywords.Language) as string;
        if (language is not null && !LanguageTags.IsWellFormed(language))
        {
            return null;
        }

        string lexical;
        if (datatype == Keywords.Json)
        {
            // Step 8.
            lexical = JsonCanonicalizer.Canonicalize(value);
            datatypeIri = s_rdfJson;
        }
        else if (value is bool b)
        {
            // Step 9.
            lexical = b ? "true" : "false";
            datatypeIri ??= Xsd.Boolean;
        }
        else if (value is double d)
        {
            // Steps 10 and 11.
            if (d % 1 != 0 || Math.Abs(d) >= 1e21 || (datatypeIri is not null && datatypeIri.Value == Xsd.Double.Value))
            {
                lexical = XsdCanonicalForm.Double(d);
                datatypeIri ??= Xsd.Double;
            }
            else
            {
                lexical = XsdCanonicalForm.Integer(d);
                datatypeIri ??= Xsd.Integer;
            }
        }
        else
        {
            lexical = (string)value!;
        }

        // Step 13.
        if (item.TryGetValue(Keywords.Direction, out var direction) && _rdfDirection is not null)
        {
            var lang = language?.ToLowerInvariant() ?? string.Empty;
            if (_rdfDirection == JsonLdRdfDirection.I18nDatatype)
            {
                return Literal.CreateUnchecked(lexical, Iri.CreateUnchecked(I18nNamespace + lang + "_" + direction), null);
            }

            var literal = BlankNode.Create(_blankNodePrefix + _ids.Generate()[2..]);
            listTriples.Add(new Triple(literal, s_rdfValue, Literal.Create(lexical)));
            if (language is not null)
            {
                listTriples.Add(new Triple(literal, s_rdfLanguage, Literal.Create(lang)));
            }

            listTriples.Add(new Triple(literal, s_rdfDirection, Literal.Create((string)direction!)));
            return literal;
        }

        // Steps 12 and 14.
        if (language is not null)
        {
            return Literal.CreateUnchecked(lexical, RdfVocabulary.LangString, language.ToLowerInvariant());
        }

        return datatypeIri is null || datatypeIri.Value == Xsd.String.Value
            ? Literal.Create(lexical)
            : Literal.CreateUnchecked(lexical, datatypeIri, null);
    }

    /// <summary>The List to RDF Conversion algorithm (§8.3.2).</summary>
    private Term ListToRdf(List<object?> list, List<Triple> listTriples)
    {
        // Step 1.
        if (list.Count == 0)
        {
            return RdfVocabulary.Nil;
        }

        // Step 2.
        var bnodes = new BlankNode[list.Count];
        for (int i = 0; i < bnodes.Length; i++)
        {
            bnodes[i] = BlankNode.Create(_blankNodePrefix + _ids.Generate()[2..]);
        }

        // Step 3.
        for (int i = 0; i < list.Count; i++)
        {
            var embedded = new List<Triple>();
            var obj = ObjectToRdf(list[i] as JsonMap, embedded);
            if (obj is not null)
            {
                listTriples.Add(new Triple(bnodes[i], RdfVocabulary.First, obj));
            }

            listTriples.Add(new Triple(bnodes[i], RdfVocabulary.Rest, i + 1 < bnodes.Length ? bnodes[i + 1] : RdfVocabulary.Nil));
            listTriples.AddRange(embedded);
        }

        // Step 4.
        return bnodes[0];
    }

    /// <summary>The term of an IRI or blank node identifier, or null when it is not well-formed; cached.</summary>
    private Term? ResourceTerm(string id)
    {
        if (_terms.TryGetValue(id, out var term))
        {
            return term;
        }

        if (BlankNodeIdGenerator.IsBlankNodeId(id))
        {
            term = id.Length > 2 ? BlankNode.Create(_blankNodePrefix + id[2..]) : null;
        }
        else
        {
            term = IriSyntax.IsAbsolute(id) ? Iri.CreateUnchecked(id) : null;
        }

        _terms[id] = term;
        return term;
    }
}
