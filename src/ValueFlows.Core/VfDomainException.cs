namespace ValueFlows.Core;

/// <summary>A VF operation refused by a domain rule; nothing of the operation was written.</summary>
public sealed class VfDomainException : Exception
{
    /// <summary>Creates the error; <paramref name="field"/> is the input path of the offending field (e.g. <c>event.resourceQuantity.hasUnit</c>).</summary>
    public VfDomainException(VfErrorCode code, string message, string? field = null)
        : base(message)
    {
        Code = code;
        Field = field;
    }

    /// <summary>What kind of rule was broken.</summary>
    public VfErrorCode Code { get; }

    /// <summary>The input path of the offending field, or null when the error is not about one field.</summary>
    public string? Field { get; }
}
