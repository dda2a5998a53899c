namespace ValueFlows.Sparql.Evaluation;

/// <summary>What a <see cref="TermId"/> stands for, read from its tag without any look-up.</summary>
public enum TermIdKind
{
    /// <summary>Not a term: <see cref="TermId.Any"/> (a wildcard, or "absent") or <see cref="TermId.DefaultGraph"/>.</summary>
    Special = 0,

    /// <summary>An IRI kept in the dataset's dictionary.</summary>
    Iri = 1,

    /// <summary>A blank node kept in the dataset's dictionary.</summary>
    BlankNode = 2,

    /// <summary>A literal kept in the dataset's dictionary (strings, language strings, other datatypes, non-canonical forms).</summary>
    Literal = 3,

    /// <summary>An <c>xsd:integer</c> inlined in the id (60-bit two's complement).</summary>
    Integer = 4,

    /// <summary>An <c>xsd:decimal</c> inlined in the id (a 55-bit mantissa and the number of fraction digits).</summary>
    Decimal = 5,

    /// <summary>An <c>xsd:boolean</c> inlined in the id.</summary>
    Boolean = 6,

    /// <summary>An <c>xsd:dateTime</c> inlined in the id (milliseconds, fraction digits and the time zone as written).</summary>
    DateTime = 7,

    /// <summary>An <c>xsd:date</c> inlined in the id (day number and the time zone as written).</summary>
    Date = 8,
}
