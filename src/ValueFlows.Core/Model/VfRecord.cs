using System.Globalization;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Model;

/// <summary>One record as read from the store: its IRI, type, latest revision and stored field values.</summary>
public sealed class VfRecord
{
    private static readonly IReadOnlyList<VfValue> None = [];

    internal VfRecord(Iri id, VfRecordType type, long revision, IReadOnlyDictionary<string, IReadOnlyList<VfValue>> values)
    {
        Id = id;
        Type = type;
        Revision = revision;
        Values = values;
    }

    /// <summary>The record's IRI (its GraphQL <c>id</c>).</summary>
    public Iri Id { get; }

    /// <summary>The record's type.</summary>
    public VfRecordType Type { get; }

    /// <summary>The sequence number of the transaction that wrote this version (0 = unknown, e.g. imported in bulk before revisions).</summary>
    public long Revision { get; }

    /// <summary>The GraphQL <c>revisionId</c>: <c>{iri}?rev={seq}</c> (DECISIONS 2).</summary>
    public string RevisionId => VfRevisionId.Format(Id, Revision);

    /// <summary>Stored field values by field name; fields without values are absent.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<VfValue>> Values { get; }

    /// <summary>The values of <paramref name="field"/> (empty when none).</summary>
    public IReadOnlyList<VfValue> Get(string field) => Values.GetValueOrDefault(field) ?? None;

    /// <summary>The first IRI value of <paramref name="field"/>, or null.</summary>
    public Iri? GetIri(string field)
    {
        var iris = GetIris(field);
        return iris.Count > 0 ? iris[0] : null;
    }

    /// <summary>The IRI values of <paramref name="field"/>.</summary>
    public IReadOnlyList<Iri> GetIris(string field) => [.. Get(field).OfType<VfTermValue>().Select(v => v.Term).OfType<Iri>()];

    /// <summary>The first literal's lexical form of <paramref name="field"/>, or null.</summary>
    public string? GetString(string field) => Get(field).OfType<VfTermValue>().Select(v => v.Term).OfType<Literal>().FirstOrDefault()?.Value;

    /// <summary>The lexical forms of every literal value of <paramref name="field"/>.</summary>
    public IReadOnlyList<string> GetStrings(string field) => [.. Get(field).OfType<VfTermValue>().Select(v => v.Term).OfType<Literal>().Select(l => l.Value)];

    /// <summary>The boolean value of <paramref name="field"/>, or null.</summary>
    public bool? GetBoolean(string field) => GetString(field) switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };

    /// <summary>The decimal value of <paramref name="field"/>, or null.</summary>
    public decimal? GetDecimal(string field) =>
        decimal.TryParse(GetString(field), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>The date-time value of <paramref name="field"/>, or null.</summary>
    public DateTimeOffset? GetDateTime(string field) =>
        DateTimeOffset.TryParse(GetString(field), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    /// <summary>The measure of <paramref name="field"/>, or null.</summary>
    public VfMeasure? GetMeasure(string field) => Get(field).OfType<VfMeasure>().FirstOrDefault();

    /// <summary>The duration of <paramref name="field"/>, or null.</summary>
    public VfDuration? GetDuration(string field) => Get(field).OfType<VfDuration>().FirstOrDefault();

    /// <inheritdoc />
    public override string ToString() => $"{Type.Name} {Id.Value}";
}
