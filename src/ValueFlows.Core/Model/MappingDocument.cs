using System.Text;
using ValueFlows.Core.Lists;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Model;

/// <summary>Writes <c>ontology/mapping.md</c> from <see cref="VfModel"/>, so the document and the code never drift (a test compares them).</summary>
internal static class MappingDocument
{
    private static readonly (string Prefix, string Namespace)[] Prefixes =
    [
        ("vf", VfNamespaces.Vf),
        ("vf0", VfNamespaces.VfEarlier),
        ("vfs", VfNamespaces.Server),
        ("om2", VfNamespaces.Om2),
        ("foaf", VfNamespaces.Foaf),
        ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ];

    public static string Write()
    {
        var md = new StringBuilder();
        md.Append("""
            # vf-graphql 0.9.0-alpha.10 ↔ VF 1.0 RDF mapping

            Generated from `src/ValueFlows.Core/Model/VfModel.cs` (`MappingDocument`); a test fails when this file and the code
            differ — regenerate with `VF_WRITE_MAPPING=1 dotnet test tests/ValueFlows.Core.Tests --filter MappingDocument`.
            Binding choices: DECISIONS 1, 2, 9–17. Every object field of the vf-graphql schema is either a stored field, an
            inverse field or a derived field below (checked against the schema's field list by a test).

            | prefix | namespace |
            |---|---|

            """);
        foreach (var (prefix, ns) in Prefixes)
        {
            md.Append("| `").Append(prefix).Append("` | `").Append(ns).Append("` |\n");
        }

        md.Append("""

            **Records.** A record is the quads whose subject is its IRI `{base}{kind}/{ULID}` or starts with `{IRI}#`
            (DECISIONS 1). A measure is the hash node `{IRI}#{field}` typed `vf:Measure` with `vf:hasNumericalValue`
            (`xsd:decimal`) and `vf:hasUnit` (a `vf:Unit`); a duration is the same with an OM time unit (`om2:year`,
            `om2:month`, `om2:week`, `om2:day`, `om2:hour`, `om2:minute-Time`, `om2:second-Time`). Date-times are
            `xsd:dateTime` with a zone; `image`/`imageList` are `xsd:anyURI` literals; `classifiedAs`-like URIs and references
            are IRIs; actions are the `vf:` action individuals. `revisionId` = `{IRI}?rev={seq}`.

            **Value column**: `ref T` = IRI of a record of type T; `+list` = several values; `required` = a create must
            give it; `fixed` = not in the update params; `internal` = written only by Core's event effects; `extension` = not
            a field of vf-graphql's object type; `^p` = inverse (records of the named type whose `p` is this record).


            """);
        foreach (var type in VfModel.Types)
        {
            WriteType(md, type);
        }

        md.Append("## Derived fields\n\nComputed from stored data by Core or the GraphQL layer (`Agent` = Person and Organization, `*` = every type that has the field).\n\n| type | field | derived as |\n|---|---|---|\n");
        foreach (var (type, field, meaning) in VfDerivedFields.All)
        {
            md.Append("| ").Append(type).Append(" | `").Append(field).Append("` | ").Append(meaning).Append(" |\n");
        }

        md.Append("""

            ## List filters and order

            Every list is totally ordered (DECISIONS 17): events by their first bound order date (`hasPointInTime`, then
            `hasEnd`), then IRI; every other type by creation (the ULID of the IRI, monotonic per server), then IRI. Cursors
            encode that key (keyset paging: never offsets); pages default to 50 and stop at 1,000. Lists are SPARQL algebra
            (`VfListAlgebra`), so they run on the embedded store and on a remote SPARQL store alike. Each
            `*FilterParams` field means:

            | filter field | condition |
            |---|---|

            """);
        foreach (var (field, meaning) in VfFilterParams.Semantics)
        {
            md.Append("| `").Append(field).Append("` | ").Append(meaning).Append(" |\n");
        }

        md.Append("\nDate ranges apply to the first bound of each type's range time fields:\n\n| type | range date |\n|---|---|\n");
        foreach (var type in VfModel.Types.Where(t => t.RangeTimeFields.Count > 0))
        {
            md.Append("| ").Append(type.Name).Append(" | ").Append(string.Join(", then ", type.RangeTimeFields.Select(f => "`" + f + "`"))).Append(" |\n");
        }

        return md.ToString();
    }

    private static void WriteType(StringBuilder md, VfRecordType type)
    {
        md.Append("## ").Append(type.Name).Append("\n\nClass ").Append(Short(type.Class)).Append(", IRIs `{base}").Append(type.Kind).Append("/{ULID}`");
        if (!type.Deletable)
        {
            md.Append("; never deleted (DECISIONS 15)");
        }
        else if (type.DeleteById)
        {
            md.Append("; deleted by id without a revision check (DECISIONS 16)");
        }

        md.Append(".\n");
        foreach (var link in type.DirectLinks)
        {
            md.Append("Also writes the VF 1.0 link `").Append(link.SubjectField).Append(' ').Append(Short(link.Predicate)).Append(' ').Append(link.ObjectField).Append('`');
            if (link.WhenField is { } when)
            {
                md.Append(" when `").Append(when).Append("` is ").Append(link.WhenValue ? "true" : "false");
            }

            md.Append(" (DECISIONS 12).\n");
        }

        md.Append("\n| field | RDF | value |\n|---|---|---|\n");
        foreach (var field in type.Fields)
        {
            md.Append("| `").Append(field.Name).Append("` | ");
            if (field.IsInverse)
            {
                md.Append('^').Append(Short(field.Predicate)).Append(" | ").Append(string.Join(" or ", field.Targets!)).Append('.').Append(field.InverseOf).Append(" |\n");
                continue;
            }

            md.Append(Short(field.Predicate));
            foreach (var fallback in field.Fallbacks)
            {
                md.Append(", else ").Append(Short(fallback));
            }

            md.Append(" | ").Append(Value(field));
            var flags = new List<string>();
            if (field.IsList)
            {
                flags.Add("+list");
            }

            if (field.Required)
            {
                flags.Add("required");
            }

            if (!field.Updatable && !field.Internal)
            {
                flags.Add("fixed");
            }

            if (field.Internal)
            {
                flags.Add("internal");
            }

            if (field.Extension)
            {
                flags.Add("extension");
            }

            if (flags.Count > 0)
            {
                md.Append(' ').Append(string.Join(", ", flags));
            }

            md.Append(" |\n");
        }

        md.Append('\n');
    }

    private static string Value(VfField field) => field.Shape switch
    {
        VfValueShape.Reference => field.Targets is { } t ? "ref " + string.Join("\\|", t) : "IRI",
        VfValueShape.Action => "`vf:` action",
        VfValueShape.Uri => "IRI",
        VfValueShape.String => "`xsd:string`",
        VfValueShape.Boolean => "`xsd:boolean`",
        VfValueShape.Decimal => "`xsd:decimal`",
        VfValueShape.DateTime => "`xsd:dateTime`",
        VfValueShape.AnyUri => "`xsd:anyURI`",
        VfValueShape.Measure => "`vf:Measure` `#" + field.Name + "`",
        _ => "`vf:Measure` (time unit) `#" + field.Name + "`",
    };

    private static string Short(Iri iri)
    {
        foreach (var (prefix, ns) in Prefixes)
        {
            if (iri.Value.StartsWith(ns, StringComparison.Ordinal))
            {
                return "`" + prefix + ":" + iri.Value[ns.Length..] + "`";
            }
        }

        return "`<" + iri.Value + ">`";
    }
}
