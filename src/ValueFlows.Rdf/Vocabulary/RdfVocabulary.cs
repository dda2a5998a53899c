namespace ValueFlows.Rdf;

/// <summary>The RDF namespace terms the parsers and writers need.</summary>
public static class RdfVocabulary
{
    /// <summary>The RDF namespace.</summary>
    public const string Namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

#pragma warning disable CS1591 // The names are the RDF vocabulary names.
    public static readonly Iri Type = Iri.CreateUnchecked(Namespace + "type");
    public static readonly Iri First = Iri.CreateUnchecked(Namespace + "first");
    public static readonly Iri Rest = Iri.CreateUnchecked(Namespace + "rest");
    public static readonly Iri Nil = Iri.CreateUnchecked(Namespace + "nil");
    public static readonly Iri LangString = Iri.CreateUnchecked(Namespace + "langString");
    public static readonly Iri XmlLiteral = Iri.CreateUnchecked(Namespace + "XMLLiteral");
    public static readonly Iri Subject = Iri.CreateUnchecked(Namespace + "subject");
    public static readonly Iri Predicate = Iri.CreateUnchecked(Namespace + "predicate");
    public static readonly Iri Object = Iri.CreateUnchecked(Namespace + "object");
    public static readonly Iri Statement = Iri.CreateUnchecked(Namespace + "Statement");
#pragma warning restore CS1591
}
