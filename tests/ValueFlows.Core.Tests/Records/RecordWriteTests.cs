using ValueFlows.Core.Model;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Tests.Records;

public sealed class RecordWriteTests
{
    private static readonly Iri Hour = Iri.Create(VfNamespaces.Om2 + "hour");

    [Fact]
    public void Update_LatestRevision_ChangesFieldsAndRevision()
    {
        using var samples = new SampleRecords();
        var plan = samples.Ledger.Create(VfModel.Get("Plan"), new VfInput().Set("name", VfValue.Of("Harvest")).Set("note", VfValue.Of("first")));

        var updated = samples.Ledger.Update(plan.RevisionId, new VfInput().Set("note", VfValue.Of("second")));

        Assert.Equal("second", updated.GetString("note"));
        Assert.Equal("Harvest", updated.GetString("name"));
        Assert.True(updated.Revision > plan.Revision);
    }

    [Fact]
    public void Update_StaleRevision_ConflictAndNothingWritten()
    {
        using var samples = new SampleRecords();
        var plan = samples.Ledger.Create(VfModel.Get("Plan"), new VfInput().Set("name", VfValue.Of("Harvest")));
        samples.Ledger.Update(plan.RevisionId, new VfInput().Set("note", VfValue.Of("mine")));
        long before = samples.Store.Sequence;

        var error = Assert.Throws<VfDomainException>(() => samples.Ledger.Update(plan.RevisionId, new VfInput().Set("note", VfValue.Of("theirs"))));

        Assert.Equal(VfErrorCode.Conflict, error.Code);
        Assert.Equal("revisionId", error.Field);
        Assert.Equal(before, samples.Store.Sequence);
        using var read = samples.Ledger.OpenRead();
        Assert.Equal("mine", read.Get(plan.Id)!.GetString("note"));
    }

    [Fact]
    public void Update_MeasureChangedOnly_NewRevisionAndOldRevisionStale()
    {
        using var samples = new SampleRecords();
        var commitment = samples.Ledger.Create(VfModel.Get("Commitment"), samples.Full(VfModel.Get("Commitment")));

        var updated = samples.Ledger.Update(commitment.RevisionId, new VfInput().Set("effortQuantity", new VfMeasure(8, Hour)));

        Assert.Equal(new VfMeasure(8, Hour), updated.GetMeasure("effortQuantity"));
        Assert.NotEqual(commitment.RevisionId, updated.RevisionId);
        Assert.Throws<VfDomainException>(() => samples.Ledger.Update(commitment.RevisionId, new VfInput().Set("note", VfValue.Of("late"))));
    }

    [Fact]
    public void Update_ClearMeasure_RemovesItsHashNode()
    {
        using var samples = new SampleRecords();
        var commitment = samples.Ledger.Create(VfModel.Get("Commitment"), samples.Full(VfModel.Get("Commitment")));

        var updated = samples.Ledger.Update(commitment.RevisionId, new VfInput().Set("resourceQuantity"));

        Assert.Null(updated.GetMeasure("resourceQuantity"));
        using var read = samples.Ledger.OpenRead();
        Assert.Empty(read.Snapshot.GetQuads(Iri.Create(commitment.Id.Value + "#resourceQuantity"), null, null, null));
    }

    [Fact]
    public void Update_FieldOutsideUpdateParams_Refused()
    {
        using var samples = new SampleRecords();
        var @event = samples.Ledger.Create(VfModel.Get("EconomicEvent"), samples.Full(VfModel.Get("EconomicEvent")));

        var error = Assert.Throws<VfDomainException>(() => samples.Ledger.Update(@event.RevisionId, new VfInput().Set("action", VfValue.Of("consume"))));

        Assert.Equal(VfErrorCode.BadUserInput, error.Code);
        Assert.Equal("action", error.Field);
    }

    [Fact]
    public void Update_ClearRequiredField_Refused()
    {
        using var samples = new SampleRecords();
        var plan = samples.Ledger.Create(VfModel.Get("Plan"), new VfInput().Set("name", VfValue.Of("Harvest")));

        var error = Assert.Throws<VfDomainException>(() => samples.Ledger.Update(plan.RevisionId, new VfInput().Set("name")));

        Assert.Equal("name", error.Field);
    }

