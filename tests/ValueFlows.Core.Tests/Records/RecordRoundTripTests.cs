using ValueFlows.Core.Model;

namespace ValueFlows.Core.Tests.Records;

public sealed class RecordRoundTripTests
{
    public static TheoryData<string> TypeNames() => [.. VfModel.Types.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Create_EveryWritableField_ReadsBackEqual(string typeName)
    {
        using var samples = new SampleRecords();
        var type = VfModel.Get(typeName);
        var input = samples.Full(type);

        var record = samples.Ledger.Create(type, input);

        Assert.Equal(type, record.Type);
        Assert.StartsWith(SampleRecords.Base + type.Kind + "/", record.Id.Value, StringComparison.Ordinal);
        Assert.Equal(26, record.Id.Value.Length - (SampleRecords.Base + type.Kind + "/").Length);
        Assert.Equal(record.Id.Value + "?rev=" + samples.Store.Sequence, record.RevisionId);
        foreach (var (field, values) in input.Values)
        {
            Assert.Equal(values.OrderBy(v => v.ToString()), record.Get(field).OrderBy(v => v.ToString()));
        }
    }

    [Fact]
    public void Create_MissingRequiredField_RefusedNamingIt()
    {
        using var samples = new SampleRecords();
        var error = Assert.Throws<VfDomainException>(() => samples.Ledger.Create(VfModel.Get("EconomicResource"), new VfInput().Set("name", VfValue.Of("x"))));
        Assert.Equal(VfErrorCode.BadUserInput, error.Code);
        Assert.Equal("conformsTo", error.Field);
    }
}
