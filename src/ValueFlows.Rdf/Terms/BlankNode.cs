namespace ValueFlows.Rdf;

/// <summary>A blank node, identified by a label that is local to one document or dataset.</summary>
public sealed class BlankNode : Term
{
    private static long s_counter;

    private BlankNode(string label) => Label = label;

    /// <summary>The label (without the <c>_:</c> prefix).</summary>
    public string Label { get; }

    /// <inheritdoc />
    public override TermKind Kind => TermKind.BlankNode;

    /// <summary>Creates a blank node with the given label; the label must be a valid N-Triples blank node label.</summary>
    public static BlankNode Create(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        return new BlankNode(label);
    }

    /// <summary>Creates a blank node with a label unique within this process.</summary>
    public static BlankNode CreateFresh() => new("b" + Interlocked.Increment(ref s_counter).ToString("x", System.Globalization.CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public override bool Equals(Term? other) =>
        ReferenceEquals(this, other) || (other is BlankNode b && string.Equals(Label, b.Label, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(1, Label.GetHashCode(StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => "_:" + Label;
}
