using System.Globalization;
using System.Text.Json;
using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// The Serialize RDF as JSON-LD algorithm (JSON-LD 1.1 API §8.4 and §8.5, the API's <c>fromRdf</c>): quads to an
/// expanded document, one node object per subject, named graphs inside the node that names them, well-formed RDF
/// collections of blank nodes back to <c>@list</c>.
/// </summary>
internal sealed class RdfDeserialization
{
    private const string I18nNamespace = "https://www.w3.org/ns/i18n#";
    private const string RdfJson = RdfVocabulary.Namespace + "JSON";
    private const string RdfList = RdfVocabulary.Namespace + "List";
    private const string RdfValue = RdfVocabulary.Namespace + "value";
    private const string RdfLanguage = RdfVocabulary.Namespace + "language";
    private const string RdfDirection = RdfVocabulary.Namespace + "direction";

    private static readonly string s_type = RdfVocabulary.Type.Value;
    private static readonly string s_first = RdfVocabulary.First.Value;
    private static readonly string s_rest = RdfVocabulary.Rest.Value;
    private static readonly string s_nil = RdfVocabulary.Nil.Value;

    private readonly JsonLdOptions _options;

    public RdfDeserialization(JsonLdOptions options)
    {
        _options = options;
    }

    public List<object?> Deserialize(IEnumerable<Quad> dataset)
    {
        // Steps 1 to 4. A usage is where a blank node (or rdf:nil) is the object: the node, the property and the value.
        var defaultGraph = new JsonMap();
        var graphMap = new JsonMap { [Keywords.Default] = defaultGraph };
        var referencedOnce = new Dictionary<string, Usage?>(StringComparer.Ordinal);
        var compoundLiteralSubjects = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var nilUsages = new Dictionary<string, List<Usage>>(StringComparer.Ordinal);
        bool compoundLiterals = _options.RdfDirection == JsonLdRdfDirection.CompoundLiteral;

        // Step 5: the quads are taken as they come, each graph's node map growing as its quads appear.
        foreach (var quad in dataset)
        {
            // Steps 5.1 to 5.6.
            var name = quad.Graph is null ? Keywords.Default : Id(quad.Graph);
            if (!graphMap.TryGetValue(name, out var nm) || nm is not JsonMap nodeMap)
            {
                nodeMap = [];
                graphMap[name] = nodeMap;
                if (name != Keywords.Default && !defaultGraph.ContainsKey(name))
                {
                    defaultGraph[name] = JsonMap.Of(Keywords.Id, name);
                }
            }

            // Steps 5.7.1 and 5.7.2.
            var subject = Id(quad.Subject);
            var node = NodeOf(nodeMap, subject);
            var predicate = quad.Predicate.Value;

            // Step 5.7.3.
            if (compoundLiterals && predicate == RdfDirection)
            {
                if (!compoundLiteralSubjects.TryGetValue(name, out var subjects))
                {
                    subjects = new HashSet<string>(StringComparer.Ordinal);
                    compoundLiteralSubjects[name] = subjects;
                }

                subjects.Add(subject);
            }

            // Step 5.7.4.
            string? objectId = quad.Object is Literal ? null : Id(quad.Object);
            if (objectId is not null)
            {
                NodeOf(nodeMap, objectId);
            }

            // Step 5.7.5.
            if (predicate == s_type && !_options.UseRdfType && objectId is not null)
            {
                if (!node.TryGetValue(Keywords.Type, out var t) || t is not List<object?> types)
                {
                    types = [];
                    node[Keywords.Type] = types;
                }

                if (!types.Contains(objectId))
                {
                    types.Add(objectId);
                }

                // A blank node used as a type is referenced: if it also heads a list, the list must stay nodes, or the
                // type would point at a node that is no longer there.
                if (BlankNodeIdGenerator.IsBlankNodeId(objectId))
                {
                    referencedOnce[objectId] = null;
                }

                continue;
            }

            // Steps 5.7.6 to 5.7.8.
            var value = ObjectToJson(quad.Object, objectId);
            if (!node.TryGetValue(predicate, out var existing) || existing is not List<object?> values)
            {
                values = [];
                node[predicate] = values;
            }

            if (Find(values, value) is not null)
            {
                // The same triple again: a dataset is a set, so it adds nothing and is no second reference.
                continue;
            }

            values.Add(value);
            var stored = value;

            if (objectId == s_nil)
            {
                // Step 5.7.9.
                if (!nilUsages.TryGetValue(name, out var usages))
                {
                    usages = [];
                    nilUsages[name] = usages;
                }

                usages.Add(new Usage(node, predicate, stored));
            }
            else if (objectId is not null && referencedOnce.ContainsKey(objectId))
            {
                // Step 5.7.10.
                referencedOnce[objectId] = null;
            }
            else if (objectId is not null && BlankNodeIdGenerator.IsBlankNodeId(objectId))
            {
                // Step 5.7.11.
                referencedOnce[objectId] = new Usage(node, predicate, stored);
            }
        }

        // Step 6.
        foreach (var (name, g) in graphMap)
        {
            var graphObject = (JsonMap)g!;

            // Step 6.1.
            if (compoundLiteralSubjects.TryGetValue(name, out var literals))
            {
                ReplaceCompoundLiterals(graphObject, literals, referencedOnce);
            }

            // Steps 6.2 to 6.4.
            if (nilUsages.TryGetValue(name, out var usages) && graphObject.ContainsKey(s_nil))
            {
                foreach (var usage in usages)
                {
                    RebuildList(graphObject, usage, referencedOnce);
                }
            }
        }

        // Steps 7 to 9.
        var result = new List<object?>();
        bool ordered = _options.Ordered;
        foreach (var subject in defaultGraph.KeysInOrder(ordered))
        {
            var node = (JsonMap)defaultGraph[subject]!;
            if (graphMap.TryGetValue(subject, out var sg) && subject != Keywords.Default && sg is JsonMap subjectGraph)
            {
                var graph = new List<object?>();
                foreach (var s in subjectGraph.KeysInOrder(ordered))
                {
                    var n = (JsonMap)subjectGraph[s]!;
                    if (!IsOnlyId(n))
                    {
                        graph.Add(n);
                    }
                }

                node[Keywords.Graph] = graph;
            }

            if (!IsOnlyId(node))
            {
                result.Add(node);
            }
        }

        return result;
    }

