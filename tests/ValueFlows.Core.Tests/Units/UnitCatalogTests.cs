using ValueFlows.Core.Units;
using ValueFlows.Core.Vocabulary;
using ValueFlows.Rdf;

namespace ValueFlows.Core.Tests.Units;

public class UnitCatalogTests
{
    [Fact]
    public void Standard_Kilogram_IsAVfUnitNamedByItsOmIri()
    {
        Assert.True(UnitCatalog.Standard.TryGet("kilogram", out var kilogram));

        Assert.Equal(VfNamespaces.Om2 + "kilogram", kilogram.Iri.Value);
        Assert.Equal("kilogram", kilogram.Label);
        Assert.Equal("kg", kilogram.Symbol);
        Assert.Equal(VfNamespaces.Om2 + "kilogram", kilogram.OmUnitIdentifier);
        Assert.True(UnitCatalog.Standard.TryGet(VfNamespaces.Om2 + "kilogram", out var same));
        Assert.Same(kilogram, same);
    }

    [Fact]
    public void Standard_HasEveryDistinctUnitOfTheCsv()
    {
        var names = File.ReadAllLines(Path.Combine(Ontology.RepositoryFiles.Root, "ontology", "units.csv"))
            .Where(l => l.Length > 0).Select(l => l.Split(',')[1]).Distinct(StringComparer.Ordinal).Count();

        Assert.Equal(names, UnitCatalog.Standard.All.Count);
        Assert.True(UnitCatalog.Standard.All.Count > 1400);
        Assert.All(new[] { "hour", "day", "one", "metre", "litre", "second-Time" }, n => Assert.True(UnitCatalog.Standard.TryGet(n, out _), n));
    }

    [Fact]
    public void Load_QuotedFields_KeepCommasAndDoubledQuotes()
    {
        var catalog = UnitCatalog.Load(new StringReader(
            "Unit,second-Angle,second (angle),\"\"\"\",The second (angle).,angle\n" +
            "Unit,ampere,ampere,A,\"Defined by two straight, parallel conductors.\",electricity\n" +
            "Unit,piece,piece,,,one\n"));

        Assert.Equal(["\"", "A", null], catalog.All.Select(u => u.Symbol));
        Assert.Equal("second (angle)", catalog.All[0].Label);
    }

    [Fact]
    public void Load_TooFewFields_IsRefused()
    {
        Assert.Throws<InvalidDataException>(() => UnitCatalog.Load(new StringReader("Unit,metre\n")));
        Assert.Throws<InvalidDataException>(() => UnitCatalog.Load(new StringReader("Unit,metre,\"metre,m,x,length\n")));
    }

    [Fact]
    public void ToQuads_WritesTypeLabelSymbolAndAnyUriIdentifier()
    {
        var quads = UnitCatalog.Standard.ToQuads().ToList();
        var metre = Iri.Create(VfNamespaces.Om2 + "metre");

        Assert.Contains(new Quad(metre, RdfVocabulary.Type, Iri.Create(VfNamespaces.Vf + "Unit")), quads);
        Assert.Contains(new Quad(metre, Iri.Create(VfNamespaces.Vf + "label"), Literal.Create("metre")), quads);
        Assert.Contains(new Quad(metre, Iri.Create(VfNamespaces.Vf + "symbol"), Literal.Create("m")), quads);
        Assert.Contains(new Quad(metre, Iri.Create(VfNamespaces.Vf + "omUnitIdentifier"),
            Literal.Create(metre.Value, Iri.Create(Xsd.Namespace + "anyURI"))), quads);
        Assert.Equal(UnitCatalog.Standard.All.Count, quads.Count(q => q.Predicate == RdfVocabulary.Type));
    }
}
