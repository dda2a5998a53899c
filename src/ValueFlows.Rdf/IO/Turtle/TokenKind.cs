namespace ValueFlows.Rdf;

/// <summary>The terminals of the Turtle family grammars, as <see cref="TurtleLexer"/> reports them.</summary>
internal enum TokenKind
{
    EndOfInput,

    /// <summary><c>&lt;…&gt;</c>; the content excludes the angle brackets.</summary>
    IriRef,

    /// <summary>PNAME_NS or PNAME_LN; the content is the whole name, <see cref="TurtleLexer.Colon"/> splits it.</summary>
    PrefixedName,

    /// <summary><c>_:label</c>; the content is the label.</summary>
    BlankNodeLabel,

    /// <summary>One of the four string forms; the content excludes the quotes.</summary>
    String,

    /// <summary><c>@tag</c> (also <c>@prefix</c> and <c>@base</c>); the content excludes '@'.</summary>
    LangTag,

    Integer,
    Decimal,
    Double,

    /// <summary>A bare word that is not a prefixed name: <c>a</c>, <c>true</c>, <c>false</c>, <c>PREFIX</c>, <c>BASE</c>, <c>GRAPH</c>, or an error.</summary>
    Word,

    DoubleCaret,
    Dot,
    Semicolon,
    Comma,
    OpenBracket,
    CloseBracket,
    OpenParen,
    CloseParen,
    OpenBrace,
    CloseBrace,
}
