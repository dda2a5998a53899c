using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>An expression compiled for one query: the value for a solution row, or null for a SPARQL expression error.</summary>
internal delegate Term? CompiledExpression(TermId[] row);

/// <summary>An expression's value as an id computed from the row's ids, or <see cref="TermId.Any"/> when the term form must answer.</summary>
internal delegate TermId CompiledIdExpression(TermId[] row);

/// <summary>
/// Compiles SPARQL expressions once per query into delegates over solution rows (§17). Errors are values (null), so no
/// exception is thrown per row; regular expressions are compiled once when their pattern is a constant.
/// </summary>
internal sealed class ExpressionCompiler
{
    private static readonly Literal s_true = Literal.CreateUnchecked("true", Xsd.Boolean, null);
    private static readonly Literal s_false = Literal.CreateUnchecked("false", Xsd.Boolean, null);
    private readonly QueryTermTable _terms;
    private readonly SolutionLayout _layout;
    private readonly Func<Op, TermId[], bool> _exists;
    private readonly DateTimeOffset _now;
    private readonly ConditionalWeakTable<TermId[], Dictionary<string, BlankNode>> _bnodes;
    private readonly Iri? _baseIri;

    public ExpressionCompiler(QueryTermTable terms, SolutionLayout layout, Func<Op, TermId[], bool> exists, SolutionState state)
    {
        _terms = terms;
        _layout = layout;
        _exists = exists;
        _bnodes = state.BlankNodes;
        _baseIri = state.BaseIri;
        _now = state.Now;
    }

    public static Literal Bool(bool value) => value ? s_true : s_false;

    /// <summary>The effective boolean value (§17.2.2), or null for an error.</summary>
    public static bool? EffectiveBoolean(Term? term)
    {
        if (term is not Literal literal)
        {
            return null;
        }

        if (TermComparer.IsType(literal, Xsd.Boolean))
        {
            return TermComparer.TryBoolean(literal, out bool b) ? b : false;
        }

        if (literal.Language is null && TermComparer.IsType(literal, Xsd.String))
        {
            return literal.Value.Length > 0;
        }

        if (NumericValue.IsNumericDatatype(literal.Datatype))
        {
            if (!NumericValue.TryGet(literal, out var n))
            {
                return false;
            }

            return n.Kind >= NumericKind.Float ? !(n.Approximate == 0 || double.IsNaN(n.Approximate)) : n.Exact != 0;
        }

        return null;
    }

    /// <summary>
    /// The id-level form of an expression whose value can be read from inlined ids with no term (YEAR … MINUTES of a
    /// variable holding an inlined date), or null when it has none.
    /// </summary>
    public static CompiledIdExpression? CompileIds(Expression expression, SolutionLayout layout)
    {
        if (expression is ExprCall { Function: var f, Arguments: [ExprVariable v] }
            && f is BuiltInFunction.Year or BuiltInFunction.Month or BuiltInFunction.Day or BuiltInFunction.Hours or BuiltInFunction.Minutes)
        {
            int slot = layout.Slot(v.Variable);
            return row => DateTimeFunctions.TryApplyInline(f, row[slot], out var id) ? id : TermId.Any;
        }

        return null;
    }

    public CompiledExpression Compile(Expression expression)
    {
        switch (expression)
        {
            case ExprVariable v:
            {
                int slot = _layout.Slot(v.Variable);
                var terms = _terms;
                return row => row[slot].IsAny ? null : terms.Get(row[slot]);
            }

            case ExprTerm t:
            {
                var term = t.Term;
                return _ => term;
            }

            case ExprExists e:
            {
                var op = e.Pattern;
                var exists = _exists;
                return row => Bool(exists(op, row));
            }

            case ExprFunctionCall f:
                return CompileFunctionCall(f);
            case ExprCall c:
                return CompileCall(c);
            default:
                return _ => null;
        }
    }

    private CompiledExpression CompileFunctionCall(ExprFunctionCall call)
    {
        var args = call.Arguments.Select(Compile).ToArray();
        string name = call.Function.Value;
        if (args.Length == 1 && name.StartsWith(Xsd.Namespace, StringComparison.Ordinal))
        {
            var datatype = call.Function;
            var arg = args[0];
            return row => XsdCast.Cast(arg(row), datatype);
        }

        return _ => null;
    }

