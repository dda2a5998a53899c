using ValueFlows.Core.Model;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Records;

/// <summary>The VF 1.0 direct links a reified record implies (DECISIONS 12), and whether another record still implies one.</summary>
internal static class DirectLinks
{
    public static IReadOnlyList<Quad> Of(IRecordQuads source, Iri id, VfRecordType type)
    {
        if (type.DirectLinks.Count == 0)
        {
            return [];
        }

        var links = new List<Quad>();
        foreach (var link in type.DirectLinks)
        {
            if (link.WhenField is { } when && Flag(source, id, type.Field(when)!) != link.WhenValue)
            {
                continue;
            }

            foreach (var s in Values(source, id, type.Field(link.SubjectField)!))
            {
                foreach (var o in Values(source, id, type.Field(link.ObjectField)!))
                {
                    links.Add(new Quad(s, link.Predicate, o));
                }
            }
        }

        return links;
    }

    public static bool IsAssertedByOther(IRecordQuads source, Iri id, VfRecordType type, Quad link)
    {
        foreach (var spec in type.DirectLinks.Where(l => l.Predicate == link.Predicate))
        {
            var subjectField = type.Field(spec.SubjectField)!;
            foreach (var other in source.Quads(null, subjectField.Predicate, link.Subject).Select(q => q.Subject).OfType<Iri>())
            {
                if (other != id && RecordCodec.TypeOf(source, other) == type && Of(source, other, type).Contains(link))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<Term> Values(IRecordQuads source, Iri id, VfField field) =>
        source.Quads(id, field.Predicate, null).Select(q => q.Object);

    private static bool Flag(IRecordQuads source, Iri id, VfField field) =>
        source.Quads(id, field.Predicate, null).Any(q => q.Object is Literal { Value: "true" or "1" });
}
