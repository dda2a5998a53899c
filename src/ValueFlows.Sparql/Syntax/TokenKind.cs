namespace ValueFlows.Sparql.Syntax;

/// <summary>The terminals of the SPARQL grammar (§19.8) as the tokenizer groups them.</summary>
internal enum TokenKind
{
    End,
    IriRef,
    PrefixedName,
    BlankNodeLabel,
    Variable,
    LangTag,
    Integer,
    Decimal,
    Double,
    String,
    Name,
    Nil,
    Anon,
    Punctuation,
}