    [Fact]
    public void Create_InternalField_Refused()
    {
        using var samples = new SampleRecords();
        var input = samples.Full(VfModel.Get("EconomicResource")).Set("accountingQuantity", new VfMeasure(1, SampleRecords.Kilogram));

        var error = Assert.Throws<VfDomainException>(() => samples.Ledger.Create(VfModel.Get("EconomicResource"), input));

        Assert.Equal("accountingQuantity", error.Field);
    }

    [Fact]
    public void Create_ReferenceToMissingRecord_NotFoundNamingField()
    {
        using var samples = new SampleRecords();
        var input = samples.Full(VfModel.Get("EconomicEvent")).Set("provider", VfValue.Of(Iri.Create(SampleRecords.Base + "person/nobody")));

        var error = Assert.Throws<VfDomainException>(() => samples.Ledger.Create(VfModel.Get("EconomicEvent"), input));

        Assert.Equal(VfErrorCode.NotFound, error.Code);
        Assert.Equal("provider", error.Field);
    }

    [Fact]
    public void Create_ReferenceToRecordOfWrongType_NotFound()
    {
        using var samples = new SampleRecords();
        var input = samples.Full(VfModel.Get("EconomicEvent")).Set("provider", VfValue.Of(samples.Minimal("Plan")));

        Assert.Equal(VfErrorCode.NotFound, Assert.Throws<VfDomainException>(() => samples.Ledger.Create(VfModel.Get("EconomicEvent"), input)).Code);
    }

    [Theory]
    [InlineData("2026-01-02T03:04:05")]
    [InlineData("2026-01-02")]
    [InlineData("soon")]
    public void Create_DateTimeWithoutZoneOrTime_BadUserInput(string lexical)
    {
        using var samples = new SampleRecords();
        var input = new VfInput().Set("name", VfValue.Of("p")).Set("due", VfValue.Of(Literal.Create(lexical, Xsd.DateTime)));

        var error = Assert.Throws<VfDomainException>(() => samples.Ledger.Create(VfModel.Get("Plan"), input));

        Assert.Equal(VfErrorCode.BadUserInput, error.Code);
        Assert.Equal("due", error.Field);
    }

    [Fact]
    public void Create_ActionAsLocalName_StoredAsVfIri()
    {
        using var samples = new SampleRecords();
        var input = samples.Full(VfModel.Get("Intent")).Set("action", VfValue.Of("transfer"));

        var intent = samples.Ledger.Create(VfModel.Get("Intent"), input);

        Assert.Equal(Iri.Create(VfNamespaces.Vf + "transfer"), intent.GetIri("action"));
    }

    [Fact]
    public void Delete_ReferencedRecord_ConflictAndNothingWritten()
    {
        using var samples = new SampleRecords();
        var alice = samples.Minimal("Person");
        samples.Ledger.Create(VfModel.Get("EconomicEvent"), samples.Full(VfModel.Get("EconomicEvent")).Set("provider", VfValue.Of(alice)));
        long before = samples.Store.Sequence;
        string revision;
        using (var read = samples.Ledger.OpenRead())
        {
            revision = read.Get(alice)!.RevisionId;
        }

        var error = Assert.Throws<VfDomainException>(() => samples.Ledger.Delete(revision));

        Assert.Equal(VfErrorCode.Conflict, error.Code);
        Assert.Equal(before, samples.Store.Sequence);
    }

    [Theory]
    [InlineData("EconomicEvent")]
    [InlineData("EconomicResource")]
    public void Delete_EventOrResource_Forbidden(string typeName)
    {
        using var samples = new SampleRecords();
        var record = samples.Ledger.Create(VfModel.Get(typeName), samples.Full(VfModel.Get(typeName)));

        Assert.Equal(VfErrorCode.Forbidden, Assert.Throws<VfDomainException>(() => samples.Ledger.Delete(record.RevisionId)).Code);
    }

