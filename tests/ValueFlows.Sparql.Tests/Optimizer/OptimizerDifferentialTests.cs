using System.Globalization;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Sparql.Tests.Optimizer;

/// <summary>
/// Random queries over random small datasets give the same solutions with and without the optimizer: the same multiset,
/// in the same key order when the query orders; with LIMIT/OFFSET over ORDER BY (where ties at the cut may be broken
/// either way) the same number of solutions with the same key sequence, each a solution of the unsliced query.
/// Set VF_OPTIMIZER_SEED to reproduce a failure; the failure message prints the seed, the query and the data.
/// </summary>
public sealed class OptimizerDifferentialTests
{
    private const int Cases = 600;

    [Fact]
    public void Evaluate_RandomQueries_SameSolutionsWithAndWithoutOptimizer()
    {
        var baseSeed = Environment.GetEnvironmentVariable("VF_OPTIMIZER_SEED") is { } text
            ? int.Parse(text, CultureInfo.InvariantCulture)
            : Random.Shared.Next(1, int.MaxValue / 2);
        int rewritten = 0, answered = 0;
        for (int i = 0; i < Cases; i++)
        {
            var seed = baseSeed + i;
            var generator = new RandomQueryGenerator(seed);
            var dataset = generator.Dataset();
            var query = generator.Next();
            var failure = Compare(query, new DatasetQueryable(dataset), ref answered);
            rewritten += Optimized(query.Text) == SparqlQuery.Parse(query.Text).Pattern.ToSse() ? 0 : 1;
            if (failure is not null)
            {
                Assert.Fail($"VF_OPTIMIZER_SEED={seed} (base {baseSeed}, case {i}): {failure}\nQuery:\n{query.Text}\n"
                    + $"Optimized: {Optimized(query.Text)}\nData:\n{string.Join("\n", dataset)}");
            }
        }

        // The generator must keep exercising the optimizer: many queries rewritten, many with solutions to compare.
        Assert.True(rewritten > Cases / 3, $"only {rewritten} of {Cases} queries were rewritten (base seed {baseSeed})");
        Assert.True(answered > Cases / 4, $"only {answered} of {Cases} queries had solutions (base seed {baseSeed})");
    }

    private static string Optimized(string text) =>
        ValueFlows.Sparql.Optimizer.QueryOptimizer.Default.Optimize(SparqlQuery.Parse(text).Pattern, ValueFlows.Sparql.Optimizer.OptimizerContext.Empty).ToSse();

    private static string? Compare(RandomQueryGenerator.Query query, IQueryableDataset data, ref int answered)
    {
        var parsed = SparqlQuery.Parse(query.Text);
        var plain = Run(parsed, data, optimize: false, out var variables);
        answered += plain.Count > 0 ? 1 : 0;
        var optimized = Run(parsed, data, optimize: true, out _);
        int[] keys = [.. query.OrderKeys.Select(k => variables.FindIndex(v => "?" + v.Name == k))];
        if (query.Unsliced is null)
        {
            if (!SameMultiset(plain, optimized))
            {
                return $"different solutions:\n  plain     {Show(plain)}\n  optimized {Show(optimized)}";
            }
        }
        else
        {
            var whole = Run(SparqlQuery.Parse(query.Unsliced), data, optimize: false, out _);
            var pool = whole.Select(Key).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
            if (plain.Count != optimized.Count)
            {
                return $"{plain.Count} solutions without and {optimized.Count} with the optimizer:\n  plain     {Show(plain)}\n  optimized {Show(optimized)}";
            }

            foreach (var row in optimized)
            {
                if (!pool.TryGetValue(Key(row), out var left) || left == 0)
                {
                    return $"{Key(row)} is not a solution of the unsliced query";
                }

                pool[Key(row)] = left - 1;
            }
        }

        for (int i = 0; i < plain.Count && keys.Length > 0; i++)
        {
            foreach (int k in keys)
            {
                if (k >= 0 && TermComparer.OrderCompare(plain[i][k], optimized[i][k]) != 0)
                {
                    return $"order differs at {i}:\n  plain     {Show(plain)}\n  optimized {Show(optimized)}";
                }
            }
        }

        return null;
    }

    private static List<IReadOnlyList<Term?>> Run(SparqlQuery query, IQueryableDataset data, bool optimize, out List<ValueFlows.Sparql.Algebra.Variable> variables)
    {
        var result = SparqlEvaluator.Evaluate(query, data, optimize);
        variables = [.. result.Variables];
        return [.. result.Solutions];
    }

    private static bool SameMultiset(List<IReadOnlyList<Term?>> left, List<IReadOnlyList<Term?>> right) =>
        left.Count == right.Count && left.Select(Key).Order(StringComparer.Ordinal).SequenceEqual(right.Select(Key).Order(StringComparer.Ordinal));

    private static string Key(IReadOnlyList<Term?> row) => string.Join(" | ", row.Select(t => t?.ToString() ?? "UNDEF"));

    private static string Show(List<IReadOnlyList<Term?>> rows) => string.Join(" ; ", rows.Select(Key));
}
