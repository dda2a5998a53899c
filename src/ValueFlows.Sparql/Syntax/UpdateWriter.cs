using System.Text;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Update;

namespace ValueFlows.Sparql.Syntax;

/// <summary>Writes an update request back as SPARQL whose parse gives the same operations.</summary>
internal static class UpdateWriter
{
    public static string Write(SparqlUpdate update)
    {
        var b = new StringBuilder();
        if (update.BaseIri is not null)
        {
            b.Append("BASE ").Append(update.BaseIri).Append('\n');
        }

        for (var i = 0; i < update.Operations.Count; i++)
        {
            if (i > 0)
            {
                b.Append(" ;\n");
            }

            WriteOperation(b, update.Operations[i]);
        }

        return b.ToString();
    }

    private static void WriteOperation(StringBuilder b, UpdateOperation operation)
    {
        switch (operation)
        {
            case InsertDataOperation insert:
                b.Append("INSERT DATA ");
                WriteQuads(b, insert.Data);
                break;
            case DeleteDataOperation delete:
                b.Append("DELETE DATA ");
                WriteQuads(b, delete.Data);
                break;
            case ModifyOperation { IsDeleteWhere: true } deleteWhere:
                b.Append("DELETE WHERE { ");
                WriteQuadsPattern(b, deleteWhere.Pattern);
                b.Append('}');
                break;
            case ModifyOperation modify:
                WriteModify(b, modify);
                break;
            case LoadOperation load:
                b.Append(load.Silent ? "LOAD SILENT " : "LOAD ").Append(load.Source);
                if (load.Destination is not null)
                {
                    b.Append(" INTO GRAPH ").Append(load.Destination);
                }

                break;
            case ClearOperation clear:
                b.Append(clear.Silent ? "CLEAR SILENT " : "CLEAR ");
                WriteTarget(b, clear.Target);
                break;
            case DropOperation drop:
                b.Append(drop.Silent ? "DROP SILENT " : "DROP ");
                WriteTarget(b, drop.Target);
                break;
            case CreateOperation create:
                b.Append(create.Silent ? "CREATE SILENT GRAPH " : "CREATE GRAPH ").Append(create.Graph);
                break;
            case GraphTransferOperation transfer:
                b.Append(transfer.Kind switch { GraphTransferKind.Add => "ADD", GraphTransferKind.Move => "MOVE", _ => "COPY" });
                b.Append(transfer.Silent ? " SILENT " : " ");
                WriteTarget(b, transfer.Source);
                b.Append(" TO ");
                WriteTarget(b, transfer.Destination);
                break;
        }
    }

    private static void WriteModify(StringBuilder b, ModifyOperation modify)
    {
        if (modify.With is not null)
        {
            b.Append("WITH ").Append(modify.With).Append(' ');
        }

        if (modify.Delete.Count > 0 || modify.Insert.Count == 0)
        {
            b.Append("DELETE ");
            WriteQuads(b, modify.Delete);
            b.Append(' ');
        }

        if (modify.Insert.Count > 0)
        {
            b.Append("INSERT ");
            WriteQuads(b, modify.Insert);
            b.Append(' ');
        }

        if (modify.Using is { } dataset)
        {
            foreach (var g in dataset.DefaultGraphs)
            {
                b.Append("USING ").Append(g).Append(' ');
            }

            foreach (var g in dataset.NamedGraphs)
            {
                b.Append("USING NAMED ").Append(g).Append(' ');
            }
        }

        b.Append("WHERE ");
        SparqlWriter.WriteGroupText(b, modify.Pattern);
    }

    private static void WriteTarget(StringBuilder b, GraphTarget target)
    {
        switch (target)
        {
            case DefaultGraphTarget:
                b.Append("DEFAULT");
                break;
            case NamedGraphsTarget:
                b.Append("NAMED");
                break;
            case AllGraphsTarget:
                b.Append("ALL");
                break;
            case NamedGraphTarget graph:
                b.Append("GRAPH ").Append(graph.Name);
                break;
        }
    }

    /// <summary>Writes quads in order, each run of quads in the same graph in one block.</summary>
    private static void WriteQuads(StringBuilder b, ValueArray<QuadPattern> quads)
    {
        b.Append("{ ");
        var i = 0;
        while (i < quads.Count)
        {
            var graph = quads[i].Graph;
            if (graph is { } name)
            {
                b.Append("GRAPH ");
                SparqlWriter.WriteTermPattern(b, name);
                b.Append(" { ");
            }

            while (i < quads.Count && Nullable.Equals(quads[i].Graph, graph))
            {
                var q = quads[i++];
                SparqlWriter.WriteTriple(b, new TriplePattern(q.Subject, q.Predicate, q.Object));
                b.Append(" . ");
            }

            if (graph is not null)
            {
                b.Append("} ");
            }
        }

        b.Append('}');
    }

    /// <summary>Writes the quads of DELETE WHERE from its pattern, so GRAPH blocks come out as they were written.</summary>
    private static void WriteQuadsPattern(StringBuilder b, Op pattern)
    {
        switch (pattern)
        {
            case OpJoin join:
                WriteQuadsPattern(b, join.Left);
                WriteQuadsPattern(b, join.Right);
                break;
            case OpBgp bgp:
                foreach (var t in bgp.Patterns)
                {
                    SparqlWriter.WriteTriple(b, t);
                    b.Append(" . ");
                }

                break;
            case OpGraph graph:
                b.Append("GRAPH ");
                SparqlWriter.WriteTermPattern(b, graph.Name);
                b.Append(" { ");
                WriteQuadsPattern(b, graph.Input);
                b.Append("} ");
                break;
        }
    }
}
