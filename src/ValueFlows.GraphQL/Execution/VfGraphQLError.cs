using GraphQL;
using ValueFlows.Core;

namespace ValueFlows.GraphQL.Execution;

/// <summary>
/// An error of a GraphQL response with an <c>extensions.code</c> (the GraphQL executor adds <c>path</c> and
/// <c>locations</c>). The one place where a Core <see cref="VfDomainException"/> becomes a GraphQL error.
/// </summary>
internal sealed class VfGraphQLError : ExecutionError
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string Conflict = "CONFLICT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string NotResolved = "NOT_RESOLVED";

    public VfGraphQLError(string code, string message, string? field = null)
        : base(message)
    {
        Code = code;
        if (field is not null)
        {
            Data["field"] = field;
        }
    }

    /// <summary>The GraphQL error for a refused Core operation.</summary>
    public static VfGraphQLError From(VfDomainException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var code = exception.Code switch
        {
            VfErrorCode.BadUserInput => BadUserInput,
            VfErrorCode.NotFound => NotFound,
            VfErrorCode.Conflict => Conflict,
            VfErrorCode.Forbidden => Forbidden,
            _ => BadUserInput,
        };
        return new VfGraphQLError(code, exception.Message, exception.Field);
    }
}
