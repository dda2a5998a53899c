using System.Collections.Frozen;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Units;

/// <summary>
/// The units every server preloads: the OM 2.0 units of <c>ontology/units.csv</c> (embedded), each a <c>vf:Unit</c> whose
/// IRI is the OM IRI (DECISIONS 9).
/// </summary>
public sealed class UnitCatalog
{
    /// <summary>The logical name of the embedded <c>ontology/units.csv</c>.</summary>
    public const string ResourceName = "ValueFlows.Core.ontology.units.csv";

    private static readonly Lazy<UnitCatalog> s_standard = new(LoadStandard);

    private static readonly Iri s_unitClass = Iri.CreateUnchecked(VfNamespaces.Vf + "Unit");
    private static readonly Iri s_label = Iri.CreateUnchecked(VfNamespaces.Vf + "label");
    private static readonly Iri s_symbol = Iri.CreateUnchecked(VfNamespaces.Vf + "symbol");
    private static readonly Iri s_omUnitIdentifier = Iri.CreateUnchecked(VfNamespaces.Vf + "omUnitIdentifier");
    private static readonly Iri s_anyUri = Iri.CreateUnchecked(Xsd.Namespace + "anyURI");

    private readonly FrozenDictionary<string, VfUnit> _byIri;

    private UnitCatalog(IReadOnlyList<VfUnit> units)
    {
        All = units;
        _byIri = units.ToFrozenDictionary(u => u.Iri.Value, StringComparer.Ordinal);
    }

    /// <summary>The preloaded OM units.</summary>
    public static UnitCatalog Standard => s_standard.Value;

    /// <summary>Every unit, in file order (the first of a repeated OM name wins).</summary>
    public IReadOnlyList<VfUnit> All { get; }

    /// <summary>Reads units from CSV laid out as <c>ontology/units.csv</c>.</summary>
    /// <exception cref="InvalidDataException">A record has fewer than four fields or an empty name.</exception>
    public static UnitCatalog Load(TextReader csv)
    {
        var units = new List<VfUnit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in UnitsCsv.ReadRecords(csv))
        {
            if (record.Length < 4 || record[1].Length == 0 || record[2].Length == 0)
            {
                throw new InvalidDataException("units.csv: a record needs an OM class, an OM name, a label and a symbol field: "
                    + string.Join(',', record));
            }

            var omIri = VfNamespaces.Om2 + record[1];
            if (seen.Add(omIri))
            {
                units.Add(new VfUnit(Iri.Create(omIri), record[2], record[3].Length == 0 ? null : record[3], omIri));
            }
        }

        return new UnitCatalog(units);
    }

    /// <summary>Finds a unit by IRI, or by OM local name (<c>kilogram</c>).</summary>
    public bool TryGet(string iriOrOmName, out VfUnit unit) =>
        _byIri.TryGetValue(iriOrOmName, out unit!) || _byIri.TryGetValue(VfNamespaces.Om2 + iriOrOmName, out unit!);

    /// <summary>The quads that preload the units into the default graph.</summary>
    public IEnumerable<Quad> ToQuads()
    {
        foreach (var unit in All)
        {
            yield return new Quad(unit.Iri, RdfVocabulary.Type, s_unitClass);
            yield return new Quad(unit.Iri, s_label, Literal.Create(unit.Label));
            if (unit.Symbol is not null)
            {
                yield return new Quad(unit.Iri, s_symbol, Literal.Create(unit.Symbol));
            }

            yield return new Quad(unit.Iri, s_omUnitIdentifier, Literal.Create(unit.OmUnitIdentifier, s_anyUri));
        }
    }

    private static UnitCatalog LoadStandard()
    {
        using var stream = typeof(UnitCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded resource " + ResourceName + " is missing.");
        using var reader = new StreamReader(stream);
        return Load(reader);
    }
}
