using Microsoft.AspNetCore.Http;

namespace ValueFlows.Server;

/// <summary>Reads a request body up to a byte limit; over it, answers 413 (problem JSON) and gives null.</summary>
internal static class LimitedBody
{
    public static async Task<byte[]?> ReadAsync(HttpContext context, long limit)
    {
        if (context.Request.ContentLength > limit)
        {
            await TooLarge(context, limit).ConfigureAwait(false);
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                await TooLarge(context, limit).ConfigureAwait(false);
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static Task TooLarge(HttpContext context, long limit) =>
        ProblemResponse.Write(
            context, StatusCodes.Status413PayloadTooLarge, "Request too large",
            FormattableString.Invariant($"The request is larger than the limit of {limit} bytes (setting Vf:MaxRequestBytes)."));
}
