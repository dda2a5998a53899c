using System.Globalization;
using System.Runtime.CompilerServices;

namespace ValueFlows.Rdf;

/// <summary>The element productions of the RDF/XML grammar: rdf:RDF, node elements and property elements.</summary>
public sealed partial class RdfXmlReader
{
    private readonly Dictionary<(string Namespace, string LocalName), Iri> _names = new(AtomizedNameComparer.Instance);
    private readonly List<(Iri Predicate, string Value)> _propertyAttributes = [];
    private readonly Dictionary<string, Iri> _absoluteIris = new(StringComparer.Ordinal);
    private string? _idAttribute;
    private string? _nodeIdAttribute;
    private string? _aboutAttribute;
    private string? _resourceAttribute;
    private string? _datatypeAttribute;
    private string? _parseTypeAttribute;
    private string? _typeAttribute;
    private string? _baseAttribute;
    private string? _languageAttribute;

    private void OnStartElement()
    {
        var kind = Top.Kind;
        if (kind == FrameKind.Literal)
        {
            _literal.StartElement(_xml);
            if (_xml.IsEmptyElement)
            {
                _literal.EndElement();
            }

            return;
        }

        if (kind == FrameKind.Ignored || StartsWithXml(_xml.Prefix) || (_xml.Prefix.Length == 0 && StartsWithXml(_xml.LocalName)))
        {
            // The grammar does not map elements with reserved XML names to events.
            Push(new Frame { Kind = FrameKind.Ignored });
            if (_xml.IsEmptyElement)
            {
                Pop();
            }

            return;
        }

        string ns = _xml.NamespaceURI;
        if (ns.Length == 0)
        {
            throw Error($"The element <{_xml.Name}> has no namespace; RDF/XML element names must be namespace-qualified IRIs.");
        }

        var name = string.Equals(ns, RdfVocabulary.Namespace, StringComparison.Ordinal)
            ? RdfXmlNames.Classify(_xml.LocalName)
            : RdfSyntaxName.Other;
        ReadAttributes(out string? elementBase, out string? language);
        switch (kind)
        {
            case FrameKind.Document when name == RdfSyntaxName.Rdf:
                StartRdf(elementBase, language);
                break;
            case FrameKind.Document or FrameKind.Rdf or FrameKind.Collection:
                StartNode(ns, name, elementBase, language);
                break;
            case FrameKind.Property:
                BeforeNodeInProperty();
                StartNode(ns, name, elementBase, language);
                break;
            default:
                StartProperty(ns, name, elementBase, language);
                break;
        }

        if (_xml.IsEmptyElement)
        {
            OnEndElement();
        }
    }

