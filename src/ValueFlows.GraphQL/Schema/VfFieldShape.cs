namespace ValueFlows.GraphQL.Schema;

/// <summary>What a reference field returns: its named type and whether it is a list.</summary>
internal sealed record VfFieldShape(string TypeName, bool IsList)
{
    /// <summary>True for a Relay connection (<c>…Connection</c>).</summary>
    public bool IsConnection => TypeName.EndsWith("Connection", StringComparison.Ordinal);
}
