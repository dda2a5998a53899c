using System.Globalization;
using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>Value comparison of RDF terms for the SPARQL operators (§17.3) and for ORDER BY (§15.1).</summary>
internal static class TermComparer
{
    /// <summary>
    /// The value order of two terms: negative, zero or positive; null when the operator mapping gives a type error
    /// (incomparable values). <paramref name="equalityOnly"/> allows unequal IRIs and literals of unknown types.
    /// </summary>
    public static int? Compare(Term left, Term right, bool equalityOnly)
    {
        if (NumericValue.TryGet(left, out var a) && NumericValue.TryGet(right, out var b))
        {
            if (a.Kind <= NumericKind.Decimal && b.Kind <= NumericKind.Decimal)
            {
                return a.Exact.CompareTo(b.Exact);
            }

            double x = a.AsDouble, y = b.AsDouble;
            if (double.IsNaN(x) || double.IsNaN(y))
            {
                return equalityOnly ? 1 : null;
            }

            return x.CompareTo(y);
        }

        if (left is Literal l && right is Literal r)
        {
            bool ls = IsStringLike(l), rs = IsStringLike(r);
            if (ls && rs && l.Language is null && r.Language is null)
            {
                return string.CompareOrdinal(l.Value, r.Value);
            }

            if (l.Language is not null && r.Language is not null && equalityOnly)
            {
                return l.Equals(r) ? 0 : 1;
            }

            if (IsType(l, Xsd.Boolean) && IsType(r, Xsd.Boolean) && TryBoolean(l, out bool lb) && TryBoolean(r, out bool rb))
            {
                return lb.CompareTo(rb);
            }

            if (((IsType(l, Xsd.DateTime) && IsType(r, Xsd.DateTime)) || (IsType(l, Xsd.Date) && IsType(r, Xsd.Date)))
                && TemporalValue.TryParse(l.Value, out var lt) && TemporalValue.TryParse(r.Value, out var rt))
            {
                return TemporalValue.Compare(lt, rt);
            }

            if (l.Equals(r))
            {
                return 0;
            }

            if (equalityOnly && (l.Language is null) != (r.Language is null))
            {
                return 1;
            }

            if (equalityOnly)
            {
                bool knownL = ls || NumericValue.IsNumericDatatype(l.Datatype) || IsType(l, Xsd.Boolean) || IsType(l, Xsd.DateTime) || IsType(l, Xsd.Date);
                bool knownR = rs || NumericValue.IsNumericDatatype(r.Datatype) || IsType(r, Xsd.Boolean) || IsType(r, Xsd.DateTime) || IsType(r, Xsd.Date);
                if (knownL && knownR && !l.Datatype.Equals(r.Datatype) && XsdWellTyped(l) && XsdWellTyped(r))
                {
                    return 1;
                }

                if (knownL && knownR && l.Datatype.Equals(r.Datatype) && XsdWellTyped(l) && XsdWellTyped(r))
                {
                    return 1;
                }
            }

            return null;
        }

        if (equalityOnly)
        {
            return left.Equals(right) ? 0 : 1;
        }

        return null;
    }

    private static bool XsdWellTyped(Literal literal) => !NumericValue.IsNumericDatatype(literal.Datatype) || NumericValue.TryGet(literal, out _);

    public static bool IsStringLike(Literal literal) => literal.Language is not null || IsType(literal, Xsd.String);

    public static bool IsType(Literal literal, Iri datatype) => string.Equals(literal.Datatype.Value, datatype.Value, StringComparison.Ordinal);

    public static bool TryBoolean(Literal literal, out bool value)
    {
        switch (literal.Value)
        {
            case "true" or "1":
                value = true;
                return true;
            case "false" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static bool TryDateTime(string lexical, out DateTimeOffset value)
    {
        bool hasZone = lexical.EndsWith('Z') || (lexical.Length > 6 && (lexical[^6] is '+' or '-') && lexical[^3] == ':');
        string text = hasZone ? lexical : lexical + "Z";
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out value);
    }

    /// <summary>
    /// <see cref="OrderCompare"/> of the terms two ids stand for, read from the ids when that needs no term: equal ids,
    /// inlined integers, and inlined dates or dateTimes written in the same zone at different instants. False otherwise.
    /// </summary>
    public static bool TryOrderCompareIds(TermId left, TermId right, out int order)
    {
        order = 0;
        if (left == right)
        {
            return !left.IsAny;
        }

        if (left.Kind != right.Kind)
        {
            return false;
        }

        switch (left.Kind)
        {
            case TermIdKind.Integer:
                left.TryGetInteger(out long l);
                right.TryGetInteger(out long r);
                order = l.CompareTo(r);
                return true;
            case TermIdKind.DateTime:
            {
                InlineLiteralCodec.SplitDateTime(left, out long lm, out _, out int lz);
                InlineLiteralCodec.SplitDateTime(right, out long rm, out _, out int rz);
                order = lm.CompareTo(rm);
                return lz == rz && order != 0;
            }

            case TermIdKind.Date:
            {
                InlineLiteralCodec.SplitDate(left, out int ld, out int lz);
                InlineLiteralCodec.SplitDate(right, out int rd, out int rz);
                order = ld.CompareTo(rd);
                return lz == rz && order != 0;
            }

            default:
                return false;
        }
    }

    /// <summary>The total order of ORDER BY: unbound, blank nodes, IRIs, literals (by value where comparable).</summary>
    public static int OrderCompare(Term? left, Term? right)
    {
        int lr = Rank(left), rr = Rank(right);
        if (lr != rr)
        {
            return lr.CompareTo(rr);
        }

        switch (left)
        {
            case null:
                return 0;
            case BlankNode bl:
                return string.CompareOrdinal(bl.ToString(), right!.ToString());
            case Iri il:
                return string.CompareOrdinal(il.Value, ((Iri)right!).Value);
        }

        int? c = Compare(left, right!, equalityOnly: false);
        if (c is int value && value != 0)
        {
            return value;
        }

        var ll = (Literal)left;
        var rl = (Literal)right!;
        int byType = string.CompareOrdinal(ll.Datatype.Value, rl.Datatype.Value);
        if (c is null && byType != 0)
        {
            return byType;
        }

        int byLexical = string.CompareOrdinal(ll.Value, rl.Value);
        return byLexical != 0 ? byLexical : string.CompareOrdinal(ll.Language ?? string.Empty, rl.Language ?? string.Empty);
    }

    private static int Rank(Term? term) => term switch
    {
        null => 0,
        BlankNode => 1,
        Iri => 2,
        _ => 3,
    };
}
