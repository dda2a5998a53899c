using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using ValueFlows.Core.Model;
using ValueFlows.Core.Vocabulary;
using ValueFlows.GraphQL.Schema;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Tests;

/// <summary>Every field of every record type, read through GraphQL from a record with every writable field set.</summary>
public sealed class EveryFieldTests : IDisposable
{
    // The graphql-mutations helper's fields (Revisions/): tested there.
    private static readonly HashSet<string> RevisionFields = ["revisionId", "revision", "meta"];

    private readonly GraphQLFixture _fixture = new();
    private readonly Dictionary<string, Iri> _minimal = new(StringComparer.Ordinal);

    public void Dispose() => _fixture.Dispose();

    public static TheoryData<string> RecordTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in VfModel.Types.Where(t => VfReferenceSchema.HasField("Query", Getter(t.Name))))
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void Getter_FullRecord_ResolvesEveryFieldWithoutErrors(string typeName)
    {
        var type = VfModel.Get(typeName);
        var id = _fixture.Ledger.Create(type, Full(type)).Id;
        var query = $"query($id: ID!) {{ {Getter(typeName)}(id: $id) {{ {Selection(typeName)} }} }}";

        var json = _fixture.Run(query, new { id = id.Value });

        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        var record = json.GetProperty("data").GetProperty(Getter(typeName));
        Assert.Equal(id.Value, record.GetProperty("id").GetString());
        foreach (var field in type.Fields.Where(f => !f.IsInverse && !f.Internal && VfReferenceSchema.HasField(typeName, f.Name)))
        {
            Assert.NotEqual(JsonValueKind.Null, record.GetProperty(field.Name).ValueKind);
        }
    }

    private static string Getter(string typeName) => char.ToLowerInvariant(typeName[0]) + typeName[1..];

    private static string Selection(string typeName)
    {
        var type = (IComplexGraphType)VfSchema.Instance.AllTypes[typeName]!;
        var text = new StringBuilder();
        foreach (var field in type.Fields.Where(f => !RevisionFields.Contains(f.Name)))
        {
            var named = field.ResolvedType!.GetNamedType();
            text.Append(field.Name);
            text.Append(named switch
            {
                _ when named.Name.EndsWith("Connection", StringComparison.Ordinal) => " { edges { cursor node { __typename } } pageInfo { totalCount hasNextPage hasPreviousPage startCursor endCursor pageLimit } }",
                IObjectGraphType or IAbstractGraphType => " { __typename }",
                _ => string.Empty,
            });
            text.Append(' ');
        }

        return text.ToString();
    }

    private Iri Minimal(string typeName)
    {
        if (!_minimal.TryGetValue(typeName, out var id))
        {
            var type = VfModel.Get(typeName);
            var input = new VfInput();
            foreach (var field in type.Fields.Where(f => f.Required))
            {
                input.Set(field.Name, Values(field, list: false));
            }

            _minimal[typeName] = id = _fixture.Ledger.Create(type, input).Id;
        }

        return id;
    }

    private VfInput Full(VfRecordType type)
    {
        var input = new VfInput();
        foreach (var field in type.Fields.Where(f => !f.IsInverse && !f.Internal))
        {
            input.Set(field.Name, Values(field, list: field.IsList));
        }

        return input;
    }

    private VfValue[] Values(VfField field, bool list)
    {
        VfValue one = field.Shape switch
        {
            VfValueShape.Reference => VfValue.Of(field.Targets is { } t ? Minimal(t[0]) : Minimal("Person")),
            VfValueShape.Action => VfValue.Of(Iri.Create(VfNamespaces.Vf + "produce")),
            VfValueShape.Uri => VfValue.Of(Iri.Create("https://tax.example/" + field.Name)),
            VfValueShape.String => VfValue.Of("a " + field.Name),
            VfValueShape.Boolean => VfValue.Of(true),
            VfValueShape.Decimal => VfValue.Of(12.5m),
            VfValueShape.DateTime => VfValue.Of(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)),
            VfValueShape.AnyUri => VfValue.Of(Literal.Create("https://img.example/" + field.Name + ".png", Xsd.AnyUri)),
            VfValueShape.Measure => new VfMeasure(3.5m, GraphQLFixture.Kilogram),
            _ => new VfDuration(2, VfTimeUnit.Hour),
        };
        return list && field.Shape is VfValueShape.Uri ? [one, VfValue.Of(Iri.Create("https://tax.example/second"))] : [one];
    }
}
