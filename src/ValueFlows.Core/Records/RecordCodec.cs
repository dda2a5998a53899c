using System.Globalization;
using ValueFlows.Core.Model;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Records;

/// <summary>Records ↔ quads, driven by <see cref="VfModel"/>: a record is its IRI's quads plus those of its hash nodes (DECISIONS 1).</summary>
internal static class RecordCodec
{
    public static readonly Iri RdfType = RdfVocabulary.Type;
    public static readonly Iri MeasureClass = VfModel.Vf("Measure");
    public static readonly Iri HasNumericalValue = VfModel.Vf("hasNumericalValue");
    public static readonly Iri HasUnit = VfModel.Vf("hasUnit");

    public static Iri HashNode(Iri record, VfField field) => Iri.CreateUnchecked(record.Value + "#" + field.Name);

    public static bool IsOwnNode(Iri record, Term node) =>
        node is Iri iri && iri.Value.Length > record.Value.Length + 1 && iri.Value.StartsWith(record.Value, StringComparison.Ordinal)
        && iri.Value[record.Value.Length] == '#';

    /// <summary>The first VF record type among <paramref name="id"/>'s classes, or null.</summary>
    public static VfRecordType? TypeOf(IRecordQuads source, Term id)
    {
        foreach (var quad in source.Quads(id, RdfType, null))
        {
            if (quad.Object is Iri c && VfModel.FindByClass(c) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>Reads the stored fields of a record; null when it has no quads of its type.</summary>
    public static VfRecord? Read(IRecordQuads source, Iri id, long revision)
    {
        var type = TypeOf(source, id);
        if (type is null)
        {
            return null;
        }

        var values = new Dictionary<string, List<VfValue>>(StringComparer.Ordinal);
        var fallbacks = new List<Quad>();
        foreach (var quad in source.Quads(id, null, null))
        {
            var field = type.FieldByPredicate(quad.Predicate);
            if (field is null)
            {
                fallbacks.Add(quad);
                continue;
            }

            if (Decode(source, field, quad.Object) is { } value)
            {
                Add(values, field.Name, value);
            }
        }

        foreach (var field in type.Fields.Where(f => f.Fallbacks.Count > 0 && !values.ContainsKey(f.Name)))
        {
            var found = field.Fallbacks.Select(p => fallbacks.FirstOrDefault(q => q.Predicate == p && q.Object is Literal)).FirstOrDefault(q => q.Object is not null);
            if (found.Object is not null)
            {
                Add(values, field.Name, new VfTermValue(found.Object));
            }
        }

        return new VfRecord(id, type, revision, values.ToDictionary(p => p.Key, p => (IReadOnlyList<VfValue>)p.Value, StringComparer.Ordinal));
    }

    /// <summary>Every quad of the record: subject quads and the quads of its own hash nodes.</summary>
    public static List<Quad> RecordQuads(IRecordQuads source, Iri id)
    {
        var quads = source.Quads(id, null, null).ToList();
        foreach (var node in quads.Select(q => q.Object).Where(o => IsOwnNode(id, o)).Distinct().ToList())
        {
            quads.AddRange(source.Quads(node, null, null));
        }

        return quads;
    }

    /// <summary>The quads that store <paramref name="values"/> as <paramref name="field"/> of <paramref name="id"/>.</summary>
    public static IEnumerable<Quad> Encode(Iri id, VfField field, IReadOnlyList<VfValue> values)
    {
        if (values.Count > 1 && !field.IsList)
        {
            throw new VfDomainException(VfErrorCode.BadUserInput, $"'{field.Name}' takes one value, not {values.Count}.", field.Name);
        }

        foreach (var value in values)
        {
            switch (value)
            {
                case VfMeasure measure when field.Shape == VfValueShape.Measure:
                {
                    var node = HashNode(id, field);
                    yield return new Quad(id, field.Predicate, node);
                    yield return new Quad(node, RdfType, MeasureClass);
                    yield return new Quad(node, HasNumericalValue, Literal.Create(VfLexical.Decimal(measure.NumericalValue), Xsd.Decimal));
                    if (measure.Unit is { } unit)
                    {
                        yield return new Quad(node, HasUnit, unit);
                    }

                    break;
                }

                case VfDuration duration when field.Shape == VfValueShape.Duration:
                {
                    var node = HashNode(id, field);
                    yield return new Quad(id, field.Predicate, node);
                    yield return new Quad(node, RdfType, MeasureClass);
                    yield return new Quad(node, HasNumericalValue, Literal.Create(VfLexical.Decimal(duration.NumericDuration), Xsd.Decimal));
                    yield return new Quad(node, HasUnit, OmTimeUnits.Iri(duration.Unit));
                    break;
                }

                case VfTermValue term when !field.IsHashNode:
                    yield return new Quad(id, field.Predicate, Normalize(field, term.Term));
                    break;
                default:
                    throw new VfDomainException(VfErrorCode.BadUserInput, $"'{field.Name}' needs a {Describe(field.Shape)}.", field.Name);
            }
        }
    }

    /// <summary>A value in the form it is stored in, or a <see cref="VfErrorCode.BadUserInput"/> naming the field.</summary>
    public static Term Normalize(VfField field, Term term)
    {
        var literal = term as Literal;
        Term? result = field.Shape switch
        {
            VfValueShape.Reference or VfValueShape.Uri => term as Iri,
            VfValueShape.Action => term switch
            {
                Iri iri when iri.Value.StartsWith(VfNamespaces.Vf, StringComparison.Ordinal) => iri,
                Literal l when l.Value.Length > 0 && l.Value.All(char.IsAsciiLetter) => VfModel.Vf(l.Value),
                _ => null,
            },
            VfValueShape.String => literal is null ? null : literal.IsSimple ? literal : Literal.Create(literal.Value),
            VfValueShape.Boolean => literal?.Value switch
            {
                "true" or "1" => Literal.Create("true", Xsd.Boolean),
                "false" or "0" => Literal.Create("false", Xsd.Boolean),
                _ => null,
            },
            VfValueShape.Decimal => literal is not null && decimal.TryParse(literal.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? Literal.Create(VfLexical.Decimal(d), Xsd.Decimal)
                : null,
            VfValueShape.DateTime => literal is not null && HasZone(literal.Value)
                && DateTimeOffset.TryParse(literal.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? Literal.Create(literal.Value, Xsd.DateTime)
                : null,
            VfValueShape.AnyUri => term switch
            {
                Iri iri => Literal.Create(iri.Value, Xsd.AnyUri),
                Literal l => Literal.Create(l.Value, Xsd.AnyUri),
                _ => null,
            },
            _ => null,
        };
        return result ?? throw new VfDomainException(VfErrorCode.BadUserInput, $"'{field.Name}' needs a {Describe(field.Shape)}, not {term}.", field.Name);
    }

    private static bool HasZone(string lexical)
    {
        int t = lexical.IndexOf('T', StringComparison.Ordinal);
        if (t < 0)
        {
            return false;
        }

        var time = lexical.AsSpan(t);
        return time.EndsWith("Z", StringComparison.Ordinal)
            || (time.Length > 6 && (time[^6] == '+' || time[^6] == '-') && time[^3] == ':');
    }

    private static string Describe(VfValueShape shape) => shape switch
    {
        VfValueShape.Reference => "record IRI",
        VfValueShape.Action => "VF action (a local name such as 'produce' or its vf: IRI)",
        VfValueShape.Uri => "URI",
        VfValueShape.String => "string",
        VfValueShape.Boolean => "boolean",
        VfValueShape.Decimal => "decimal number",
        VfValueShape.DateTime => "date-time with a date, a time and a time zone (xsd:dateTimeStamp)",
        VfValueShape.AnyUri => "URI",
        VfValueShape.Measure => "measure (hasNumericalValue, hasUnit)",
        _ => "duration (numericDuration, unitType)",
    };

    private static VfValue? Decode(IRecordQuads source, VfField field, Term value)
    {
        if (!field.IsHashNode)
        {
            return new VfTermValue(value);
        }

        decimal? number = null;
        Iri? unit = null;
        foreach (var quad in source.Quads(value, null, null))
        {
            if (quad.Predicate == HasNumericalValue && quad.Object is Literal l
                && decimal.TryParse(l.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                number = d;
            }
            else if (quad.Predicate == HasUnit && quad.Object is Iri u)
            {
                unit = u;
            }
        }

        if (number is not { } n)
        {
            return null;
        }

        if (field.Shape == VfValueShape.Measure)
        {
            return new VfMeasure(n, unit);
        }

        return unit is not null && OmTimeUnits.TryGet(unit, out var timeUnit) ? new VfDuration(n, timeUnit) : null;
    }

    private static void Add(Dictionary<string, List<VfValue>> values, string field, VfValue value)
    {
        if (!values.TryGetValue(field, out var list))
        {
            values[field] = list = [];
        }

        list.Add(value);
    }
}
