namespace ValueFlows.Core.Tests.Ontology;

/// <summary>A fact that compares our files with the VF reference ontology; skipped, saying why, when it is absent.</summary>
public sealed class ReferenceFactAttribute : FactAttribute
{
    public ReferenceFactAttribute()
    {
        if (RepositoryFiles.ReferenceVfTtl is null)
        {
            Skip = RepositoryFiles.MissingReferenceReason;
        }
    }
}
