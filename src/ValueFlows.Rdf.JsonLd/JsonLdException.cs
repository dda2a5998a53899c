namespace ValueFlows.Rdf.JsonLd;

/// <summary>
/// A JSON-LD processing error: one of the spec's error codes, what was wrong, and the JSON pointer (RFC 6901) of the
/// fault in the document being processed when it is known (for errors found in a remote context, the pointer names the
/// place that refers to that context).
/// </summary>
public sealed class JsonLdException : FormatException
{
    /// <summary>Creates the error.</summary>
    public JsonLdException(JsonLdErrorCode errorCode, string detail, string? pointer = null, Exception? inner = null)
        : base(Describe(errorCode, detail, pointer), inner)
    {
        ErrorCode = errorCode;
        Detail = detail;
        Pointer = pointer;
    }

    /// <summary>The error code.</summary>
    public JsonLdErrorCode ErrorCode { get; }

    /// <summary>The error code as the spec spells it (<c>invalid @id value</c>, <c>cyclic IRI mapping</c>, …).</summary>
    public string Code => ErrorCode.ToSpecText();

    /// <summary>What was wrong, without the code or the pointer.</summary>
    public string Detail { get; }

    /// <summary>The JSON pointer of the fault (<c>""</c> is the whole document), or null when unknown.</summary>
    public string? Pointer { get; }

    private static string Describe(JsonLdErrorCode code, string detail, string? pointer) =>
        pointer is null ? $"{code.ToSpecText()}: {detail}" : $"{code.ToSpecText()} at '{pointer}': {detail}";
}
