using GraphQL;
using ValueFlows.Core.Model;
using ValueFlows.GraphQL.Execution;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Resolvers;

/// <summary>What resolvers read from their context: the request state, the parent record, ids.</summary>
internal static class ResolveContextExtensions
{
    /// <summary>The request's <see cref="VfGraphQLContext"/>.</summary>
    public static VfGraphQLContext Vf(this IResolveFieldContext context) => VfGraphQLContext.Of(context);

    /// <summary>The parent value as a record (every record-typed field resolves to a <see cref="VfRecord"/>).</summary>
    public static VfRecord Record(this IResolveFieldContext context) =>
        context.Source as VfRecord ?? throw new InvalidOperationException(
            $"{context.ParentType?.Name}.{context.FieldDefinition?.Name} expects a record, not {context.Source?.GetType().Name ?? "null"}.");

    /// <summary>The IRI given in argument <paramref name="name"/> (an <c>ID</c>); not an absolute IRI → BAD_USER_INPUT.</summary>
    public static Iri IdArgument(this IResolveFieldContext context, string name = "id") =>
        ParseId(context.GetArgument<string>(name), name);

    /// <summary>An <c>ID</c> as an IRI; not an absolute IRI → BAD_USER_INPUT naming <paramref name="field"/>.</summary>
    public static Iri ParseId(string? text, string field) =>
        text is not null && IriSyntax.TryValidateAbsolute(text, out _)
            ? Iri.CreateUnchecked(text)
            : throw new VfGraphQLError(VfGraphQLError.BadUserInput, $"'{text}' is not an ID of this server (an absolute IRI).", field);
}
