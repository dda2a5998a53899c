using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace ValueFlows.GraphQL.Execution;

/// <summary>
/// How errors are written: <c>extensions.code</c> without GraphQL.NET's extra <c>codes</c> list, and a value our
/// scalars refuse (a <c>DateTime</c> without a zone, a <c>URI</c> that is not absolute, a <c>Decimal</c> that is no
/// number) says why, with the code <c>BAD_USER_INPUT</c> (DECISIONS 13), instead of only "Unable to convert".
/// </summary>
internal sealed class VfErrorInfoProvider : ErrorInfoProvider
{
    public VfErrorInfoProvider()
        : base(o =>
        {
            o.ExposeCodes = false;
            o.ExposeData = true; // Core's error names the input field: extensions.data.field
        })
    {
    }

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is ValidationError && ScalarRefusal(executionError) is { } reason)
        {
            info.Message += ": " + reason;
            if (info.Extensions is not null)
            {
                info.Extensions["code"] = VfGraphQLError.BadUserInput;
            }
        }

        return info;
    }

    private static string? ScalarRefusal(Exception error)
    {
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is FormatException format)
            {
                return format.Message;
            }
        }

        return null;
    }
}