    private CompiledExpression CompileCall(ExprCall call)
    {
        var f = call.Function;
        if (f == BuiltInFunction.Bound)
        {
            if (call.Arguments[0] is ExprVariable bv)
            {
                int slot = _layout.Slot(bv.Variable);
                return row => Bool(!row[slot].IsAny);
            }

            return _ => null;
        }

        var a = call.Arguments.Select(Compile).ToArray();
        switch (f)
        {
            case BuiltInFunction.Or:
                return row =>
                {
                    bool? l = EffectiveBoolean(a[0](row));
                    if (l == true)
                    {
                        return s_true;
                    }

                    bool? r = EffectiveBoolean(a[1](row));
                    return r == true ? s_true : l is null || r is null ? null : s_false;
                };
            case BuiltInFunction.And:
                return row =>
                {
                    bool? l = EffectiveBoolean(a[0](row));
                    if (l == false)
                    {
                        return s_false;
                    }

                    bool? r = EffectiveBoolean(a[1](row));
                    return r == false ? s_false : l is null || r is null ? null : s_true;
                };
            case BuiltInFunction.Not:
                return row => EffectiveBoolean(a[0](row)) is bool b ? Bool(!b) : null;
            case BuiltInFunction.Equal:
                return row => Equality(a[0](row), a[1](row)) is bool b ? Bool(b) : null;
            case BuiltInFunction.NotEqual:
                return row => Equality(a[0](row), a[1](row)) is bool b ? Bool(!b) : null;
            case BuiltInFunction.Less:
                return row => Order(a[0](row), a[1](row)) is int c ? Bool(c < 0) : null;
            case BuiltInFunction.Greater:
                return row => Order(a[0](row), a[1](row)) is int c ? Bool(c > 0) : null;
            case BuiltInFunction.LessOrEqual:
                return row => Order(a[0](row), a[1](row)) is int c ? Bool(c <= 0) : null;
            case BuiltInFunction.GreaterOrEqual:
                return row => Order(a[0](row), a[1](row)) is int c ? Bool(c >= 0) : null;
            case BuiltInFunction.In or BuiltInFunction.NotIn:
            {
                bool negate = f == BuiltInFunction.NotIn;
                return row =>
                {
                    var x = a[0](row);
                    if (x is null)
                    {
                        return null;
                    }

                    bool error = false;
                    for (int i = 1; i < a.Length; i++)
                    {
                        switch (Equality(x, a[i](row)))
                        {
                            case true:
                                return Bool(!negate);
                            case null:
                                error = true;
                                break;
                        }
                    }

                    return error ? null : Bool(negate);
                };
            }

            case BuiltInFunction.Add or BuiltInFunction.Subtract or BuiltInFunction.Multiply or BuiltInFunction.Divide:
                return row => ApplyArithmetic(f, a[0](row), a[1](row));
            case BuiltInFunction.UnaryPlus:
                return row => NumericValue.TryGet(a[0](row), out var n) ? n.ToLiteral() : null;
            case BuiltInFunction.UnaryMinus:
                return row => NumericValue.TryGet(a[0](row), out var n) ? (n with { Exact = -n.Exact, Approximate = -n.Approximate }).ToLiteral() : null;
            case BuiltInFunction.Str:
                return row => a[0](row) switch
                {
                    Iri i => Literal.Create(i.Value),
                    Literal l => Literal.Create(l.Value),
                    _ => null,
                };
            case BuiltInFunction.Lang:
                return row => a[0](row) is Literal l ? Literal.Create(l.Language ?? string.Empty) : null;
            case BuiltInFunction.Datatype:
                return row => a[0](row) is Literal l ? (l.Language is null ? l.Datatype : Iri.CreateUnchecked(RdfVocabulary.Namespace + "langString")) : null;
            case BuiltInFunction.LangMatches:
                return row => a[0](row) is Literal tag && a[1](row) is Literal range && tag.Language is null && range.Language is null
                    ? Bool(LangMatches(tag.Value, range.Value))
                    : null;
            case BuiltInFunction.SameTerm:
                return row => a[0](row) is { } x && a[1](row) is { } y ? Bool(x.Equals(y)) : null;
            case BuiltInFunction.IsIri:
                return row => a[0](row) is { } x ? Bool(x is Iri) : null;
            case BuiltInFunction.IsBlank:
                return row => a[0](row) is { } x ? Bool(x is BlankNode) : null;
            case BuiltInFunction.IsLiteral:
                return row => a[0](row) is { } x ? Bool(x is Literal) : null;
            case BuiltInFunction.IsNumeric:
                return row => a[0](row) is { } x ? Bool(NumericValue.TryGet(x, out _)) : null;
            case BuiltInFunction.If:
                return row => EffectiveBoolean(a[0](row)) switch
                {
                    true => a[1](row),
                    false => a[2](row),
                    null => null,
                };
            case BuiltInFunction.Coalesce:
                return row =>
                {
                    foreach (var e in a)
                    {
                        if (e(row) is { } v)
                        {
                            return v;
                        }
                    }

                    return null;
                };
            case BuiltInFunction.Iri:
            {
                var baseIri = _baseIri;
                return row => a[0](row) switch
                {
                    Iri i => i,
                    Literal l when l.Language is null && TermComparer.IsType(l, Xsd.String) => ToIri(l.Value, baseIri),
                    _ => null,
                };
            }

            case BuiltInFunction.BNode:
                if (a.Length == 0)
                {
                    return _ => BlankNode.CreateFresh();
                }

                return row =>
                {
                    if (a[0](row) is not Literal l || l.Language is not null || !TermComparer.IsType(l, Xsd.String))
                    {
                        return null;
                    }

                    var map = _bnodes.GetOrCreateValue(row);
                    if (!map.TryGetValue(l.Value, out var node))
                    {
                        node = BlankNode.CreateFresh();
                        map.Add(l.Value, node);
                    }

                    return node;
                };
            case BuiltInFunction.StrDt:
                return row => a[0](row) is Literal l && l.Language is null && TermComparer.IsType(l, Xsd.String) && a[1](row) is Iri dt
                    ? Literal.CreateUnchecked(l.Value, dt, null)
                    : null;
            case BuiltInFunction.StrLang:
                return row => a[0](row) is Literal l && l.Language is null && TermComparer.IsType(l, Xsd.String) && a[1](row) is Literal tag && tag.Value.Length > 0
                    ? Literal.CreateUnchecked(l.Value, Iri.CreateUnchecked(RdfVocabulary.Namespace + "langString"), tag.Value.ToLowerInvariant())
                    : null;
            case BuiltInFunction.Rand:
                return _ => Literal.CreateUnchecked(Random.Shared.NextDouble().ToString("0.0###############E0", CultureInfo.InvariantCulture), Xsd.Double, null);
            case BuiltInFunction.Abs or BuiltInFunction.Ceil or BuiltInFunction.Floor or BuiltInFunction.Round:
                return row => NumericValue.TryGet(a[0](row), out var n) ? Rounding(f, n).ToLiteral() : null;
            case BuiltInFunction.StrLen:
                return row => StringArg(a[0](row)) is Literal l ? NumericValue.Integer(CodePoints(l.Value)).ToLiteral() : null;
            case BuiltInFunction.UCase:
                return row => StringArg(a[0](row)) is Literal l ? WithValue(l, l.Value.ToUpperInvariant()) : null;
            case BuiltInFunction.LCase:
                return row => StringArg(a[0](row)) is Literal l ? WithValue(l, l.Value.ToLowerInvariant()) : null;
            case BuiltInFunction.EncodeForUri:
                return row => StringArg(a[0](row)) is Literal l ? Literal.Create(Uri.EscapeDataString(l.Value)) : null;
            case BuiltInFunction.SubStr:
                return row => SubString(a[0](row), a[1](row), a.Length > 2 ? a[2](row) : null, a.Length > 2);
            case BuiltInFunction.Contains or BuiltInFunction.StrStarts or BuiltInFunction.StrEnds or BuiltInFunction.StrBefore or BuiltInFunction.StrAfter:
                return row => StringPair(f, a[0](row), a[1](row));
            case BuiltInFunction.Concat:
                return row =>
                {
                    var sb = new StringBuilder();
                    string? lang = null;
                    bool sameLang = true;
                    for (int i = 0; i < a.Length; i++)
                    {
                        if (StringArg(a[i](row)) is not Literal l)
                        {
                            return null;
                        }

                        sb.Append(l.Value);
                        if (i == 0)
                        {
                            lang = l.Language;
                        }
                        else if (l.Language != lang)
                        {
                            sameLang = false;
                        }
                    }

                    return sameLang && lang is not null && a.Length > 0
                        ? Literal.CreateUnchecked(sb.ToString(), Iri.CreateUnchecked(RdfVocabulary.Namespace + "langString"), lang)
                        : Literal.Create(sb.ToString());
                };
            case BuiltInFunction.Regex:
                return CompileRegex(call, a);
            case BuiltInFunction.Replace:
                return CompileReplace(call, a);
            case BuiltInFunction.Year or BuiltInFunction.Month or BuiltInFunction.Day or BuiltInFunction.Hours or BuiltInFunction.Minutes
                or BuiltInFunction.Seconds or BuiltInFunction.Timezone or BuiltInFunction.Tz:
                return row => DateTimeFunctions.Apply(f, a[0](row));
            case BuiltInFunction.Now:
            {
                var now = Literal.CreateUnchecked(_now.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), Xsd.DateTime, null);
                return _ => now;
            }

            case BuiltInFunction.Uuid:
                return _ => Iri.CreateUnchecked("urn:uuid:" + Guid.NewGuid().ToString("D"));
            case BuiltInFunction.StrUuid:
                return _ => Literal.Create(Guid.NewGuid().ToString("D"));
            case BuiltInFunction.Md5 or BuiltInFunction.Sha1 or BuiltInFunction.Sha256 or BuiltInFunction.Sha384 or BuiltInFunction.Sha512:
                return row => a[0](row) is Literal l && l.Language is null && TermComparer.IsType(l, Xsd.String) ? Literal.Create(Hash(f, l.Value)) : null;
            default:
                return _ => null;
        }
    }

    private static Iri? ToIri(string value, Iri? baseIri)
    {
        if (IriSyntax.TryValidateAbsolute(value, out _))
        {
            return Iri.CreateUnchecked(value);
        }

        if (baseIri is null || !IriSyntax.TryValidateReference(value, out _))
        {
            return null;
        }

        return Iri.CreateUnchecked(IriSyntax.Resolve(baseIri.Value, value));
    }

    private static string Hash(BuiltInFunction f, string value)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(value);
