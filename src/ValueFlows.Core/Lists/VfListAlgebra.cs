using ValueFlows.Core.Model;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Core.Lists;

/// <summary>
/// Lists as SPARQL algebra (issue 7 item 6): the same <see cref="Op"/> runs on the embedded store with
/// <c>SparqlEvaluator</c> and prints as SPARQL for a remote store. Rows are <c>?s</c> (the record), <c>?k</c> (the order
/// key: the first bound order time field for events, else the IRI's last segment, a ULID = creation order); ties are
/// broken by the IRI (<c>STR(?s)</c> in cursors).
/// </summary>
public static class VfListAlgebra
{
    /// <summary>The record variable.</summary>
    public static readonly Variable S = new("s");

    /// <summary>The order key variable.</summary>
    public static readonly Variable K = new("k");

    /// <summary>The count variable of <see cref="Count"/>.</summary>
    public static readonly Variable N = new("n");

    private static readonly Literal MinTime = Literal.Create("0001-01-01T00:00:00Z", Xsd.DateTime);
    private static readonly Variable TypeVar = new("type");
    private static readonly Variable RangeKey = new("range");

    /// <summary>
    /// One page: the matching records after/before a key (a cursor), in list order (descending when
    /// <paramref name="backwards"/>), at most <paramref name="limit"/> rows.
    /// </summary>
    public static Op Page(IReadOnlyList<VfRecordType> types, IReadOnlyList<VfListFilter> filters, (Literal Key, string Id)? from, bool backwards, int limit)
    {
        ArgumentNullException.ThrowIfNull(types);
        var op = Matching(types, filters);
        if (from is { } cursor)
        {
            var key = new ExprTerm(cursor.Key);
            var id = new ExprTerm(Literal.Create(cursor.Id));
            var beyond = backwards ? BuiltInFunction.Less : BuiltInFunction.Greater;
            op = new OpFilter(
                Call(BuiltInFunction.Or,
                    Call(beyond, Var(K), key),
                    Call(BuiltInFunction.And, Call(BuiltInFunction.Equal, Var(K), key), Call(beyond, Call(BuiltInFunction.Str, Var(S)), id))),
                op);
        }

        // Records are IRIs, and SPARQL orders IRIs by their text: ?s breaks ties as STR(?s) would, without a string per row.
        op = new OpOrderBy(op, ValueArray.Create(new OrderCondition(Var(K), backwards), new OrderCondition(Var(S), backwards)));
        op = new OpProject(op, ValueArray.Create(S, K));
        // One type gives one row per record (a record has one rdf:type triple for its class, and the order key is one
        // COALESCE): no DISTINCT, so ORDER BY + LIMIT stays a top-N instead of sorting every record. Several types
        // (agents) can name one record twice.
        if (MayRepeat(types, filters))
        {
            op = new OpDistinct(op);
        }

        return new OpSlice(op, 0, limit);
    }

    /// <summary>The number of matching records, as <c>?n</c>.</summary>
    public static Op Count(IReadOnlyList<VfRecordType> types, IReadOnlyList<VfListFilter> filters)
    {
        var aggregate = new Variable(".n");
        // Counting needs no order keys; with one type and no time range each record is one row, so a plain COUNT over
        // "?s a Class" is answered from the index without a row per record.
        var group = new OpGroup(
            Matching(types, filters, withOrderKeys: false),
            ValueArray<Variable>.Empty,
            ValueArray.Create(new AggregateBinding(aggregate, new Aggregate(AggregateFunction.Count, Distinct: MayRepeat(types, filters) || filters.Any(f => f is VfTimeRangeFilter), Var(S)))));
        return new OpProject(new OpExtend(group, N, Var(aggregate)), ValueArray.Create(N));
    }

    /// <summary>The records matching <paramref name="filters"/>, with <c>?k</c> bound, unordered.</summary>
    public static Op Matching(IReadOnlyList<VfRecordType> types, IReadOnlyList<VfListFilter> filters) => Matching(types, filters, withOrderKeys: true);

    private static bool MayRepeat(IReadOnlyList<VfRecordType> types, IReadOnlyList<VfListFilter> filters) =>
        types.Count > 1 || filters.Any(f => f is VfTimeRangeFilter);

    private static Op Matching(IReadOnlyList<VfRecordType> types, IReadOnlyList<VfListFilter> filters, bool withOrderKeys)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(filters);
        if (types.Count == 0)
        {
            throw new ArgumentException("A list needs at least one record type.", nameof(types));
        }

