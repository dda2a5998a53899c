using ValueFlows.Sparql.Syntax;

namespace ValueFlows.Sparql.Tests.Syntax;

/// <summary>Longest-match tokenizing of the terminals of §19.8.</summary>
public class SparqlTokenizerTests
{
    private static List<string> Tokens(string text) =>
        SparqlTokenizer.Tokenize(SourceText.Create(text)).Where(t => t.Kind != TokenKind.End).Select(t => $"{t.Kind}:{t.Text}").ToList();

    [Theory]
    [InlineData("ex:a.b. ", "PrefixedName:ex:a.b|Punctuation:.")]
    [InlineData(":a\\.b%20c:d", "PrefixedName::a.b%20c:d")]
    [InlineData("ex.1:x", "PrefixedName:ex.1:x")]
    [InlineData("_:b.1. _:x", "BlankNodeLabel:b.1|Punctuation:.|BlankNodeLabel:x")]
    [InlineData("?x+1 -2.5 +.5e-3 1.", "Variable:x|Integer:+1|Decimal:-2.5|Double:+.5e-3|Integer:1|Punctuation:.")]
    [InlineData("?a<?b> ?a < ?b <=", "Variable:a|IriRef:?b|Variable:a|Punctuation:<|Variable:b|Punctuation:<=")]
    [InlineData("( ) [\n] ( ?x", "Nil:()|Anon:[]|Punctuation:(|Variable:x")]
    [InlineData("'''a\nb''' \"x\\ty\" # comment\n$v", "String:a\nb|String:x\ty|Variable:v")]
    [InlineData("\"a\"@en-GB ^^ ^ && || != !", "String:a|LangTag:en-GB|Punctuation:^^|Punctuation:^|Punctuation:&&|Punctuation:OR|Punctuation:!=|Punctuation:!")]
    [InlineData("SELECT a GROUP_CONCAT", "Name:SELECT|Name:a|Name:GROUP_CONCAT")]
    [InlineData("?", "Punctuation:?")]
    public void Tokenize_Input_GivesLongestMatches(string text, string expected) =>
        Assert.Equal(expected.Split('|').Select(t => t.Replace("OR", "||", StringComparison.Ordinal)), Tokens(text));

    [Theory]
    [InlineData("\"open", "Unterminated string")]
    [InlineData("'a\nb'", "Line break in a short string")]
    [InlineData("ex:a%2", "Invalid percent escape")]
    [InlineData("@", "Expected a language tag")]
    [InlineData("&", "Expected '&&'")]
    [InlineData("`", "Unexpected character")]
    public void Tokenize_BadInput_Throws(string text, string reason)
    {
        var error = Assert.Throws<SparqlSyntaxException>(() => Tokens(text));
        Assert.Contains(reason, error.Detail, StringComparison.Ordinal);
    }
}
