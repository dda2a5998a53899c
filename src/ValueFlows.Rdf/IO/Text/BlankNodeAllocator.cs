using System.Globalization;

namespace ValueFlows.Rdf;

/// <summary>
/// Names the blank nodes of one document. Labels written in the document become <c>prefix + label</c>, so they stay
/// stable within the document; nodes the syntax creates (<c>[]</c>, lists) become <c>prefix + "-" + n</c>, which no
/// document label can produce because a label never starts with '-'. Without a configured prefix each document gets a
/// process-unique one (<c>b{hex}_</c>), and no such prefix is a prefix of another, so two documents never collide.
/// </summary>
internal sealed class BlankNodeAllocator
{
    private readonly string _prefix;
    private long _counter;

    public BlankNodeAllocator(string? prefix) =>
        _prefix = string.IsNullOrEmpty(prefix) ? BlankNode.CreateFresh().Label + "_" : prefix;

    /// <summary>The node for a label written in the document.</summary>
    public BlankNode FromLabel(ReadOnlySpan<char> label) => BlankNode.Create(string.Concat(_prefix, label));

    /// <summary>A node that no label of the document names.</summary>
    public BlankNode Fresh() =>
        BlankNode.Create(_prefix + "-" + (++_counter).ToString(CultureInfo.InvariantCulture));
}