    [Fact]
    public void Delete_UnreferencedRecord_RemovesItAndItsHashNodes()
    {
        using var samples = new SampleRecords();
        var commitment = samples.Ledger.Create(VfModel.Get("Commitment"), samples.Full(VfModel.Get("Commitment")));

        samples.Ledger.Delete(commitment.RevisionId);

        using var read = samples.Ledger.OpenRead();
        Assert.Null(read.Get(commitment.Id));
        Assert.DoesNotContain(read.Snapshot.GetAllQuads(), q => q.Subject is Iri s && s.Value.StartsWith(commitment.Id.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Delete_StaleRevision_Conflict()
    {
        using var samples = new SampleRecords();
        var plan = samples.Ledger.Create(VfModel.Get("Plan"), new VfInput().Set("name", VfValue.Of("Harvest")));
        samples.Ledger.Update(plan.RevisionId, new VfInput().Set("note", VfValue.Of("changed")));

        Assert.Equal(VfErrorCode.Conflict, Assert.Throws<VfDomainException>(() => samples.Ledger.Delete(plan.RevisionId)).Code);
    }

    [Fact]
    public void DeleteById_Process_RemovedWithoutRevision()
    {
        using var samples = new SampleRecords();
        var process = samples.Ledger.Create(VfModel.Get("Process"), new VfInput().Set("name", VfValue.Of("Pressing")));

        samples.Ledger.DeleteById(process.Id);

        using var read = samples.Ledger.OpenRead();
        Assert.Null(read.Get(process.Id));
    }

    [Fact]
    public void Fulfillment_CreatedAndDeleted_DirectLinkKeptUntilLastRecordGoes()
    {
        using var samples = new SampleRecords();
        var type = VfModel.Get("Fulfillment");
        var first = samples.Ledger.Create(type, samples.Full(type));
        var second = samples.Ledger.Create(type, samples.Full(type));
        var @event = first.GetIri("fulfilledBy")!;
        var commitment = first.GetIri("fulfills")!;
        var link = new Quad(@event, Iri.Create(VfNamespaces.Vf + "fulfills"), commitment);

        Assert.True(HasQuad(samples, link));
        samples.Ledger.Delete(first.RevisionId);
        Assert.True(HasQuad(samples, link));
        samples.Ledger.Delete(second.RevisionId);
        Assert.False(HasQuad(samples, link));
    }

    [Fact]
    public void ProposedIntent_Reciprocal_WritesVfReciprocalLink()
    {
        using var samples = new SampleRecords();
        var type = VfModel.Get("ProposedIntent");
        var record = samples.Ledger.Create(type, samples.Full(type));

        Assert.True(HasQuad(samples, new Quad(record.GetIri("publishedIn")!, Iri.Create(VfNamespaces.Vf + "reciprocal"), record.GetIri("publishes")!)));
        Assert.False(HasQuad(samples, new Quad(record.GetIri("publishedIn")!, Iri.Create(VfNamespaces.Vf + "publishes"), record.GetIri("publishes")!)));
    }

    [Fact]
    public void WriteContext_SeveralRecords_OneSequenceOrNothing()
    {
        using var samples = new SampleRecords();
        samples.Minimal("Person");
        long before = samples.Store.Sequence;
        using (var abandoned = samples.Ledger.BeginWrite())
        {
            abandoned.Create(VfModel.Get("Plan"), new VfInput().Set("name", VfValue.Of("never")));
        }

        Assert.Equal(before, samples.Store.Sequence);
        using var write = samples.Ledger.BeginWrite();
        var plan = write.Create(VfModel.Get("Plan"), new VfInput().Set("name", VfValue.Of("p")));
        var process = write.Create(VfModel.Get("Process"), new VfInput().Set("name", VfValue.Of("q")).Set("plannedWithin", VfValue.Of(plan)));
        Assert.Equal(plan, write.Get(process)!.GetIri("plannedWithin"));
        var commit = write.Commit();

        Assert.Equal(before + 1, commit.Sequence);
        Assert.Equal([plan, process], commit.Written);
        using var read = samples.Ledger.OpenRead();
        Assert.Equal(commit.RevisionIdOf(process), read.Get(process)!.RevisionId);
    }

    private static bool HasQuad(SampleRecords samples, Quad quad)
    {
        using var read = samples.Ledger.OpenRead();
        return read.Snapshot.GetQuads(quad.Subject, quad.Predicate, quad.Object, null).Any();
    }
}