    private static bool IsOnlyId(JsonMap node) => node.Count == 1 && node.ContainsKey(Keywords.Id);

    private static string Id(Term term) => term is BlankNode b ? "_:" + b.Label : ((Iri)term).Value;

    private static JsonMap NodeOf(JsonMap nodeMap, string id)
    {
        if (nodeMap.TryGetValue(id, out var n) && n is JsonMap node)
        {
            return node;
        }

        node = JsonMap.Of(Keywords.Id, id);
        nodeMap[id] = node;
        return node;
    }

    private static JsonMap? Find(List<object?> values, JsonMap value)
    {
        foreach (var v in values)
        {
            if (JsonModel.DeepEquals(v, value))
            {
                return (JsonMap)v!;
            }
        }

        return null;
    }

    /// <summary>Step 6.1: blank nodes with rdf:value, rdf:language and rdf:direction back to value objects.</summary>
    private static void ReplaceCompoundLiterals(JsonMap graphObject, HashSet<string> literals, Dictionary<string, Usage?> referencedOnce)
    {
        foreach (var cl in literals)
        {
            // Steps 6.1.1 to 6.1.5.
            if (!referencedOnce.TryGetValue(cl, out var usage) || usage is null)
            {
                continue;
            }

            if (!graphObject.TryGetValue(cl, out var c) || c is not JsonMap clNode)
            {
                continue;
            }

            graphObject.Remove(cl);

            // Step 6.1.6.
            if (usage.Node.Get(usage.Property) is not List<object?> references)
            {
                continue;
            }

            foreach (var r in references)
            {
                if (r is not JsonMap reference || reference.Get(Keywords.Id) as string != cl)
                {
                    continue;
                }

                reference.Remove(Keywords.Id);
                reference[Keywords.Value] = FirstValue(clNode, RdfValue);
                if (FirstValue(clNode, RdfLanguage) is { } language)
                {
                    if (language is not string tag || !LanguageTags.IsWellFormed(tag))
                    {
                        throw new JsonLdException(JsonLdErrorCode.InvalidLanguageTaggedString, $"The compound literal {cl} has the language {JsonModel.Describe(language)}.");
                    }

                    reference[Keywords.Language] = language;
                }

                if (FirstValue(clNode, RdfDirection) is { } direction)
                {
                    if (direction is not ("ltr" or "rtl"))
                    {
                        throw new JsonLdException(JsonLdErrorCode.InvalidBaseDirection, $"The compound literal {cl} has the direction {JsonModel.Describe(direction)}.");
                    }

                    reference[Keywords.Direction] = direction;
                }
            }
        }
    }

