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

    /// <summary>The Query fields that return a connection of records: (field, the record type to create for it).</summary>
    public static TheoryData<string, string> ListQueries()
    {
        var data = new TheoryData<string, string>();
        foreach (var (field, type) in ConnectionFields())
        {
            data.Add(field, type);
        }

        return data;
    }

    private static List<(string Field, string Type)> ConnectionFields()
    {
        var query = (IComplexGraphType)VfSchema.Instance.AllTypes["Query"]!;
        return [.. query.Fields.Where(f => f.ResolvedType!.GetNamedType().Name.EndsWith("Connection", StringComparison.Ordinal))
            .Select(f => f.ResolvedType!.GetNamedType().Name[..^"Connection".Length] is var node && node == "Agent" ? (f.Name, "Person") : (f.Name, node))];
    }

    [Theory]
    [MemberData(nameof(ListQueries))]
    public void ListQuery_AfterCreatingARecord_ListsItWithoutErrors(string field, string typeName)
    {
        var id = _fixture.Ledger.Create(VfModel.Get(typeName), Full(VfModel.Get(typeName))).Id;
        var json = _fixture.Run($"{{ {field}(first: 1000) {{ edges {{ cursor node {{ __typename }} }} pageInfo {{ totalCount hasNextPage pageLimit }} }} }}");

        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        var connection = json.GetProperty("data").GetProperty(field);
        if (field is "offers" or "requests")
        {
            // The proposal has no purpose and no intents: neither an offer nor a request (DECISIONS 12).
            Assert.Equal(0, connection.GetProperty("pageInfo").GetProperty("totalCount").GetInt32());
            return;
        }

        var ids = _fixture.Run($"{{ {field}(first: 1000) {{ edges {{ node {{ ... on {typeName} {{ id }} }} }} }} }}")
            .GetProperty("data").GetProperty(field).GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").TryGetProperty("id", out var v) ? v.GetString() : null).ToList();
        Assert.Contains(id.Value, ids);
        Assert.Equal(1000, connection.GetProperty("pageInfo").GetProperty("pageLimit").GetInt32());
    }

    [Fact]
    public void QueryFields_Every_HasATestHere()
    {
        // Getters by id (theory above), connections (theory above), and the rest tested where named.
        var tested = new HashSet<string>(StringComparer.Ordinal)
        {
            "action", "actions", "agent", // ExecutorTests and Agent_ById_AnswersThePerson below
            "myAgent", // tests/ValueFlows.Server.Tests GraphQLSamplesTests (--as-agent) and ExecutorTests
        };
        tested.UnionWith(VfModel.Types.Select(t => Getter(t.Name)).Where(g => VfReferenceSchema.HasField("Query", g)));
        tested.UnionWith(ConnectionFields().Select(c => c.Field));
        var query = (IComplexGraphType)VfSchema.Instance.AllTypes["Query"]!;
        var untested = query.Fields.Select(f => f.Name).Where(name => !tested.Contains(name)).ToList();

        Assert.True(untested.Count == 0, "Query fields without a test: " + string.Join(", ", untested));
        Assert.Equal(61, query.Fields.Count);
    }

    [Fact]
    public void Agent_ById_AnswersThePersonAndActionById_AnswersTheAction()
    {
        var person = _fixture.Ledger.Create(VfModel.Get("Person"), Full(VfModel.Get("Person"))).Id;

        var json = _fixture.Run($"{{ agent(id: \"{person.Value}\") {{ __typename id name }} action(id: \"produce\") {{ id onhandEffect }} }}");

        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal("Person", json.GetProperty("data").GetProperty("agent").GetProperty("__typename").GetString());
        Assert.Equal(person.Value, json.GetProperty("data").GetProperty("agent").GetProperty("id").GetString());
        Assert.Equal("increment", json.GetProperty("data").GetProperty("action").GetProperty("onhandEffect").GetString());
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