        // A field filter with one value is a triple of the record itself: part of the pattern, so the index finds the
        // few records that have it (an agent's inventory) instead of testing every record of the type with EXISTS.
        var patterns = new List<TriplePattern> { new(S, RdfVocabulary.Type, types.Count == 1 ? types[0].Class : TypeVar) };
        var joined = new List<VfListFilter>();
        foreach (var filter in filters)
        {
            if (filter is VfFieldFilter { AnyOf.Count: 1 } single)
            {
                var field = StoredField(types, single.Field);
                patterns.Add(new TriplePattern(S, field.Predicate, Normalize(field, single.AnyOf[0])));
                joined.Add(filter);
            }
        }

        Op op = types.Count == 1
            ? Bgp([.. patterns])
            : new OpJoin(
                new OpValues(ValueArray.Create(TypeVar), new ValueArray<ValueArray<Term?>>(types.Select(t => ValueArray.Create<Term?>(t.Class)))),
                Bgp([.. patterns]));
        if (withOrderKeys)
        {
            var orderFields = CommonTimeFields(types, t => t.OrderTimeFields);
            op = FirstBound(op, types[0], orderFields, K, "o");
            if (orderFields.Count == 0)
            {
                op = new OpExtend(op, K, Call(BuiltInFunction.Replace, Call(BuiltInFunction.Str, Var(S)), Str("^.*[/#]"), Str(string.Empty)));
            }
        }

        foreach (var filter in filters.Except(joined))
        {
            op = filter is VfTimeRangeFilter range ? Range(op, types, range) : new OpFilter(Condition(types, filter), op);
        }