    private static object? FirstValue(JsonMap node, string property) =>
        node.Get(property) is List<object?> { Count: > 0 } values && values[0] is JsonMap v ? v.Get(Keywords.Value) : null;

    /// <summary>Step 6.4: walks a list back from its rdf:nil to its head, while every node is a well-formed list node.</summary>
    private static void RebuildList(JsonMap graphObject, Usage usage, Dictionary<string, Usage?> referencedOnce)
    {
        // Steps 6.4.1 and 6.4.2.
        var node = usage.Node;
        var property = usage.Property;
        var head = usage.Value;
        var list = new List<object?>();
        var listNodes = new List<string>();

        // Step 6.4.3.
        while (property == s_rest && node.Get(Keywords.Id) is string id && BlankNodeIdGenerator.IsBlankNodeId(id)
            && referencedOnce.TryGetValue(id, out var nodeUsage) && nodeUsage is not null && IsWellFormedListNode(node))
        {
            list.Add(((List<object?>)node[s_first]!)[0]);
            listNodes.Add(id);
            node = nodeUsage.Node;
            property = nodeUsage.Property;
            head = nodeUsage.Value;
            if (node.Get(Keywords.Id) is string nextId && !BlankNodeIdGenerator.IsBlankNodeId(nextId))
            {
                break;
            }
        }

        // Steps 6.4.4 to 6.4.7.
        head.Remove(Keywords.Id);
        list.Reverse();
        head[Keywords.List] = list;
        foreach (var nodeId in listNodes)
        {
            graphObject.Remove(nodeId);
        }
    }

