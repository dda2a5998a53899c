namespace ValueFlows.Sparql.Algebra;

/// <summary><c>Join(left, right)</c> (<see href="https://www.w3.org/TR/sparql11-query/#defn_algJoin"/>).</summary>
/// <param name="Left">The left pattern.</param>
/// <param name="Right">The right pattern.</param>
public sealed record OpJoin(Op Left, Op Right) : Op
{
    /// <summary>Joins two patterns, dropping the empty pattern Z on either side (§18.2.2.8).</summary>
    public static Op Create(Op left, Op right) =>
        left is OpBgp { IsEmpty: true } ? right : right is OpBgp { IsEmpty: true } ? left : new OpJoin(left, right);
}
