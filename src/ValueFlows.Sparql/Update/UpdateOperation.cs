using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Update;

/// <summary>One operation of a SPARQL 1.1 Update request (<see href="https://www.w3.org/TR/sparql11-update/#updateLanguage"/>).</summary>
public abstract record UpdateOperation
{
    private protected UpdateOperation()
    {
    }
}

/// <summary>
/// <c>INSERT DATA</c> (<see href="https://www.w3.org/TR/sparql11-update/#insertData"/>): ground quads, blank nodes allowed.
/// </summary>
/// <param name="Data">The quads to add.</param>
public sealed record InsertDataOperation(ValueArray<QuadPattern> Data) : UpdateOperation;

/// <summary>
/// <c>DELETE DATA</c> (<see href="https://www.w3.org/TR/sparql11-update/#deleteData"/>): ground quads without blank nodes.
/// </summary>
/// <param name="Data">The quads to remove.</param>
public sealed record DeleteDataOperation(ValueArray<QuadPattern> Data) : UpdateOperation;

/// <summary>
/// <c>DELETE/INSERT … WHERE</c> (<see href="https://www.w3.org/TR/sparql11-update/#deleteInsert"/>), also the form of
/// <c>DELETE WHERE</c> (whose pattern is its template) and of INSERT or DELETE alone.
/// </summary>
/// <param name="Delete">The templates removed per solution.</param>
/// <param name="Insert">The templates added per solution.</param>
/// <param name="With">The <c>WITH</c> graph, or null.</param>
/// <param name="Using">The <c>USING</c>/<c>USING NAMED</c> dataset, or null.</param>
/// <param name="Pattern">The WHERE pattern in the algebra.</param>
/// <param name="IsDeleteWhere">True when written as <c>DELETE WHERE { … }</c>.</param>
public sealed record ModifyOperation(
    ValueArray<QuadPattern> Delete, ValueArray<QuadPattern> Insert, Iri? With, QueryDataset? Using, Op Pattern, bool IsDeleteWhere = false)
    : UpdateOperation;

/// <summary><c>LOAD</c> (<see href="https://www.w3.org/TR/sparql11-update/#load"/>).</summary>
/// <param name="Source">The document to load.</param>
/// <param name="Destination">The graph to load into, or null for the default graph.</param>
/// <param name="Silent">True for <c>SILENT</c>.</param>
public sealed record LoadOperation(Iri Source, Iri? Destination, bool Silent) : UpdateOperation;

/// <summary><c>CLEAR</c> (<see href="https://www.w3.org/TR/sparql11-update/#clear"/>).</summary>
/// <param name="Target">The graphs emptied.</param>
/// <param name="Silent">True for <c>SILENT</c>.</param>
public sealed record ClearOperation(GraphTarget Target, bool Silent) : UpdateOperation;

/// <summary><c>DROP</c> (<see href="https://www.w3.org/TR/sparql11-update/#drop"/>).</summary>
/// <param name="Target">The graphs removed.</param>
/// <param name="Silent">True for <c>SILENT</c>.</param>
public sealed record DropOperation(GraphTarget Target, bool Silent) : UpdateOperation;

/// <summary><c>CREATE</c> (<see href="https://www.w3.org/TR/sparql11-update/#create"/>).</summary>
/// <param name="Graph">The graph created.</param>
/// <param name="Silent">True for <c>SILENT</c>.</param>
public sealed record CreateOperation(Iri Graph, bool Silent) : UpdateOperation;

/// <summary>The graph-management kinds of <see cref="GraphTransferOperation"/>.</summary>
public enum GraphTransferKind
{
    /// <summary><c>ADD</c>: copy into the destination, keeping what it had.</summary>
    Add,

    /// <summary><c>MOVE</c>: replace the destination, then drop the source.</summary>
    Move,

    /// <summary><c>COPY</c>: replace the destination.</summary>
    Copy,
}

/// <summary><c>ADD</c>, <c>MOVE</c> or <c>COPY</c> (<see href="https://www.w3.org/TR/sparql11-update/#graphManagement"/>).</summary>
/// <param name="Kind">Which of the three.</param>
/// <param name="Source">The source graph (<see cref="DefaultGraphTarget"/> or <see cref="NamedGraphTarget"/>).</param>
/// <param name="Destination">The destination graph.</param>
/// <param name="Silent">True for <c>SILENT</c>.</param>
public sealed record GraphTransferOperation(GraphTransferKind Kind, GraphTarget Source, GraphTarget Destination, bool Silent)
    : UpdateOperation;
