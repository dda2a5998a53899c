namespace ValueFlows.Core.Model;

/// <summary>How a field's value is written in RDF.</summary>
public enum VfValueShape
{
    /// <summary>An IRI of another record (or any IRI, e.g. an accounting scope).</summary>
    Reference,

    /// <summary>An IRI of a VF action individual (<c>vf:produce</c>); inputs may give the local name.</summary>
    Action,

    /// <summary>An IRI given as a URI in GraphQL (<c>classifiedAs</c>, <c>agreedIn</c>).</summary>
    Uri,

    /// <summary>An <c>xsd:string</c> literal.</summary>
    String,

    /// <summary>An <c>xsd:boolean</c> literal.</summary>
    Boolean,

    /// <summary>An <c>xsd:decimal</c> literal.</summary>
    Decimal,

    /// <summary>An <c>xsd:dateTime</c> literal with a time zone.</summary>
    DateTime,

    /// <summary>An <c>xsd:anyURI</c> literal (<c>image</c>, DECISIONS 13).</summary>
    AnyUri,

    /// <summary>A <c>vf:Measure</c> hash node <c>{record}#{field}</c> with <c>vf:hasNumericalValue</c> and <c>vf:hasUnit</c>.</summary>
    Measure,

    /// <summary>A <c>vf:Measure</c> hash node whose unit is an OM time unit (GraphQL <c>Duration</c>, DECISIONS 9).</summary>
    Duration,
}
