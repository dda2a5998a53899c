namespace ValueFlows.Sparql.Syntax;

/// <summary>
/// One token: its kind, its span in the unescaped query text, and its value (an IRI without brackets, a prefix
/// and local name joined by a colon, a label, a variable name, an unescaped string, a keyword or a punctuation).
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Start, int End)
{
    /// <summary>For prefixed names: the length of the prefix before the colon.</summary>
    public int PrefixLength { get; init; }

    public bool Is(string punctuation) => Kind == TokenKind.Punctuation && Text == punctuation;

    public bool IsKeyword(string keyword) => Kind == TokenKind.Name && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public string Describe() => Kind switch
    {
        TokenKind.End => "end of input",
        TokenKind.IriRef => $"<{Text}>",
        TokenKind.Variable => "?" + Text,
        TokenKind.String => "a string",
        TokenKind.Nil => "'()'",
        TokenKind.Anon => "'[]'",
        TokenKind.BlankNodeLabel => "_:" + Text,
        TokenKind.LangTag => "@" + Text,
        _ => $"'{Text}'",
    };
}
