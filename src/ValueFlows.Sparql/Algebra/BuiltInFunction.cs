namespace ValueFlows.Sparql.Algebra;

/// <summary>The operators and built-in functions of SPARQL 1.1 (§17.3, §17.4).</summary>
public enum BuiltInFunction
{
    /// <summary><c>||</c>.</summary>
    Or,

    /// <summary><c>&amp;&amp;</c>.</summary>
    And,

    /// <summary><c>!</c>.</summary>
    Not,

    /// <summary><c>=</c>.</summary>
    Equal,

    /// <summary><c>!=</c>.</summary>
    NotEqual,

    /// <summary><c>&lt;</c>.</summary>
    Less,

    /// <summary><c>&gt;</c>.</summary>
    Greater,

    /// <summary><c>&lt;=</c>.</summary>
    LessOrEqual,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterOrEqual,

    /// <summary><c>IN</c>.</summary>
    In,

    /// <summary><c>NOT IN</c>.</summary>
    NotIn,

    /// <summary>Binary <c>+</c>.</summary>
    Add,

    /// <summary>Binary <c>-</c>.</summary>
    Subtract,

    /// <summary><c>*</c>.</summary>
    Multiply,

    /// <summary><c>/</c>.</summary>
    Divide,

    /// <summary>Unary <c>+</c>.</summary>
    UnaryPlus,

    /// <summary>Unary <c>-</c>.</summary>
    UnaryMinus,

    /// <summary><c>STR</c>.</summary>
    Str,

    /// <summary><c>LANG</c>.</summary>
    Lang,

    /// <summary><c>LANGMATCHES</c>.</summary>
    LangMatches,

    /// <summary><c>DATATYPE</c>.</summary>
    Datatype,

    /// <summary><c>BOUND</c>.</summary>
    Bound,

    /// <summary><c>IRI</c> (also written <c>URI</c>).</summary>
    Iri,

    /// <summary><c>BNODE</c> with zero or one argument.</summary>
    BNode,

    /// <summary><c>RAND</c>.</summary>
    Rand,

    /// <summary><c>ABS</c>.</summary>
    Abs,

    /// <summary><c>CEIL</c>.</summary>
    Ceil,

    /// <summary><c>FLOOR</c>.</summary>
    Floor,

    /// <summary><c>ROUND</c>.</summary>
    Round,

    /// <summary><c>CONCAT</c>.</summary>
    Concat,

    /// <summary><c>SUBSTR</c>.</summary>
    SubStr,

    /// <summary><c>STRLEN</c>.</summary>
    StrLen,

    /// <summary><c>REPLACE</c>.</summary>
    Replace,

    /// <summary><c>UCASE</c>.</summary>
    UCase,

    /// <summary><c>LCASE</c>.</summary>
    LCase,

    /// <summary><c>ENCODE_FOR_URI</c>.</summary>
    EncodeForUri,

    /// <summary><c>CONTAINS</c>.</summary>
    Contains,

    /// <summary><c>STRSTARTS</c>.</summary>
    StrStarts,

    /// <summary><c>STRENDS</c>.</summary>
    StrEnds,

    /// <summary><c>STRBEFORE</c>.</summary>
    StrBefore,

    /// <summary><c>STRAFTER</c>.</summary>
    StrAfter,

    /// <summary><c>YEAR</c>.</summary>
    Year,

    /// <summary><c>MONTH</c>.</summary>
    Month,

    /// <summary><c>DAY</c>.</summary>
    Day,

    /// <summary><c>HOURS</c>.</summary>
    Hours,

    /// <summary><c>MINUTES</c>.</summary>
    Minutes,

    /// <summary><c>SECONDS</c>.</summary>
    Seconds,

    /// <summary><c>TIMEZONE</c>.</summary>
    Timezone,

    /// <summary><c>TZ</c>.</summary>
    Tz,

    /// <summary><c>NOW</c>.</summary>
    Now,

    /// <summary><c>UUID</c>.</summary>
    Uuid,

    /// <summary><c>STRUUID</c>.</summary>
    StrUuid,

    /// <summary><c>MD5</c>.</summary>
    Md5,

    /// <summary><c>SHA1</c>.</summary>
    Sha1,

    /// <summary><c>SHA256</c>.</summary>
    Sha256,

    /// <summary><c>SHA384</c>.</summary>
    Sha384,

    /// <summary><c>SHA512</c>.</summary>
    Sha512,

    /// <summary><c>COALESCE</c>.</summary>
    Coalesce,

    /// <summary><c>IF</c>.</summary>
    If,

    /// <summary><c>STRLANG</c>.</summary>
    StrLang,

    /// <summary><c>STRDT</c>.</summary>
    StrDt,

    /// <summary><c>sameTerm</c>.</summary>
    SameTerm,

    /// <summary><c>isIRI</c> (also written <c>isURI</c>).</summary>
    IsIri,

    /// <summary><c>isBLANK</c>.</summary>
    IsBlank,

    /// <summary><c>isLITERAL</c>.</summary>
    IsLiteral,

    /// <summary><c>isNUMERIC</c>.</summary>
    IsNumeric,

    /// <summary><c>REGEX</c>.</summary>
    Regex,
}
