using System.Collections.Frozen;

namespace ValueFlows.Sparql.Algebra;

/// <summary>The SPARQL keyword and arity of each built-in function, for the parser and the writers.</summary>
internal static class BuiltInFunctions
{
    private static readonly (BuiltInFunction Function, string Keyword, int Min, int Max)[] s_calls =
    [
        (BuiltInFunction.Str, "STR", 1, 1),
        (BuiltInFunction.Lang, "LANG", 1, 1),
        (BuiltInFunction.LangMatches, "LANGMATCHES", 2, 2),
        (BuiltInFunction.Datatype, "DATATYPE", 1, 1),
        (BuiltInFunction.Bound, "BOUND", 1, 1),
        (BuiltInFunction.Iri, "IRI", 1, 1),
        (BuiltInFunction.BNode, "BNODE", 0, 1),
        (BuiltInFunction.Rand, "RAND", 0, 0),
        (BuiltInFunction.Abs, "ABS", 1, 1),
        (BuiltInFunction.Ceil, "CEIL", 1, 1),
        (BuiltInFunction.Floor, "FLOOR", 1, 1),
        (BuiltInFunction.Round, "ROUND", 1, 1),
        (BuiltInFunction.Concat, "CONCAT", 0, int.MaxValue),
        (BuiltInFunction.SubStr, "SUBSTR", 2, 3),
        (BuiltInFunction.StrLen, "STRLEN", 1, 1),
        (BuiltInFunction.Replace, "REPLACE", 3, 4),
        (BuiltInFunction.UCase, "UCASE", 1, 1),
        (BuiltInFunction.LCase, "LCASE", 1, 1),
        (BuiltInFunction.EncodeForUri, "ENCODE_FOR_URI", 1, 1),
        (BuiltInFunction.Contains, "CONTAINS", 2, 2),
        (BuiltInFunction.StrStarts, "STRSTARTS", 2, 2),
        (BuiltInFunction.StrEnds, "STRENDS", 2, 2),
        (BuiltInFunction.StrBefore, "STRBEFORE", 2, 2),
        (BuiltInFunction.StrAfter, "STRAFTER", 2, 2),
        (BuiltInFunction.Year, "YEAR", 1, 1),
        (BuiltInFunction.Month, "MONTH", 1, 1),
        (BuiltInFunction.Day, "DAY", 1, 1),
        (BuiltInFunction.Hours, "HOURS", 1, 1),
        (BuiltInFunction.Minutes, "MINUTES", 1, 1),
        (BuiltInFunction.Seconds, "SECONDS", 1, 1),
        (BuiltInFunction.Timezone, "TIMEZONE", 1, 1),
        (BuiltInFunction.Tz, "TZ", 1, 1),
        (BuiltInFunction.Now, "NOW", 0, 0),
        (BuiltInFunction.Uuid, "UUID", 0, 0),
        (BuiltInFunction.StrUuid, "STRUUID", 0, 0),
        (BuiltInFunction.Md5, "MD5", 1, 1),
        (BuiltInFunction.Sha1, "SHA1", 1, 1),
        (BuiltInFunction.Sha256, "SHA256", 1, 1),
        (BuiltInFunction.Sha384, "SHA384", 1, 1),
        (BuiltInFunction.Sha512, "SHA512", 1, 1),
        (BuiltInFunction.Coalesce, "COALESCE", 0, int.MaxValue),
        (BuiltInFunction.If, "IF", 3, 3),
        (BuiltInFunction.StrLang, "STRLANG", 2, 2),
        (BuiltInFunction.StrDt, "STRDT", 2, 2),
        (BuiltInFunction.SameTerm, "sameTerm", 2, 2),
        (BuiltInFunction.IsIri, "isIRI", 1, 1),
        (BuiltInFunction.IsBlank, "isBLANK", 1, 1),
        (BuiltInFunction.IsLiteral, "isLITERAL", 1, 1),
        (BuiltInFunction.IsNumeric, "isNUMERIC", 1, 1),
        (BuiltInFunction.Regex, "REGEX", 2, 3),
    ];

    private static readonly FrozenDictionary<string, (BuiltInFunction Function, int Min, int Max)> s_byKeyword = BuildByKeyword();

    private static readonly FrozenDictionary<BuiltInFunction, string> s_keywords =
        s_calls.ToFrozenDictionary(c => c.Function, c => c.Keyword);

    /// <summary>Looks up a built-in call keyword (case-insensitive), including the aliases <c>URI</c> and <c>isURI</c>.</summary>
    public static bool TryGet(string keyword, out BuiltInFunction function, out int min, out int max)
    {
        if (s_byKeyword.TryGetValue(keyword, out var entry))
        {
            (function, min, max) = entry;
            return true;
        }

        (function, min, max) = (default, 0, 0);
        return false;
    }

    /// <summary>The keyword of a built-in call, or null for an operator.</summary>
    public static string? KeywordOf(BuiltInFunction function) => s_keywords.GetValueOrDefault(function);

    /// <summary>The SSE name of an operator or function.</summary>
    public static string SseName(BuiltInFunction function) => function switch
    {
        BuiltInFunction.Or => "||",
        BuiltInFunction.And => "&&",
        BuiltInFunction.Not => "!",
        BuiltInFunction.Equal => "=",
        BuiltInFunction.NotEqual => "!=",
        BuiltInFunction.Less => "<",
        BuiltInFunction.Greater => ">",
        BuiltInFunction.LessOrEqual => "<=",
        BuiltInFunction.GreaterOrEqual => ">=",
        BuiltInFunction.In => "in",
        BuiltInFunction.NotIn => "notin",
        BuiltInFunction.Add or BuiltInFunction.UnaryPlus => "+",
        BuiltInFunction.Subtract or BuiltInFunction.UnaryMinus => "-",
        BuiltInFunction.Multiply => "*",
        BuiltInFunction.Divide => "/",
        _ => s_keywords[function].ToLowerInvariant(),
    };

    private static FrozenDictionary<string, (BuiltInFunction, int, int)> BuildByKeyword()
    {
        var map = new Dictionary<string, (BuiltInFunction, int, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (function, keyword, min, max) in s_calls)
        {
            map[keyword] = (function, min, max);
        }

        map["URI"] = (BuiltInFunction.Iri, 1, 1);
        map["isURI"] = (BuiltInFunction.IsIri, 1, 1);
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
