using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Syntax;
using ValueFlows.Sparql.Update;

namespace ValueFlows.Sparql.Tests.Syntax;

/// <summary>The SPARQL 1.1 Update grammar: operations, static checks, and the writer's round trip.</summary>
public class SparqlUpdateTests
{
    private static readonly Iri s_g = Iri.Create("http://e/g");

    [Fact]
    public void Parse_GraphManagement_ReadsEveryForm()
    {
        var update = SparqlUpdate.Parse(
            "LOAD SILENT <http://e/doc> INTO GRAPH <http://e/g> ; CLEAR DEFAULT ; DROP SILENT NAMED ; CLEAR ALL ; DROP GRAPH <http://e/g> ;"
            + " CREATE GRAPH <http://e/g> ; ADD DEFAULT TO <http://e/g> ; MOVE SILENT GRAPH <http://e/g> TO DEFAULT ; COPY <http://e/g> TO <http://e/h>");
        Assert.Equal<UpdateOperation>(
            [
                new LoadOperation(Iri.Create("http://e/doc"), s_g, true),
                new ClearOperation(GraphTarget.Default, false),
                new DropOperation(GraphTarget.Named, true),
                new ClearOperation(GraphTarget.All, false),
                new DropOperation(GraphTarget.Graph(s_g), false),
                new CreateOperation(s_g, false),
                new GraphTransferOperation(GraphTransferKind.Add, GraphTarget.Default, GraphTarget.Graph(s_g), false),
                new GraphTransferOperation(GraphTransferKind.Move, GraphTarget.Graph(s_g), GraphTarget.Default, true),
                new GraphTransferOperation(GraphTransferKind.Copy, GraphTarget.Graph(s_g), GraphTarget.Graph(Iri.Create("http://e/h")), false),
            ],
            update.Operations);
    }

    [Fact]
    public void Parse_InsertData_KeepsQuadsInOrderWithTheirGraphs()
    {
        var update = SparqlUpdate.Parse("PREFIX : <http://e/> INSERT DATA { :a :p 1 . GRAPH :g { :b :p [] } :c :p \"x\"@en }");
        var data = Assert.IsType<InsertDataOperation>(Assert.Single(update.Operations)).Data;
        Assert.Equal(3, data.Count);
        Assert.Null(data[0].Graph);
        Assert.Equal(new TermPattern(s_g), data[1].Graph);
        Assert.IsType<BlankNode>(data[1].Object.Term);
        Assert.Equal(Literal.Create("x", "en"), data[2].Object.Term);
    }

    [Fact]
    public void Parse_Modify_ReadsWithTemplatesUsingAndPattern()
    {
        var update = SparqlUpdate.Parse(
            "PREFIX : <http://e/> WITH :g DELETE { ?s :p ?o } INSERT { GRAPH :h { ?s :q ?o } } USING :u USING NAMED :n WHERE { ?s :p ?o FILTER(?o > 1) }");
        var modify = Assert.IsType<ModifyOperation>(Assert.Single(update.Operations));
        Assert.Equal(s_g, modify.With);
        Assert.Single(modify.Delete);
        Assert.Equal(new TermPattern(Iri.Create("http://e/h")), Assert.Single(modify.Insert).Graph);
        Assert.Equal([Iri.Create("http://e/u")], modify.Using!.DefaultGraphs);
        Assert.Equal("(filter (> ?o 1) (bgp (triple ?s <http://e/p> ?o)))", modify.Pattern.ToSse());
    }

    [Fact]
    public void Parse_DeleteWhere_UsesTheQuadsAsPattern()
    {
        var update = SparqlUpdate.Parse("DELETE WHERE { ?s <http://e/p> ?o GRAPH <http://e/g> { ?s ?q ?r } }");
        var modify = Assert.IsType<ModifyOperation>(Assert.Single(update.Operations));
        Assert.True(modify.IsDeleteWhere);
        Assert.Equal(2, modify.Delete.Count);
        Assert.Equal("(join (bgp (triple ?s <http://e/p> ?o)) (graph <http://e/g> (bgp (triple ?s ?q ?r))))", modify.Pattern.ToSse());
    }

    [Theory]
    [InlineData("LOAD ;", "Expected an IRI")]
    [InlineData("CREATE DEAFULT", "Expected GRAPH")]
    [InlineData("DELETE DATA { ?s <http://e/p> <http://e/o> }", "take no variables")]
    [InlineData("INSERT DATA { GRAPH ?g { <http://e/s> <http://e/p> <http://e/o> } }", "take no variables")]
    [InlineData("DELETE DATA { _:a <http://e/p> <http://e/o> }", "no blank nodes")]
    [InlineData("DELETE WHERE { _:a <http://e/p> <http://e/o> }", "no blank nodes")]
    [InlineData("DELETE { <http://e/s> <http://e/p> [] } WHERE { ?x ?p ?o }", "no blank nodes")]
    [InlineData("INSERT WHERE { ?s ?p ?o }", "Expected '{'")]
    [InlineData("CREATE GRAPH <http://e/g> LOAD <http://e/d>", "after the end")]
    [InlineData("CREATE GRAPH <http://e/g> ;;", "Expected an update operation")]
    [InlineData("INSERT DATA { _:b <http://e/p> 1 } ; INSERT DATA { _:b <http://e/p> 2 }", "more than one operation")]
    public void Parse_InvalidUpdate_ThrowsWithReason(string update, string reason)
    {
        var error = Assert.Throws<SparqlSyntaxException>(() => SparqlUpdate.Parse(update));
        Assert.Contains(reason, error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("PREFIX : <http://e/> INSERT DATA { GRAPH :g { _:b :p :o } GRAPH :h { _:b :p :o } }")]
    [InlineData("BASE <http://e/> DELETE DATA { <a> <b> \"c\\n\" , 1.5 . GRAPH <g> { <a> <b> <c> } GRAPH <g> { <d> <e> <f> } }")]
    [InlineData("DELETE WHERE { GRAPH <http://e/g> { ?a ?b ?c } GRAPH <http://e/g> { ?a ?b ?d } ?x ?y ?z }")]
    [InlineData("WITH <http://e/g> INSERT { ?s ?p [ ?p ?o ] } USING <http://e/u> WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?r } }")]
    [InlineData("DELETE { } WHERE { } ; CLEAR SILENT GRAPH <http://e/g> ; ADD SILENT <http://e/a> TO DEFAULT")]
    [InlineData("INSERT { _:b <http://e/p> 1 } WHERE { } ; INSERT { _:b <http://e/p> 2 } WHERE { }")]
    public void Write_ThenParse_GivesTheSameOperations(string text)
    {
        var update = SparqlUpdate.Parse(text);
        var again = SparqlUpdate.Parse(update.ToString());
        Assert.Equal(update.Operations, again.Operations);
    }
}