    private static bool IsWellFormedListNode(JsonMap node)
    {
        if (node.Get(s_first) is not List<object?> { Count: 1 } || node.Get(s_rest) is not List<object?> { Count: 1 })
        {
            return false;
        }

        foreach (var (key, value) in node)
        {
            if (key == Keywords.Id || key == s_first || key == s_rest)
            {
                continue;
            }

            if (key == Keywords.Type && value is List<object?> { Count: 1 } types && types[0] as string == RdfList)
            {
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>The RDF to Object Conversion algorithm (§8.5.2).</summary>
    private JsonMap ObjectToJson(Term term, string? id)
    {
        // Step 1.
        if (id is not null)
        {
            return JsonMap.Of(Keywords.Id, id);
        }

        // Steps 2.1 to 2.3.
        var literal = (Literal)term;
        var result = new JsonMap(2);
        object convertedValue = literal.Value;
        string? type = null;
        var datatype = literal.Datatype.Value;

        if (_options.UseNativeTypes && (datatype == Xsd.String.Value || datatype == Xsd.Boolean.Value
            || datatype == Xsd.Integer.Value || datatype == Xsd.Double.Value))
        {
            // Step 2.4.
            if (datatype == Xsd.Boolean.Value)
            {
                if (literal.Value is "true" or "1")
                {
                    convertedValue = true;
                }
                else if (literal.Value is "false" or "0")
                {
                    convertedValue = false;
                }
                else
                {
                    type = datatype;
                }
            }
            else if (datatype != Xsd.String.Value)
            {
                if (TryParseNumber(literal.Value, datatype == Xsd.Integer.Value, out var number))
                {
                    convertedValue = number;
                }
                else
                {
                    type = datatype;
                }
            }
        }
        else if (!_options.ProcessingMode.Equals(JsonLdProcessingMode.JsonLd10) && datatype == RdfJson)
        {
            // Step 2.5.
            try
            {
                using var document = JsonDocument.Parse(literal.Value);
                convertedValue = JsonModel.FromElement(document.RootElement)!;
            }
            catch (JsonException e)
            {
                throw new JsonLdException(JsonLdErrorCode.InvalidJsonLiteral, $"The rdf:JSON literal {JsonModel.Describe(literal.Value)} is not JSON: {e.Message}", null, e);
            }

            if (convertedValue is null)
            {
                result[Keywords.Value] = null;
                result[Keywords.Type] = Keywords.Json;
                return result;
            }

            type = Keywords.Json;
        }
        else if (datatype.StartsWith(I18nNamespace, StringComparison.Ordinal) && _options.RdfDirection == JsonLdRdfDirection.I18nDatatype)
        {
            // Step 2.6.
            var fragment = datatype[I18nNamespace.Length..];
            int underscore = fragment.IndexOf('_', StringComparison.Ordinal);
            var language = underscore < 0 ? fragment : fragment[..underscore];
            if (language.Length > 0)
            {
                result[Keywords.Language] = language;
            }

            if (underscore >= 0)
            {
                result[Keywords.Direction] = fragment[(underscore + 1)..];
            }
        }
        else if (literal.Language is not null)
        {
            // Step 2.7.
            result[Keywords.Language] = literal.Language;
        }
        else if (datatype != Xsd.String.Value)
        {
            // Step 2.8.
            type = datatype;
        }

        // Steps 2.9 to 2.11.
        var value = new JsonMap(3) { [Keywords.Value] = convertedValue };
        foreach (var (k, v) in result)
        {
            value[k] = v;
        }

        if (type is not null)
        {
            value[Keywords.Type] = type;
        }

        return value;
    }

    /// <summary>An <c>xsd:integer</c> or <c>xsd:double</c> lexical form as a JSON number, when it is a valid, finite one.</summary>
    private static bool TryParseNumber(string lexical, bool integer, out double number)
    {
        number = 0;
        if (lexical.Length == 0)
        {
            return false;
        }

        int i = lexical[0] is '+' or '-' ? 1 : 0;
        if (integer)
        {
            if (i == lexical.Length)
            {
                return false;
            }

            for (int j = i; j < lexical.Length; j++)
            {
                if (!char.IsAsciiDigit(lexical[j]))
                {
                    return false;
                }
            }
        }
        else
        {
            bool digits = false;
            while (i < lexical.Length && char.IsAsciiDigit(lexical[i]))
            {
                i++;
                digits = true;
            }

            if (i < lexical.Length && lexical[i] == '.')
            {
                i++;
                while (i < lexical.Length && char.IsAsciiDigit(lexical[i]))
                {
                    i++;
                    digits = true;
                }
            }

            if (!digits)
            {
                return false;
            }

            if (i < lexical.Length && lexical[i] is 'e' or 'E')
            {
                i++;
                if (i < lexical.Length && lexical[i] is '+' or '-')
                {
                    i++;
                }

                int start = i;
                while (i < lexical.Length && char.IsAsciiDigit(lexical[i]))
                {
                    i++;
                }

                if (i == start)
                {
                    return false;
                }
            }

            if (i != lexical.Length)
            {
                return false;
            }
        }

        return double.TryParse(lexical, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
    }

    /// <summary>Where a blank node or rdf:nil is the object: the subject's node, the property, and the value in its array.</summary>
    private sealed record Usage(JsonMap Node, string Property, JsonMap Value);
}
