using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace ValueFlows.GraphQL.Mutations;

/// <summary>
/// Runs a mutation's root fields one after another, each with its whole selection set — batch-loaded fields included —
/// before the next root field starts (GraphQL spec 6.3.2, "Normal and Serial Execution"). GraphQL.NET's own serial
/// strategy defers every data-loader field to the end of the operation, so <c>createX { x { provider { name } } }</c>
/// followed by <c>updatePerson</c> would show the provider as updated by the later field.
/// </summary>
internal sealed class MutationExecutionStrategy : ExecutionStrategy
{
    /// <summary>The one instance (the strategy keeps no state).</summary>
    public static MutationExecutionStrategy Instance { get; } = new();

    /// <summary>The strategy selector: parallel queries (GraphQL.NET's default) and these serial mutations.</summary>
    public static IExecutionStrategySelector Selector { get; } = new DefaultExecutionStrategySelector(
    [
        new ExecutionStrategyRegistration(ParallelExecutionStrategy.Instance, OperationType.Query),
        new ExecutionStrategyRegistration(Instance, OperationType.Mutation),
    ]);

    /// <inheritdoc />
    public override async Task ExecuteNodeTreeAsync(ExecutionContext context, ExecutionNode rootNode)
    {
        await ExecuteNodeAsync(context, rootNode).ConfigureAwait(false);
        var rootFields = new List<ExecutionNode>();
        if (rootNode is IParentExecutionNode root)
        {
            root.ApplyToChildren(static (node, list) => list.Add(node), rootFields);
        }

        foreach (var field in rootFields)
        {
            await CompleteAsync(context, field).ConfigureAwait(false);
        }
    }

    // One root field's tree, depth first in field order; batch-loaded nodes wait until the synchronous ones are done so
    // that their loads are batched, then their children continue, until nothing of this root field is pending.
    private async Task CompleteAsync(ExecutionContext context, ExecutionNode top)
    {
        var pending = new Stack<ExecutionNode>();
        var loading = new Queue<ExecutionNode>();
        var loaded = new List<ExecutionNode>();
        pending.Push(top);
        while (pending.Count > 0 || loading.Count > 0)
        {
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                await ExecuteNodeAsync(context, node).ConfigureAwait(false);
                Continue(node, pending, loading);
            }

            while (loading.Count > 0)
            {
                var node = loading.Dequeue();
                await CompleteDataLoaderNodeAsync(context, node).ConfigureAwait(false);
                if (node.Result is IDataLoaderResult)
                {
                    loading.Enqueue(node);
                }
                else if (node is IParentExecutionNode parent)
                {
                    parent.ApplyToChildren(static (child, list) => list.Add(child), loaded);
                }
            }

            for (int i = loaded.Count - 1; i >= 0; i--)
            {
                pending.Push(loaded[i]);
            }

            loaded.Clear();
        }
    }

    private static void Continue(ExecutionNode node, Stack<ExecutionNode> pending, Queue<ExecutionNode> loading)
    {
        if (node.Result is IDataLoaderResult)
        {
            loading.Enqueue(node);
        }
        else if (node is IParentExecutionNode parent)
        {
            parent.ApplyToChildren(static (child, stack) => stack.Push(child), pending, reverse: true);
        }
    }
}