    private static bool StartsWithXml(string name) => name.StartsWith("xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the attributes of the current element into the attribute fields; works out its base and language.</summary>
    private void ReadAttributes(out string? elementBase, out string? language)
    {
        _propertyAttributes.Clear();
        _idAttribute = _nodeIdAttribute = _aboutAttribute = _resourceAttribute = null;
        _datatypeAttribute = _parseTypeAttribute = _typeAttribute = _baseAttribute = _languageAttribute = null;
        if (_xml.MoveToFirstAttribute())
        {
            do
            {
                ReadAttribute();
            }
            while (_xml.MoveToNextAttribute());
            _xml.MoveToElement();
        }

        ref Frame parent = ref Top;
        elementBase = parent.Base;
        if (_baseAttribute is not null)
        {
            elementBase = Resolve(parent.Base, _baseAttribute).Value;
            if (_depth == 1)
            {
                DeclareBase(elementBase);
            }
        }

        language = _languageAttribute is null ? parent.Language
            : _languageAttribute.Length == 0 ? null
            : _languageAttribute.ToLowerInvariant();
    }

    private void ReadAttribute()
    {
        string ns = _xml.NamespaceURI;
        string local = _xml.LocalName;
        if (string.Equals(ns, RdfXmlNames.XmlnsNamespace, StringComparison.Ordinal))
        {
            DeclarePrefix(_xml.Prefix.Length == 0 ? string.Empty : local, _xml.Value);
            return;
        }

        if (string.Equals(ns, RdfXmlNames.XmlNamespace, StringComparison.Ordinal))
        {
            if (string.Equals(local, "lang", StringComparison.Ordinal))
            {
                string tag = _xml.Value;
                if (tag.Length > 0 && !LanguageTag.IsWellFormed(tag))
                {
                    throw Error($"xml:lang=\"{tag}\" is not a well-formed language tag.");
                }

                _languageAttribute = tag;
            }
            else if (string.Equals(local, "base", StringComparison.Ordinal))
            {
                _baseAttribute = _xml.Value;
            }

            return;
        }

        string prefix = _xml.Prefix;
        if (StartsWithXml(prefix) || (prefix.Length == 0 && StartsWithXml(local)))
        {
            return;
        }

        RdfSyntaxName name;
        if (ns.Length == 0)
        {
            // RDF/XML keeps a few unqualified attribute names of its 1999 version.
            name = RdfXmlNames.Classify(local);
            if (name is not (RdfSyntaxName.Id or RdfSyntaxName.About or RdfSyntaxName.ParseType or RdfSyntaxName.Resource or RdfSyntaxName.Type))
            {
                throw Error($"The attribute '{local}' has no namespace; RDF/XML attributes must be namespace-qualified.");
            }
        }
        else if (string.Equals(ns, RdfVocabulary.Namespace, StringComparison.Ordinal))
        {
            name = RdfXmlNames.Classify(local);
        }
        else
        {
            _propertyAttributes.Add((NameIri(ns, local), _xml.Value));
            return;
        }

        switch (name)
        {
            case RdfSyntaxName.Id:
                _idAttribute = SetOnce(_idAttribute, "rdf:ID", CheckNCName("rdf:ID"));
                break;
            case RdfSyntaxName.NodeId:
                _nodeIdAttribute = SetOnce(_nodeIdAttribute, "rdf:nodeID", CheckNCName("rdf:nodeID"));
                break;
            case RdfSyntaxName.About:
                _aboutAttribute = SetOnce(_aboutAttribute, "rdf:about", _xml.Value);
                break;
            case RdfSyntaxName.Resource:
                _resourceAttribute = SetOnce(_resourceAttribute, "rdf:resource", _xml.Value);
                break;
            case RdfSyntaxName.Datatype:
                _datatypeAttribute = _xml.Value;
                break;
            case RdfSyntaxName.ParseType:
                _parseTypeAttribute = SetOnce(_parseTypeAttribute, "rdf:parseType", _xml.Value);
                break;
            case RdfSyntaxName.Type:
                _typeAttribute = SetOnce(_typeAttribute, "rdf:type", _xml.Value);
                break;
            case RdfSyntaxName.Version:
                // RDF 1.2's version marker; it states no triple.
                break;
            case RdfSyntaxName.Rdf or RdfSyntaxName.Description or RdfSyntaxName.Li:
                throw Error($"rdf:{local} cannot be used as an attribute.");
            case RdfSyntaxName.AboutEach or RdfSyntaxName.AboutEachPrefix or RdfSyntaxName.BagId:
                throw Error($"rdf:{local} was withdrawn from RDF and is not allowed.");
            default:
                _propertyAttributes.Add((NameIri(ns, local), _xml.Value));
                break;
        }
    }

    private string SetOnce(string? current, string attribute, string value) =>
        current is null ? value : throw Error($"{attribute} is given twice (qualified and unqualified).");

    private string CheckNCName(string attribute)
    {
        string value = _xml.Value;
        return RdfXmlNames.IsNCName(value)
            ? value
            : throw Error($"{attribute}=\"{value}\" is not an XML NCName (a name without ':' that starts with a letter or '_').");
    }

    private void StartRdf(string? elementBase, string? language)
    {
        if (_idAttribute is not null || _nodeIdAttribute is not null || _aboutAttribute is not null || _resourceAttribute is not null
            || _datatypeAttribute is not null || _parseTypeAttribute is not null || _typeAttribute is not null || _propertyAttributes.Count > 0)
        {
            throw Error("rdf:RDF takes no attributes besides namespace declarations, xml:base and xml:lang.");
        }

        Push(new Frame { Kind = FrameKind.Rdf, Base = elementBase, Language = language });
    }

    /// <summary>The <c>nodeElement</c> production: works out the subject, links it to the parent, emits its attributes' triples.</summary>
    private void StartNode(string ns, RdfSyntaxName name, string? elementBase, string? language)
    {
        if (RdfXmlNames.IsCoreOrOld(name) || name == RdfSyntaxName.Li)
        {
            throw Error($"rdf:{_xml.LocalName} cannot be used as a node element.");
        }

        if (_resourceAttribute is not null || _datatypeAttribute is not null || _parseTypeAttribute is not null)
        {
            string attribute = _resourceAttribute is not null ? "rdf:resource" : _datatypeAttribute is not null ? "rdf:datatype" : "rdf:parseType";
            throw Error($"{attribute} is not allowed on a node element.");
        }

        if ((_idAttribute is not null ? 1 : 0) + (_nodeIdAttribute is not null ? 1 : 0) + (_aboutAttribute is not null ? 1 : 0) > 1)
        {
            throw Error("A node element takes at most one of rdf:ID, rdf:nodeID and rdf:about.");
        }

        Term subject = _idAttribute is not null ? ReserveId(elementBase, _idAttribute)
            : _nodeIdAttribute is not null ? BlankNodeFor(_nodeIdAttribute)
            : _aboutAttribute is not null ? Resolve(elementBase, _aboutAttribute)
            : NewBlankNode();

        ref Frame parent = ref Top;
        if (parent.Kind == FrameKind.Property)
        {
            EmitReified(parent.Subject!, parent.Predicate!, subject, parent.Reification);
        }
        else if (parent.Kind == FrameKind.Collection)
        {
            var cell = NewBlankNode();
            if (parent.Object is null)
            {
                EmitReified(parent.Subject!, parent.Predicate!, cell, parent.Reification);
            }
            else
            {
                Emit(parent.Object, RdfVocabulary.Rest, cell);
            }

            Emit(cell, RdfVocabulary.First, subject);
            parent.Object = cell;
        }

        if (name != RdfSyntaxName.Description)
        {
            Emit(subject, RdfVocabulary.Type, NameIri(ns, _xml.LocalName));
        }

        EmitAttributeTriples(subject, elementBase, language);
        Push(new Frame { Kind = FrameKind.Node, Subject = subject, Base = elementBase, Language = language, LiCounter = 1 });
    }

    /// <summary>The triples of rdf:type and property attributes, about <paramref name="subject"/>.</summary>
    private void EmitAttributeTriples(Term subject, string? elementBase, string? language)
    {
        if (_typeAttribute is not null)
        {
            Emit(subject, RdfVocabulary.Type, Resolve(elementBase, _typeAttribute));
        }

        foreach (var (predicate, value) in _propertyAttributes)
        {
            Emit(subject, predicate, MakeLiteral(value, null, language));
        }
    }

    /// <summary>Checks that the pending property element may hold the node element that starts now.</summary>
    private void BeforeNodeInProperty()
    {
        ref Frame property = ref Top;
        if (property.State == PropertyState.Empty)
        {
            throw Error("A property element with rdf:resource, rdf:nodeID or property attributes must be empty.");
        }

        if (property.State == PropertyState.HasNode)
        {
            throw Error("A property element holds at most one node element.");
        }

        if (property.Datatype is not null)
        {
            throw Error("A property element with rdf:datatype holds text, not a node element.");
        }

        if (!TextIsWhiteSpace())
        {
            throw Error("A property element holds either a node element or text, not both.");
        }

        ResetText();
        property.State = PropertyState.HasNode;
    }

    /// <summary>The <c>propertyElt</c> production, up to what the element's content decides.</summary>
    private void StartProperty(string ns, RdfSyntaxName name, string? elementBase, string? language)
    {
        ref Frame parent = ref Top;
        var subject = parent.Subject!;
        Iri predicate;
        if (name == RdfSyntaxName.Li)
        {
            predicate = Iri.CreateUnchecked(RdfVocabulary.Namespace + "_" + parent.LiCounter.ToString(CultureInfo.InvariantCulture));
            parent.LiCounter++;
        }
        else if (RdfXmlNames.IsCoreOrOld(name) || name == RdfSyntaxName.Description)
        {
            throw Error($"rdf:{_xml.LocalName} cannot be used as a property element.");
        }
        else
        {
            predicate = NameIri(ns, _xml.LocalName);
        }

        if (_aboutAttribute is not null)
        {
            throw Error("rdf:about is not allowed on a property element.");
        }

        var reification = _idAttribute is null ? null : ReserveId(elementBase, _idAttribute);
        if (_parseTypeAttribute is not null)
        {
            StartParseTypeProperty(subject, predicate, reification, elementBase, language);
            return;
        }

        if (_resourceAttribute is not null && _nodeIdAttribute is not null)
        {
            throw Error("A property element takes rdf:resource or rdf:nodeID, not both.");
        }

        bool hasObjectAttributes = _resourceAttribute is not null || _nodeIdAttribute is not null
            || _typeAttribute is not null || _propertyAttributes.Count > 0;
        if (_datatypeAttribute is not null && hasObjectAttributes)
        {
            throw Error("rdf:datatype cannot be combined with rdf:resource, rdf:nodeID or property attributes.");
        }

        if (hasObjectAttributes)
        {
            Term @object = _resourceAttribute is not null ? Resolve(elementBase, _resourceAttribute)
                : _nodeIdAttribute is not null ? BlankNodeFor(_nodeIdAttribute)
                : NewBlankNode();
            EmitAttributeTriples(@object, elementBase, language);
            EmitReified(subject, predicate, @object, reification);
            Push(new Frame { Kind = FrameKind.Property, State = PropertyState.Empty, Base = elementBase, Language = language });
            return;
        }

        Iri? datatype = null;
        if (_datatypeAttribute is not null)
        {
            datatype = Resolve(elementBase, _datatypeAttribute);
            if (datatype.Equals(RdfVocabulary.LangString))
            {
                throw Error("rdf:datatype cannot be rdf:langString; use xml:lang.");
            }

            if (datatype.Equals(Xsd.String))
            {
                datatype = Xsd.String;
            }
        }

        ResetText();
        Push(new Frame
        {
            Kind = FrameKind.Property,
            State = PropertyState.Pending,
            Base = elementBase,
            Language = language,
            Subject = subject,
            Predicate = predicate,
            Reification = reification,
            Datatype = datatype,
        });
    }

    private void StartParseTypeProperty(Term subject, Iri predicate, Iri? reification, string? elementBase, string? language)
    {
        string? other = _resourceAttribute is not null ? "rdf:resource"
            : _nodeIdAttribute is not null ? "rdf:nodeID"
            : _datatypeAttribute is not null ? "rdf:datatype"
            : _typeAttribute is not null || _propertyAttributes.Count > 0 ? "property attributes"
            : null;
        if (other is not null)
        {
            throw Error($"rdf:parseType cannot be combined with {other}.");
        }

        switch (_parseTypeAttribute)
        {
            case "Resource":
                var node = NewBlankNode();
                EmitReified(subject, predicate, node, reification);
                Push(new Frame { Kind = FrameKind.Node, Subject = node, Base = elementBase, Language = language, LiCounter = 1 });
                break;
            case "Collection":
                Push(new Frame
                {
                    Kind = FrameKind.Collection,
                    Base = elementBase,
                    Language = language,
                    Subject = subject,
                    Predicate = predicate,
                    Reification = reification,
                });
                break;
            default:
                // "Literal", and every other value, which the grammar reads as "Literal".
                _literal.Begin();
                Push(new Frame
                {
                    Kind = FrameKind.Literal,
                    Base = elementBase,
                    Language = language,
                    Subject = subject,
                    Predicate = predicate,
                    Reification = reification,
                });
                break;
        }
    }

    /// <summary>The IRI of an rdf:ID, checked to be used once per document.</summary>
    private Iri ReserveId(string? elementBase, string id)
    {
        var iri = Resolve(elementBase, "#" + id);
        return _rdfIds.Add(iri.Value) ? iri : throw Error($"rdf:ID=\"{id}\" is used twice (both name <{iri.Value}>).");
    }

    /// <summary>Resolves an IRI reference against the element's base IRI.</summary>
    private Iri Resolve(string? baseIri, string reference)
    {
        if (_absoluteIris.TryGetValue(reference, out var known))
        {
            return known;
        }

        if (IriSyntax.TryValidateAbsolute(reference, out _) && !RdfXmlNames.MayHaveDotSegments(reference))
        {
            // Datatypes, classes and shared objects repeat; the cache is dropped when full to keep memory bounded.
            if (_absoluteIris.Count >= 8192)
            {
                _absoluteIris.Clear();
            }

            known = Iri.CreateUnchecked(reference);
            _absoluteIris[reference] = known;
            return known;
        }

        if (baseIri is null)
        {
            _ = IriSyntax.TryValidateReference(reference, out string? error);
            throw Error(error is null
                ? $"The relative IRI <{reference}> needs a base IRI (xml:base, or the reader options)."
                : $"Invalid IRI <{reference}>: {error}.");
        }

        try
        {
            return Iri.CreateUnchecked(IriSyntax.Resolve(baseIri, reference));
        }
        catch (FormatException e)
        {
            throw new RdfSyntaxException(e.Message, TextRange.At(CurrentPosition()), e);
        }
    }

    /// <summary>The IRI of an element or attribute name, cached: System.Xml hands out the same name strings each time.</summary>
    private Iri NameIri(string ns, string local)
    {
        if (_names.TryGetValue((ns, local), out var iri))
        {
            return iri;
        }

        string value = ns + local;
        if (!IriSyntax.TryValidateAbsolute(value, out string? error))
        {
            throw Error($"The name {_xml.Name} stands for <{value}>, which is not an absolute IRI: {error}.");
        }

        if (_names.Count >= 4096)
        {
            _names.Clear();
        }

        iri = Iri.CreateUnchecked(value);
        _names[(ns, local)] = iri;
        return iri;
    }

    /// <summary>Compares name pairs by reference: the XML name table atomizes names, so equal names are the same string.</summary>
    private sealed class AtomizedNameComparer : IEqualityComparer<(string Namespace, string LocalName)>
    {
        public static readonly AtomizedNameComparer Instance = new();

        public bool Equals((string Namespace, string LocalName) x, (string Namespace, string LocalName) y) =>
            ReferenceEquals(x.Namespace, y.Namespace) && ReferenceEquals(x.LocalName, y.LocalName);

        public int GetHashCode((string Namespace, string LocalName) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Namespace), RuntimeHelpers.GetHashCode(obj.LocalName));
    }
}
