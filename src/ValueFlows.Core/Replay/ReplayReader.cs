using System.Globalization;
using ValueFlows.Core.Model;
using ValueFlows.Core.Records;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Replay;

/// <summary>
/// Reads VF records from quads: a record is a subject typed with a VF class, its fields are the predicates of
/// <see cref="VfModel"/>, its measures are the nodes its measure fields point at (<c>{IRI}#field</c> or blank nodes), and
/// <c>om2:</c> measure terms are read as VF's own (DECISIONS 9). Every broken value is collected as an error.
/// </summary>
internal static class ReplayReader
{
    private static readonly VfRecordType s_resource = VfModel.Get("EconomicResource");
    private static readonly Iri s_omMeasure = Iri.CreateUnchecked(VfNamespaces.Om2 + "Measure");
    private static readonly Iri s_omNumericalValue = Iri.CreateUnchecked(VfNamespaces.Om2 + "hasNumericalValue");
    private static readonly Iri s_omUnit = Iri.CreateUnchecked(VfNamespaces.Om2 + "hasUnit");

    /// <summary>The EconomicResource fields Core derives from events (DECISIONS 7, 8): never taken from the input.</summary>
    public static readonly IReadOnlyList<string> DerivedResourceFields =
        ["accountingQuantity", "onhandQuantity", "currentLocation", "containedIn", "primaryAccountable", "stage", "state"];

    public static ReplayReading Read(IEnumerable<Quad> quads, string baseIri)
    {
        var errors = new List<ReplayError>();
        var ignored = new List<ReplayNote>();
        var input = Normalize(quads, ignored);
        input = Skolemize(input, baseIri);

        var bySubject = new Dictionary<Term, List<Quad>>();
        var subjects = new List<Term>();
        foreach (var quad in input)
        {
            if (!bySubject.TryGetValue(quad.Subject, out var list))
            {
                bySubject.Add(quad.Subject, list = []);
                subjects.Add(quad.Subject);
            }

            list.Add(quad);
        }

        var records = new List<ReplayRecord>();
        int derivedSkipped = 0;
        foreach (var subject in subjects)
        {
            var type = bySubject[subject]
                .Where(q => q.Predicate == RecordCodec.RdfType && q.Object is Iri)
                .Select(q => VfModel.FindByClass((Iri)q.Object))
                .FirstOrDefault(t => t is not null);
            if (type is null || subject is not Iri id)
            {
                continue;
            }

            var record = ReadRecord(id, type, records.Count, bySubject, errors, ignored, ref derivedSkipped);
            if (record is not null)
            {
                records.Add(record);
            }
        }

        return new ReplayReading(records, errors, ignored, derivedSkipped);
    }

    private static ReplayRecord? ReadRecord(
        Iri id, VfRecordType type, int order, Dictionary<Term, List<Quad>> bySubject, List<ReplayError> errors, List<ReplayNote> ignored, ref int derivedSkipped)
    {
        int errorsBefore = errors.Count;
        var values = new Dictionary<string, List<VfValue>>(StringComparer.Ordinal);
        var fallbacks = new List<(VfField Field, Iri Predicate, Term Value)>();
        var record = new ReplayRecord(id, type, new VfInput(), order);
        foreach (var quad in bySubject[id])
        {
            if (quad.Predicate == RecordCodec.RdfType)
            {
                continue;
            }

            var field = type.FieldByPredicate(quad.Predicate);
            if (field is null)
            {
                var named = type.Fields.FirstOrDefault(f => f.Fallbacks.Contains(quad.Predicate));
                if (named is not null)
                {
                    fallbacks.Add((named, quad.Predicate, quad.Object));
                }
                else
                {
                    ignored.Add(new ReplayNote(id, quad.Predicate, $"{type.Name} has no field stored as this property."));
                }

                continue;
            }

            if (type == s_resource && field.Name == "currentLocation" && quad.Object is Iri location)
            {
                record.CreatedAt = location;
                record.References.Add(location);
                continue;
            }

            if (type == s_resource && DerivedResourceFields.Contains(field.Name, StringComparer.Ordinal))
            {
                derivedSkipped++;
                continue;
            }

            if (Decode(id, field, quad.Object, bySubject, errors) is { } value)
            {
                Add(values, field.Name, value);
                if (field.Shape == VfValueShape.Reference && quad.Object is Iri target)
                {
                    record.References.Add(target);
                }
            }
        }

        // Names fall back from vf:name to foaf:name to rdfs:label (DECISIONS 14); the record is written with vf:name.
        foreach (var group in fallbacks.Where(f => !values.ContainsKey(f.Field.Name)).GroupBy(f => f.Field))
        {
            var (field, _, value) = group.OrderBy(f => f.Field.Fallbacks.ToList().IndexOf(f.Predicate)).First();
            if (Decode(id, field, value, bySubject, errors) is { } decoded)
            {
                Add(values, field.Name, decoded);
            }
        }

        foreach (var (name, list) in values)
        {
            var field = type.Field(name)!;
            if (list.Count > 1 && !field.IsList)
            {
                errors.Add(new ReplayError(id, name, VfErrorCode.BadUserInput, $"{type.Name}.{name} takes one value, not {list.Count}."));
                continue;
            }

            record.Input.Set(name, list);
        }

        if (record.IsEvent)
        {
            record.Time = EventTime(record.Input);
        }

        return errors.Count == errorsBefore ? record : null;
    }

