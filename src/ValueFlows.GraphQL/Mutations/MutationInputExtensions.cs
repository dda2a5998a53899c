using GraphQLParser;
using GraphQLParser.AST;

namespace ValueFlows.GraphQL.Mutations;

/// <summary>
/// Optional input fields this server adds to vf-graphql's input types (adding an optional input field breaks no client
/// and no <c>validate()</c>): an event's <c>state</c> (DECISIONS 13: the state the resource gets, e.g. after
/// <c>accept</c>/<c>modify</c> or <c>lower</c> after a count) and <c>corrects</c> (DECISIONS 15: events are never deleted, a
/// correction is a new event naming the one it corrects).
/// </summary>
internal static class MutationInputExtensions
{
    private const string Sdl = """
        input EconomicEventCreateParams {
          "The state the affected resource is in after the event (an action's local name such as `pass` or a free label)."
          state: String

          "The event this one corrects: its effects reverse the corrected event's (events are never deleted)."
          corrects: ID
        }
        """;

    private static readonly Dictionary<string, IReadOnlyList<GraphQLInputValueDefinition>> ByType = Parser.Parse(Sdl).Definitions
        .OfType<GraphQLInputObjectTypeDefinition>()
        .ToDictionary(d => (string)d.Name.Value, d => (IReadOnlyList<GraphQLInputValueDefinition>)(d.Fields?.Items ?? []), StringComparer.Ordinal);

    /// <summary>The added fields of input type <paramref name="typeName"/> (none for most types).</summary>
    public static IReadOnlyList<GraphQLInputValueDefinition> FieldsOf(string typeName) => ByType.GetValueOrDefault(typeName) ?? [];
}
