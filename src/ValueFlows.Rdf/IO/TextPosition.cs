namespace ValueFlows.Rdf;

/// <summary>A position in a text: 0-based line and column (in code points) and 0-based byte offset.</summary>
public readonly record struct TextPosition(long Line, long Column, long Offset)
{
    /// <summary>The start of a text.</summary>
    public static TextPosition Start => default;
}

/// <summary>A range of text between two positions (end exclusive).</summary>
public readonly record struct TextRange(TextPosition Start, TextPosition End)
{
    /// <summary>A range of one position.</summary>
    public static TextRange At(TextPosition position) => new(position, position);
}
