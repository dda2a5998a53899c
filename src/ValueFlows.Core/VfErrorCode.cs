namespace ValueFlows.Core;

/// <summary>What kind of rule a refused VF operation broke; the GraphQL layer maps it to <c>extensions.code</c>.</summary>
public enum VfErrorCode
{
    /// <summary>The input breaks a VF rule or a field's shape (GraphQL <c>BAD_USER_INPUT</c>).</summary>
    BadUserInput,

    /// <summary>A referenced record does not exist (GraphQL <c>NOT_FOUND</c>).</summary>
    NotFound,

    /// <summary>A stale revision, or a delete of a record others reference (GraphQL <c>CONFLICT</c>).</summary>
    Conflict,

    /// <summary>The caller may not change this record (GraphQL <c>FORBIDDEN</c>).</summary>
    Forbidden,
}