#pragma warning disable CA5350, CA5351 // SPARQL defines MD5 and SHA1; they are not used for security here.
        byte[] hash = f switch
        {
            BuiltInFunction.Md5 => MD5.HashData(bytes),
            BuiltInFunction.Sha1 => SHA1.HashData(bytes),
            BuiltInFunction.Sha256 => SHA256.HashData(bytes),
            BuiltInFunction.Sha384 => SHA384.HashData(bytes),
            _ => SHA512.HashData(bytes),
        };
#pragma warning restore CA5350, CA5351
        return Convert.ToHexStringLower(hash);
    }

    private static bool? Equality(Term? x, Term? y)
    {
        if (x is null || y is null)
        {
            return null;
        }

        return TermComparer.Compare(x, y, equalityOnly: true) is int c ? c == 0 : null;
    }

    private static int? Order(Term? x, Term? y)
    {
        if (x is null || y is null)
        {
            return null;
        }

        if (x is Literal l && y is Literal r && l.Language is not null && r.Language is not null && l.Language == r.Language)
        {
            return string.CompareOrdinal(l.Value, r.Value);
        }

        return TermComparer.Compare(x, y, equalityOnly: false);
    }

    public static Term? ApplyArithmetic(BuiltInFunction f, Term? x, Term? y)
    {
        if (!NumericValue.TryGet(x, out var l) || !NumericValue.TryGet(y, out var r))
        {
            return null;
        }

        var kind = (NumericKind)Math.Max((int)l.Kind, (int)r.Kind);
        if (f == BuiltInFunction.Divide && kind == NumericKind.Integer)
        {
            kind = NumericKind.Decimal;
        }

        if (kind <= NumericKind.Decimal)
        {
            try
            {
                decimal v;
                switch (f)
                {
                    case BuiltInFunction.Add:
                        v = l.Exact + r.Exact;
                        break;
                    case BuiltInFunction.Subtract:
                        v = l.Exact - r.Exact;
                        break;
                    case BuiltInFunction.Multiply:
                        v = l.Exact * r.Exact;
                        break;
                    default:
                        if (r.Exact == 0)
                        {
                            return null;
                        }

                        v = l.Exact / r.Exact;
                        break;
                }

                return new NumericValue(kind, v, 0).ToLiteral();
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        double a = l.AsDouble, b = r.AsDouble;
        double d = f switch
        {
            BuiltInFunction.Add => a + b,
            BuiltInFunction.Subtract => a - b,
            BuiltInFunction.Multiply => a * b,
            _ => a / b,
        };
        return new NumericValue(kind, 0, kind == NumericKind.Float ? (float)d : d).ToLiteral();
    }

    private static NumericValue Rounding(BuiltInFunction f, NumericValue n)
    {
        if (n.Kind >= NumericKind.Float)
        {
            double d = n.Approximate;
            d = f switch
            {
                BuiltInFunction.Abs => Math.Abs(d),
                BuiltInFunction.Ceil => Math.Ceiling(d),
                BuiltInFunction.Floor => Math.Floor(d),
                _ => Math.Floor(d + 0.5),
            };
            return n with { Approximate = d };
        }

        decimal m = n.Exact;
        m = f switch
        {
            BuiltInFunction.Abs => Math.Abs(m),
            BuiltInFunction.Ceil => Math.Ceiling(m),
            BuiltInFunction.Floor => Math.Floor(m),
            _ => Math.Floor(m + 0.5m),
        };
        return n with { Exact = m };
    }

    private static bool LangMatches(string tag, string range)
    {
        if (range == "*")
        {
            return tag.Length > 0;
        }

        return tag.Equals(range, StringComparison.OrdinalIgnoreCase)
            || (tag.Length > range.Length && tag[range.Length] == '-' && tag.StartsWith(range, StringComparison.OrdinalIgnoreCase));
    }

    private static Literal? StringArg(Term? term) => term is Literal l && TermComparer.IsStringLike(l) ? l : null;

    private static Literal WithValue(Literal template, string value) => Literal.CreateUnchecked(value, template.Datatype, template.Language);

    private static int CodePoints(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (!char.IsLowSurrogate(s[i]))
            {
                n++;
            }
        }

        return n;
    }

    private static Term? SubString(Term? source, Term? start, Term? length, bool hasLength)
    {
        if (StringArg(source) is not Literal l || !NumericValue.TryGet(start, out var s))
        {
            return null;
        }

        NumericValue len = default;
        if (hasLength && !NumericValue.TryGet(length, out len))
        {
            return null;
        }

        int[] points = [.. EnumerateCodePoints(l.Value)];
        double from = Math.Round(s.AsDouble, MidpointRounding.AwayFromZero);
        double to = hasLength ? from + Math.Round(len.AsDouble, MidpointRounding.AwayFromZero) : double.PositiveInfinity;
        if (double.IsNaN(from) || double.IsNaN(to))
        {
            return WithValue(l, string.Empty);
        }

        var sb = new StringBuilder();
        for (int i = 0; i < points.Length; i++)
        {
            int position = i + 1;
            if (position >= from && position < to)
            {
                sb.Append(char.ConvertFromUtf32(points[i]));
            }
        }

        return WithValue(l, sb.ToString());
    }

    private static IEnumerable<int> EnumerateCodePoints(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            int cp = char.ConvertToUtf32(s, i);
            if (char.IsHighSurrogate(s[i]))
            {
                i++;
            }

            yield return cp;
        }
    }

    private static Term? StringPair(BuiltInFunction f, Term? x, Term? y)
    {
        if (StringArg(x) is not Literal l || StringArg(y) is not Literal r)
        {
            return null;
        }

        if (r.Language is not null && r.Language != l.Language)
        {
            return null;
        }

        switch (f)
        {
            case BuiltInFunction.Contains:
                return Bool(l.Value.Contains(r.Value, StringComparison.Ordinal));
            case BuiltInFunction.StrStarts:
                return Bool(l.Value.StartsWith(r.Value, StringComparison.Ordinal));
            case BuiltInFunction.StrEnds:
                return Bool(l.Value.EndsWith(r.Value, StringComparison.Ordinal));
        }

        int index = l.Value.IndexOf(r.Value, StringComparison.Ordinal);
        if (index < 0)
        {
            return Literal.Create(string.Empty);
        }

        string value = f == BuiltInFunction.StrBefore ? l.Value[..index] : l.Value[(index + r.Value.Length)..];
        return value.Length == 0 && r.Value.Length > 0 ? Literal.Create(string.Empty) : r.Value.Length == 0 && f == BuiltInFunction.StrBefore ? WithValue(l, string.Empty) : WithValue(l, value);
    }

    private static Regex? BuildRegex(string pattern, string flags)
    {
        var options = RegexOptions.CultureInvariant;
        foreach (char c in flags)
        {
            switch (c)
            {
                case 'i':
                    options |= RegexOptions.IgnoreCase;
                    break;
                case 's':
                    options |= RegexOptions.Singleline;
                    break;
                case 'm':
                    options |= RegexOptions.Multiline;
                    break;
                case 'x':
                    options |= RegexOptions.IgnorePatternWhitespace;
                    break;
                case 'q':
                    pattern = Regex.Escape(pattern);
                    break;
                default:
                    return null;
            }
        }

        try
        {
            return new Regex(pattern, options, TimeSpan.FromSeconds(5));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static CompiledExpression CompileRegex(ExprCall call, CompiledExpression[] a)
    {
        Regex? constant = null;
        if (call.Arguments[1] is ExprTerm { Term: Literal p } && (call.Arguments.Count < 3 || call.Arguments[2] is ExprTerm { Term: Literal }))
        {
            string flags = call.Arguments.Count > 2 ? ((Literal)((ExprTerm)call.Arguments[2]).Term).Value : string.Empty;
            constant = BuildRegex(p.Value, flags);
        }

        return row =>
        {
            if (StringArg(a[0](row)) is not Literal text)
            {
                return null;
            }

            var regex = constant;
            if (regex is null)
            {
                if (a[1](row) is not Literal p)
                {
                    return null;
                }

                string flags = a.Length > 2 ? (a[2](row) as Literal)?.Value ?? string.Empty : string.Empty;
                regex = BuildRegex(p.Value, flags);
            }

            return regex is null ? null : Bool(regex.IsMatch(text.Value));
        };
    }

    private static CompiledExpression CompileReplace(ExprCall call, CompiledExpression[] a)
    {
        // A constant pattern, flags and replacement (the usual case) are prepared once per query, not once per row:
        // building a Regex costs more than applying it.
        if (call.Arguments[1] is ExprTerm { Term: Literal constantPattern } && call.Arguments[2] is ExprTerm { Term: Literal constantReplacement }
            && (call.Arguments.Count < 4 || call.Arguments[3] is ExprTerm { Term: Literal }))
        {
            string constantFlags = call.Arguments.Count > 3 ? ((Literal)((ExprTerm)call.Arguments[3]).Term).Value : string.Empty;
            var prepared = ReplacementRegex(constantPattern.Value, constantFlags);
            if (prepared is null)
            {
                return row => null;
            }

            string preparedReplacement = DotNetReplacement(constantReplacement.Value);
            return row => StringArg(a[0](row)) is Literal text ? WithValue(text, prepared.Replace(text.Value, preparedReplacement)) : null;
        }

        return row =>
        {
            if (StringArg(a[0](row)) is not Literal text || a[1](row) is not Literal p || a[2](row) is not Literal replacement)
            {
                return null;
            }

            string flags = a.Length > 3 ? (a[3](row) as Literal)?.Value ?? string.Empty : string.Empty;
            return ReplacementRegex(p.Value, flags) is { } regex ? WithValue(text, regex.Replace(text.Value, DotNetReplacement(replacement.Value))) : null;
        };
    }

    // REPLACE refuses a pattern that matches the empty string (XPath fn:replace): an error, like an invalid pattern.
    private static Regex? ReplacementRegex(string pattern, string flags) =>
        BuildRegex(pattern, flags) is { } regex && !regex.IsMatch(string.Empty) ? regex : null;

    private static string DotNetReplacement(string replacement) => Regex.Replace(replacement, @"\$(\d)", "$${$1}");
}
