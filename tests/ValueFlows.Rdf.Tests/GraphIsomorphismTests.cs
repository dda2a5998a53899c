namespace ValueFlows.Rdf.Tests;

public class GraphIsomorphismTests
{
    private static readonly Iri P = Iri.Create("http://example.org/p");
    private static readonly Iri Q = Iri.Create("http://example.org/q");
    private static readonly Iri A = Iri.Create("http://example.org/a");

    private static BlankNode B(string label) => BlankNode.Create(label);

    [Fact]
    public void AreIsomorphic_RenamedBlankNodes_True()
    {
        Quad[] left = [new(B("x"), P, B("y")), new(B("y"), P, A)];
        Quad[] right = [new(B("m"), P, B("n")), new(B("n"), P, A)];
        Assert.True(GraphIsomorphism.AreIsomorphic(left, right));
    }

    [Fact]
    public void AreIsomorphic_DifferentShape_False()
    {
        Quad[] left = [new(B("x"), P, B("y")), new(B("y"), P, A)];
        Quad[] right = [new(B("m"), P, B("n")), new(B("m"), P, A)];
        Assert.False(GraphIsomorphism.AreIsomorphic(left, right));
    }

    [Fact]
    public void AreIsomorphic_TwoCyclesVersusOneSixCycle_False()
    {
        // Colour refinement alone cannot tell these apart (every node looks alike); backtracking must.
        var left = Cycle("a", 3).Concat(Cycle("b", 3)).ToArray();
        var right = Cycle("c", 6).ToArray();
        Assert.False(GraphIsomorphism.AreIsomorphic(left, right));
        Assert.True(GraphIsomorphism.AreIsomorphic(Cycle("x", 6), Cycle("y", 6).Reverse()));
    }

    [Fact]
    public void AreIsomorphic_BlankGraphNames_AreMapped()
    {
        Quad[] left = [new(A, P, B("o"), B("g"))];
        Quad[] right = [new(A, P, B("o2"), B("g2"))];
        Quad[] wrong = [new(A, P, B("o2"), B("o2"))];
        Assert.True(GraphIsomorphism.AreIsomorphic(left, right));
        Assert.False(GraphIsomorphism.AreIsomorphic(left, wrong));
    }

    [Fact]
    public void AreIsomorphic_GroundDifference_False()
    {
        Quad[] left = [new(A, P, Literal.Create("1"))];
        Quad[] right = [new(A, P, Literal.Create("1", Xsd.Integer))];
        Assert.False(GraphIsomorphism.AreIsomorphic(left, right));
    }

    [Fact]
    public void TryFindMapping_ReturnsAWorkingBijection()
    {
        Quad[] left = [new(B("x"), P, B("y")), new(B("y"), Q, B("x"))];
        Quad[] right = [new(B("1"), Q, B("2")), new(B("2"), P, B("1"))];
        Assert.True(GraphIsomorphism.TryFindMapping(left, right, out var map));
        Assert.Equal(B("2"), map![B("x")]);
        Assert.Equal(B("1"), map[B("y")]);
    }

    private static IEnumerable<Quad> Cycle(string prefix, int n) =>
        Enumerable.Range(0, n).Select(i => new Quad(B(prefix + i), P, B(prefix + ((i + 1) % n))));
}