    private static VfValue? Decode(Iri id, VfField field, Term value, Dictionary<Term, List<Quad>> bySubject, List<ReplayError> errors)
    {
        try
        {
            if (!field.IsHashNode)
            {
                return new VfTermValue(RecordCodec.Normalize(field, value));
            }

            decimal? number = null;
            Iri? unit = null;
            foreach (var quad in bySubject.GetValueOrDefault(value) ?? [])
            {
                if (quad.Predicate == RecordCodec.HasNumericalValue)
                {
                    number = quad.Object is Literal l && decimal.TryParse(l.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                        ? d
                        : throw new VfDomainException(VfErrorCode.BadUserInput, $"'{field.Name}' has a numerical value that is not a number: {quad.Object}.", field.Name + ".hasNumericalValue");
                }
                else if (quad.Predicate == RecordCodec.HasUnit)
                {
                    unit = quad.Object as Iri
                        ?? throw new VfDomainException(VfErrorCode.BadUserInput, $"'{field.Name}' needs a unit IRI, not {quad.Object}.", field.Name + ".hasUnit");
                }
            }

            if (number is not { } n)
            {
                throw new VfDomainException(VfErrorCode.BadUserInput, $"'{field.Name}' needs a measure with vf:hasNumericalValue.", field.Name + ".hasNumericalValue");
            }

            if (field.Shape == VfValueShape.Measure)
            {
                return new VfMeasure(n, unit);
            }

            return unit is not null && OmTimeUnits.TryGet(unit, out var timeUnit)
                ? new VfDuration(n, timeUnit)
                : throw new VfDomainException(VfErrorCode.BadUserInput, $"'{field.Name}' needs an OM time unit (second … year).", field.Name + ".hasUnit");
        }
        catch (VfDomainException e)
        {
            errors.Add(new ReplayError(id, e.Field, e.Code, e.Message));
            return null;
        }
    }

    private static DateTimeOffset? EventTime(VfInput input)
    {
        foreach (var name in (string[])["hasPointInTime", "hasEnd", "hasBeginning"])
        {
            if (input.Values.TryGetValue(name, out var values) && values.Count > 0 && values[0] is VfTermValue { Term: Literal literal }
                && DateTimeOffset.TryParse(literal.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return time;
            }
        }

        return null;
    }

    /// <summary>Default-graph quads only, each once, with <c>om2:</c> measure terms rewritten to VF's (DECISIONS 9).</summary>
    private static List<Quad> Normalize(IEnumerable<Quad> quads, List<ReplayNote> ignored)
    {
        var seen = new HashSet<Quad>();
        var result = new List<Quad>();
        foreach (var quad in quads)
        {
            if (!quad.InDefaultGraph)
            {
                ignored.Add(new ReplayNote(quad.Subject, quad.Predicate, $"In the named graph {quad.Graph}: replay reads the default graph (DECISIONS 5)."));
                continue;
            }

            var q = quad;
            if (q.Predicate == s_omNumericalValue)
            {
                q = new Quad(q.Subject, RecordCodec.HasNumericalValue, q.Object);
            }
            else if (q.Predicate == s_omUnit)
            {
                q = new Quad(q.Subject, RecordCodec.HasUnit, q.Object);
            }
            else if (q.Predicate == RecordCodec.RdfType && q.Object == s_omMeasure)
            {
                q = new Quad(q.Subject, RecordCodec.RdfType, RecordCodec.MeasureClass);
            }

            if (seen.Add(q))
            {
                result.Add(q);
            }
        }

        return result;
    }

    /// <summary>Blank nodes that carry a VF type become <c>{base}.well-known/genid/{label}</c> (DECISIONS 1).</summary>
    private static List<Quad> Skolemize(List<Quad> quads, string baseIri)
    {
        var map = new Dictionary<Term, Iri>();
        foreach (var quad in quads)
        {
            if (quad.Subject is BlankNode node && quad.Predicate == RecordCodec.RdfType && quad.Object is Iri c && VfModel.FindByClass(c) is not null)
            {
                map.TryAdd(node, Iri.CreateUnchecked(baseIri + ".well-known/genid/" + Uri.EscapeDataString(node.Label)));
            }
        }

        if (map.Count == 0)
        {
            return quads;
        }

        Term Map(Term term) => map.TryGetValue(term, out var iri) ? iri : term;
        return [.. quads.Select(q => new Quad(Map(q.Subject), q.Predicate, Map(q.Object)))];
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
