namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// A term's container mapping as a set of keywords. The flags are declared in the code-point order of the keywords, so
/// the inverse context's "values in lexicographical order" concatenation walks them from low to high.
/// </summary>
[Flags]
internal enum ContainerMapping
{
    None = 0,
    Graph = 1,
    Id = 2,
    Index = 4,
    Language = 8,
    List = 16,
    Set = 32,
    Type = 64,
}

/// <summary>Conversions between container keywords and <see cref="ContainerMapping"/> flags.</summary>
internal static class ContainerMappings
{
    /// <summary>The flag of one container keyword, or false when it is not one.</summary>
    public static bool TryParse(string keyword, out ContainerMapping flag)
    {
        flag = keyword switch
        {
            Keywords.Graph => ContainerMapping.Graph,
            Keywords.Id => ContainerMapping.Id,
            Keywords.Index => ContainerMapping.Index,
            Keywords.Language => ContainerMapping.Language,
            Keywords.List => ContainerMapping.List,
            Keywords.Set => ContainerMapping.Set,
            Keywords.Type => ContainerMapping.Type,
            _ => ContainerMapping.None,
        };
        return flag != ContainerMapping.None;
    }

    /// <summary>The inverse context's key: the keywords concatenated in code-point order, or <c>@none</c>.</summary>
    public static string InverseKey(ContainerMapping mapping)
    {
        if (mapping == ContainerMapping.None)
        {
            return Keywords.None;
        }

        var parts = new System.Text.StringBuilder();
        if (mapping.HasFlag(ContainerMapping.Graph))
        {
            parts.Append(Keywords.Graph);
        }

        if (mapping.HasFlag(ContainerMapping.Id))
        {
            parts.Append(Keywords.Id);
        }

        if (mapping.HasFlag(ContainerMapping.Index))
        {
            parts.Append(Keywords.Index);
        }

        if (mapping.HasFlag(ContainerMapping.Language))
        {
            parts.Append(Keywords.Language);
        }

        if (mapping.HasFlag(ContainerMapping.List))
        {
            parts.Append(Keywords.List);
        }

        if (mapping.HasFlag(ContainerMapping.Set))
        {
            parts.Append(Keywords.Set);
        }

        if (mapping.HasFlag(ContainerMapping.Type))
        {
            parts.Append(Keywords.Type);
        }

        return parts.ToString();
    }
}