        return op;
    }

    private static Op Range(Op op, IReadOnlyList<VfRecordType> types, VfTimeRangeFilter range)
    {
        var fields = CommonTimeFields(types, t => t.RangeTimeFields.Count > 0 ? t.RangeTimeFields : t.OrderTimeFields);
        if (fields.Count == 0)
        {
            throw new VfDomainException(VfErrorCode.BadUserInput, $"{types[0].Name} lists have no date to filter on.", "startDate");
        }

        op = FirstBound(op, types[0], fields, RangeKey, "r");
        var conditions = new List<Expression>();
        if (range.Start is { } start)
        {
            conditions.Add(Call(BuiltInFunction.GreaterOrEqual, Var(RangeKey), new ExprTerm(Time(start))));
        }

        if (range.End is { } end)
        {
            conditions.Add(Call(BuiltInFunction.Less, Var(RangeKey), new ExprTerm(Time(end))));
        }

        return conditions.Count == 0 ? op : new OpFilter(conditions.Aggregate((a, b) => Call(BuiltInFunction.And, a, b)), op);
    }

    private static Expression Condition(IReadOnlyList<VfRecordType> types, VfListFilter filter)
    {
        var type = types[0];
        switch (filter)
        {
            case VfFieldFilter f:
            {
                var field = StoredField(types, f.Field);
                if (f.AnyOf.Count == 1)
                {
                    return new ExprExists(Bgp(new TriplePattern(S, field.Predicate, Normalize(field, f.AnyOf[0]))));
                }

                var value = new Variable("fv");
                var set = new List<Expression> { Var(value) };
                set.AddRange(f.AnyOf.Select(v => new ExprTerm(Normalize(field, v))));
                return new ExprExists(new OpFilter(new ExprCall(BuiltInFunction.In, new ValueArray<Expression>(set)), Bgp(new TriplePattern(S, field.Predicate, value))));
            }

            case VfFlagFilter f:
            {
                var field = StoredField(types, f.Field);
                var isTrue = new ExprExists(Bgp(new TriplePattern(S, field.Predicate, Literal.Create("true", Xsd.Boolean))));
                return f.Value ? isTrue : Call(BuiltInFunction.Not, isTrue);
            }

            case VfTextFilter f:
            {
                var text = new Variable("text");
                var predicates = new[] { "name", "note" }.Select(type.Field).Where(x => x is { IsInverse: false }).Select(x => x!.Predicate).ToList();
                Op alternatives = predicates.Select(p => (Op)Bgp(new TriplePattern(S, p, text))).Aggregate((a, b) => new OpUnion(a, b));
                var contains = Call(
                    BuiltInFunction.Contains,
                    Call(BuiltInFunction.LCase, Call(BuiltInFunction.Str, Var(text))),
                    Str(f.Text.ToLowerInvariant()));
                return new ExprExists(new OpFilter(contains, alternatives));
            }

            case VfProposalActiveFilter f:
            {
                var now = new ExprTerm(Time(f.Now));
                var b = new Variable("begin");
                var e = new Variable("end");
                var notYet = new ExprExists(new OpFilter(Call(BuiltInFunction.Greater, Var(b), now), Bgp(new TriplePattern(S, VfModel.Vf("hasBeginning"), b))));
                var over = new ExprExists(new OpFilter(Call(BuiltInFunction.LessOrEqual, Var(e), now), Bgp(new TriplePattern(S, VfModel.Vf("hasEnd"), e))));
                var active = Call(BuiltInFunction.And, Call(BuiltInFunction.Not, notYet), Call(BuiltInFunction.Not, over));
                return f.Active ? active : Call(BuiltInFunction.Not, active);
            }

            case VfProposalPurposeFilter f:
            {
                var purpose = VfModel.Vf("purpose");
                var stated = new ExprExists(Bgp(new TriplePattern(S, purpose, VfModel.Vf(f.Offer ? "offer" : "request"))));
                var anyPurpose = new ExprExists(Bgp(new TriplePattern(S, purpose, new Variable("purpose"))));
                var intent = new Variable("intent");
                var named = VfModel.Vf(f.Offer ? "provider" : "receiver");
                var open = VfModel.Vf(f.Offer ? "receiver" : "provider");
                var bySide = new ExprExists(new OpFilter(
                    Call(BuiltInFunction.Not, new ExprExists(Bgp(new TriplePattern(intent, open, new Variable("other"))))),
                    Bgp(new TriplePattern(S, VfModel.Vf("publishes"), intent), new TriplePattern(intent, named, new Variable("side")))));
                return Call(BuiltInFunction.Or, stated, Call(BuiltInFunction.And, Call(BuiltInFunction.Not, anyPurpose), bySide));
            }

            default:
                throw new ArgumentException($"Unknown list filter {filter}.", nameof(filter));
        }
    }

    private static Term Normalize(VfField field, Term value) =>
        field.Shape is VfValueShape.Reference or VfValueShape.Uri ? value : Records.RecordCodec.Normalize(field, value);

    // Agents: a field of either type (Organization.classifiedAs) filters the list; the other type has no such value.
    private static VfField StoredField(IReadOnlyList<VfRecordType> types, string name) =>
        types.Select(t => t.Field(name)).FirstOrDefault(f => f is { IsInverse: false })
            ?? throw new VfDomainException(VfErrorCode.BadUserInput, $"{types[0].Name} lists cannot be filtered on '{name}'.", name);

    /// <summary>Left-joins each time field and binds <paramref name="target"/> to the first bound one.</summary>
    private static Op FirstBound(Op op, VfRecordType type, IReadOnlyList<string> fields, Variable target, string prefix)
    {
        if (fields.Count == 0)
        {
            return op;
        }

        var values = new List<Expression>();
        for (int i = 0; i < fields.Count; i++)
        {
            var v = new Variable(prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            op = new OpLeftJoin(op, Bgp(new TriplePattern(S, type.Field(fields[i])!.Predicate, v)), null);
            values.Add(Var(v));
        }

        if (target == K)
        {
            values.Add(new ExprTerm(MinTime));
        }

        return new OpExtend(op, target, new ExprCall(BuiltInFunction.Coalesce, new ValueArray<Expression>(values)));
    }

    private static List<string> CommonTimeFields(IReadOnlyList<VfRecordType> types, Func<VfRecordType, IReadOnlyList<string>> select) =>
        [.. types.Skip(1).Aggregate((IEnumerable<string>)select(types[0]), (acc, t) => acc.Where(f => select(t).Contains(f)))];

    private static Literal Time(DateTimeOffset value) => Literal.Create(VfLexical.DateTime(value), Xsd.DateTime);

    private static OpBgp Bgp(params TriplePattern[] patterns) => new(ValueArray.Create(patterns));

    private static ExprVariable Var(Variable v) => new(v);

    private static ExprTerm Str(string text) => new(Literal.Create(text));

    private static ExprCall Call(BuiltInFunction function, params ReadOnlySpan<Expression> arguments) => new(function, arguments);
}
