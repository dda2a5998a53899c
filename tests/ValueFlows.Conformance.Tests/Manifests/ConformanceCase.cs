using Xunit.Abstractions;

namespace ValueFlows.Conformance.Tests;

/// <summary>
/// One manifest entry as xunit test data: serializable, so that xunit lists every entry as its own test case, and
/// named by the test IRI.
/// </summary>
public sealed class ConformanceCase : IXunitSerializable
{
    /// <summary>For xunit's deserialization only.</summary>
    [Obsolete("Used by xunit's deserializer.")]
    public ConformanceCase()
    {
    }

    /// <summary>The case of <paramref name="entry"/>; <paramref name="skipReason"/> non-null skips it.</summary>
    public ConformanceCase(ManifestEntry entry, string? skipReason)
        : this(
            (entry ?? throw new ArgumentNullException(nameof(entry))).Manifest.Suite,
            entry.Iri,
            entry.Type,
            (entry.Action as Rdf.Iri)?.Value,
            (entry.Result as Rdf.Iri)?.Value,
            skipReason)
    {
    }

    /// <summary>A case from its parts (IRIs as published).</summary>
    public ConformanceCase(ManifestSuite suite, string testIri, string type, string? action, string? result, string? skipReason)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(testIri);
        ArgumentNullException.ThrowIfNull(type);
        Suite = suite;
        TestIri = testIri;
        Type = type;
        Action = action;
        Result = result;
        SkipReason = skipReason;
    }

    /// <summary>The suite of the entry.</summary>
    public ManifestSuite Suite { get; private set; } = ManifestSuite.NTriples;

    /// <summary>The test IRI.</summary>
    public string TestIri { get; private set; } = "";

    /// <summary>The test type (full IRI).</summary>
    public string Type { get; private set; } = "";

    /// <summary>The local name of the test type, e.g. <c>TestTurtleEval</c>.</summary>
    public string TypeName => Type[(Type.LastIndexOfAny(['#', '/']) + 1)..];

    /// <summary>The action IRI (the input document), as published.</summary>
    public string? Action { get; private set; }

    /// <summary>The result IRI (the expected output), as published.</summary>
    public string? Result { get; private set; }

    /// <summary>Why the case is skipped, or null.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>The local file of the action.</summary>
    public string ActionPath => Suite.LocalPath(Action ?? throw new InvalidOperationException($"<{TestIri}> has no mf:action."));

    /// <summary>The local file of the result.</summary>
    public string ResultPath => Suite.LocalPath(Result ?? throw new InvalidOperationException($"<{TestIri}> has no mf:result."));

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        Suite = new ManifestSuite(info.GetValue<string>("suite"), info.GetValue<string>("manifest"), info.GetValue<string>("base"));
        TestIri = info.GetValue<string>("test");
        Type = info.GetValue<string>("type");
        Action = info.GetValue<string?>("action");
        Result = info.GetValue<string?>("result");
        SkipReason = info.GetValue<string?>("skip");
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue("suite", Suite.Name);
        info.AddValue("manifest", Suite.ManifestPath);
        info.AddValue("base", Suite.PublishedBase);
        info.AddValue("test", TestIri);
        info.AddValue("type", Type);
        info.AddValue("action", Action);
        info.AddValue("result", Result);
        info.AddValue("skip", SkipReason);
    }

    /// <inheritdoc />
    public override string ToString() => TestIri;
}
