using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Evaluation;
using ScanPattern = ValueFlows.Sparql.Evaluation.QuadPattern;

namespace ValueFlows.Sparql.Update;

/// <summary>
/// Runs SPARQL 1.1 Update requests (<see href="https://www.w3.org/TR/sparql11-update/"/>) on an
/// <see cref="IUpdatableDataset"/>. Operations run in order and each sees the effects of the previous ones; an error
/// stops the request and propagates, and the caller discards the dataset's changes (the store's write transaction is
/// disposed without commit), so a request is applied wholly or not at all.
/// </summary>
public static class SparqlUpdateExecutor
{
    /// <summary>Runs every operation of <paramref name="update"/> on <paramref name="dataset"/>.</summary>
    /// <exception cref="SparqlUpdateException">An operation failed without SILENT (LOAD refused or failed, CREATE of an existing graph, a missing source graph).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static SparqlUpdateResult Execute(SparqlUpdate update, IUpdatableDataset dataset, UpdateOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(dataset);
        var run = new Run(dataset, options ?? UpdateOptions.Default, update.BaseIri, cancellation);
        var results = new List<UpdateOperationResult>(update.Operations.Count);
        foreach (var operation in update.Operations)
        {
            cancellation.ThrowIfCancellationRequested();
            run.Added = 0;
            run.Removed = 0;
            run.Execute(operation);
            results.Add(new UpdateOperationResult(operation, run.Added, run.Removed));
        }

        return new SparqlUpdateResult(results);
    }

    /// <summary>
    /// Reads the documents of the request's LOAD operations now, so that a caller can do it before taking the store's
    /// single writer (a slow server then delays only this request, not every writer). Returns options that make
    /// <see cref="Execute"/> use the documents read here; a SILENT LOAD that fails here is a no-op there.
    /// </summary>
    /// <exception cref="SparqlUpdateException">A LOAD without SILENT is refused or fails (the request would fail too).</exception>
    public static UpdateOptions PrefetchDocuments(SparqlUpdate update, UpdateOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        options ??= UpdateOptions.Default;
        var documents = new Dictionary<Iri, List<Quad>?>();
        foreach (var load in update.Operations.OfType<LoadOperation>())
        {
            if (documents.ContainsKey(load.Source) || options.Prefetched?.ContainsKey(load.Source) == true)
            {
                continue;
            }

            try
            {
                documents[load.Source] = UpdateDocumentLoader.Load(load.Source, options, cancellation);
            }
            catch (SparqlUpdateException) when (load.Silent && !update.Operations.OfType<LoadOperation>().Any(l => l.Source == load.Source && !l.Silent))
            {
                documents[load.Source] = null;
            }
        }

        if (documents.Count == 0)
        {
            return options;
        }

        if (options.Prefetched is { } earlier)
        {
            foreach (var (iri, quads) in earlier)
            {
                documents[iri] = quads;
            }
        }

        return options with { Prefetched = documents };
    }

    /// <summary>
    /// A blank node no stored node can share: <see cref="BlankNode.CreateFresh"/> counts from 1 in every process, so
    /// its labels would meet nodes written by an earlier run of a persistent store.
    /// </summary>
    internal static BlankNode NewBlankNode() => BlankNode.Create("u" + Guid.NewGuid().ToString("N"));

    /// <summary>One request's state: the dataset, the options and the change counts of the current operation.</summary>
    private sealed class Run(IUpdatableDataset dataset, UpdateOptions options, Iri? baseIri, CancellationToken cancellation)
    {
        private const int BatchSize = 256;

        public long Added { get; set; }

        public long Removed { get; set; }

        public void Execute(UpdateOperation operation)
        {
            switch (operation)
            {
                case InsertDataOperation insert:
                    InsertData(insert.Data);
                    break;
                case DeleteDataOperation delete:
                    DeleteData(delete.Data);
                    break;
                case ModifyOperation modify:
                    Modify(modify);
                    break;
                case LoadOperation load:
                    Load(load);
                    break;
                case ClearOperation clear:
                    Clear(clear.Target);
                    break;
                case DropOperation drop:
                    // Graphs exist only through their quads, so dropping a graph is emptying it.
                    Clear(drop.Target);
                    break;
                case CreateOperation create:
                    Create(create);
                    break;
                case GraphTransferOperation transfer:
                    Transfer(transfer);
                    break;
                default:
                    throw new ArgumentException($"Unknown update operation {operation.GetType().Name}.", nameof(operation));
            }
        }

        private void InsertData(ValueArray<QuadPattern> data)
        {
            // Blank nodes of INSERT DATA are new nodes, distinct from every node already stored (§3.1.1).
            var fresh = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            foreach (var quad in data)
            {
                if (Instantiate(quad, fresh) is { } ground)
                {
                    Insert(ground);
                }
            }
        }

        private void DeleteData(ValueArray<QuadPattern> data)
        {
            foreach (var quad in data)
            {
                if (Instantiate(quad, null) is { } ground)
                {
                    Delete(ground);
                }
            }
        }

        /// <summary>DELETE/INSERT … WHERE (§3.1.3): the pattern is evaluated once, then all deletions, then all insertions.</summary>
        private void Modify(ModifyOperation modify)
        {
            var layout = new SolutionLayout();
            VariableRegistry.Register(layout, modify.Pattern);
            IQueryableDataset view = dataset;
            if (modify.Using is { } selection)
            {
                view = new QueryDatasetView(dataset, selection);
            }
            else if (modify.With is { } with)
            {
                // WITH without USING: the WITH graph is the default graph of the WHERE clause; named graphs stay.
                var named = dataset.GetNamedGraphs().Select(dataset.Externalize).OfType<Iri>();
                view = new QueryDatasetView(dataset, new QueryDataset(new ValueArray<Iri>([with]), new ValueArray<Iri>(named)));
            }

            // The solutions are kept as the dataset's own ids (a view shares them), so templates are filled in without
            // turning ids into terms and back; they are all read before anything changes, so the writes cannot disturb
            // the scan.
            var terms = new QueryTermTable(view);
            var evaluator = new AlgebraEvaluator(terms, layout, baseIri, cancellation);
            var solutions = new List<TermId[]>();
            foreach (var row in evaluator.Evaluate(modify.Pattern, evaluator.EmptyRow(), TermId.DefaultGraph))
            {
                solutions.Add((TermId[])row.Clone());
            }

            var template = new TemplateFiller(dataset, terms, layout, modify.With);
            var deletions = new List<EncodedQuad>();
            foreach (var solution in solutions)
            {
                foreach (var quad in modify.Delete)
                {
                    if (template.Fill(quad, solution, null) is { } ground)
                    {
                        deletions.Add(ground);
                    }
                }
            }

            foreach (var quad in deletions)
            {
                Delete(quad);
            }

            // Template blank nodes are fresh for each solution (§3.1.3, as in CONSTRUCT); a template without blank nodes
            // shares one empty map instead of allocating one per solution.
            bool hasBlankNodes = modify.Insert.Any(q => q.Subject.Term is BlankNode || q.Object.Term is BlankNode);
            var noBlankNodes = new Dictionary<string, TermId>(StringComparer.Ordinal);
            foreach (var solution in solutions)
            {
                var fresh = hasBlankNodes ? new Dictionary<string, TermId>(StringComparer.Ordinal) : noBlankNodes;
                foreach (var quad in modify.Insert)
                {
                    if (template.Fill(quad, solution, fresh) is { } ground)
                    {
                        Insert(ground);
                    }
                }
            }
        }

        private void Load(LoadOperation load)
        {
            List<Quad>? quads;
            if (options.Prefetched is { } prefetched && prefetched.TryGetValue(load.Source, out quads))
            {
                if (quads is null)
                {
                    return;
                }
            }
            else
            {
                try
                {
                    quads = UpdateDocumentLoader.Load(load.Source, options, cancellation);
                }
                catch (SparqlUpdateException) when (load.Silent)
                {
                    return;
                }
            }

            // The document's blank nodes are new nodes of the store; all of its triples go into the destination graph.
            var fresh = new Dictionary<BlankNode, BlankNode>();
            foreach (var quad in quads)
            {
                Insert(new Quad(Fresh(quad.Subject, fresh), quad.Predicate, Fresh(quad.Object, fresh), load.Destination));
            }
        }

        private static Term Fresh(Term term, Dictionary<BlankNode, BlankNode> fresh)
        {
            if (term is not BlankNode node)
            {
                return term;
            }

            if (!fresh.TryGetValue(node, out var created))
            {
                created = NewBlankNode();
                fresh.Add(node, created);
            }

            return created;
        }

        private void Clear(GraphTarget target)
        {
            switch (target)
            {
                case DefaultGraphTarget:
                    RemoveAll(new ScanPattern(TermId.Any, TermId.Any, TermId.Any, TermId.DefaultGraph));
                    break;
                case NamedGraphTarget graph:
                    if (dataset.TryInternalize(graph.Name, out var id))
                    {
                        RemoveAll(new ScanPattern(TermId.Any, TermId.Any, TermId.Any, id));
                    }

                    break;
                case NamedGraphsTarget:
                    RemoveAll(new ScanPattern(TermId.Any, TermId.Any, TermId.Any, TermId.Any));
                    break;
                default:
                    RemoveAll(new ScanPattern(TermId.Any, TermId.Any, TermId.Any, TermId.DefaultGraph));
                    RemoveAll(new ScanPattern(TermId.Any, TermId.Any, TermId.Any, TermId.Any));
                    break;
            }
        }

        /// <summary>CREATE (§3.2.1): a graph that holds quads exists, so creating it again fails unless SILENT.</summary>
        private void Create(CreateOperation create)
        {
            if (!create.Silent && GraphId(new NamedGraphTarget(create.Graph)) is { } id && HasQuads(id))
            {
                throw new SparqlUpdateException(UpdateErrorKind.GraphExists, create.Graph, $"CREATE GRAPH <{create.Graph.Value}>: the graph already exists.");
            }
        }

        /// <summary>ADD, MOVE, COPY (§3.2.3–3.2.5): nothing happens when source and destination are the same graph.</summary>
        private void Transfer(GraphTransferOperation transfer)
        {
            if (transfer.Source == transfer.Destination)
            {
                return;
            }

            var source = GraphId(transfer.Source);
            if (transfer.Source is NamedGraphTarget named && (source is not { } present || !HasQuads(present)))
            {
                if (transfer.Silent)
                {
                    return;
                }

                throw new SparqlUpdateException(UpdateErrorKind.GraphMissing, named.Name, $"{transfer.Kind.ToString().ToUpperInvariant()}: the source graph <{named.Name.Value}> does not exist.");
            }

            var quads = source is { } from ? Read(new ScanPattern(TermId.Any, TermId.Any, TermId.Any, from)) : [];
            var destination = transfer.Destination is NamedGraphTarget target ? dataset.Intern(target.Name) : TermId.DefaultGraph;
            if (transfer.Kind != GraphTransferKind.Add)
            {
                RemoveAll(new ScanPattern(TermId.Any, TermId.Any, TermId.Any, destination));
            }

            foreach (var quad in quads)
            {
                Insert(quad with { Graph = destination });
            }

            if (transfer.Kind == GraphTransferKind.Move)
            {
                foreach (var quad in quads)
                {
                    Delete(quad);
                }
            }
        }

        private TermId? GraphId(GraphTarget target) => target switch
        {
            DefaultGraphTarget => TermId.DefaultGraph,
            NamedGraphTarget named => dataset.TryInternalize(named.Name, out var id) ? id : null,
            _ => null,
        };

        private bool HasQuads(TermId graph)
        {
            using var cursor = dataset.OpenCursor();
            cursor.Seek(new ScanPattern(TermId.Any, TermId.Any, TermId.Any, graph));
            Span<EncodedQuad> one = stackalloc EncodedQuad[1];
            return cursor.Read(one) > 0;
        }

        private List<EncodedQuad> Read(in ScanPattern pattern)
        {
            var quads = new List<EncodedQuad>();
            var batch = new EncodedQuad[BatchSize];
            using var cursor = dataset.OpenCursor();
            cursor.Seek(pattern);
            int read;
            while ((read = cursor.Read(batch)) > 0)
            {
                cancellation.ThrowIfCancellationRequested();
                quads.AddRange(batch.AsSpan(0, read));
            }

            return quads;
        }

        private void RemoveAll(in ScanPattern pattern)
        {
            foreach (var quad in Read(pattern))
            {
                Delete(quad);
            }
        }

        private void Insert(in Quad quad) =>
            Insert(new EncodedQuad(
                dataset.Intern(quad.Subject),
                dataset.Intern(quad.Predicate),
                dataset.Intern(quad.Object),
                quad.Graph is null ? TermId.DefaultGraph : dataset.Intern(quad.Graph)));

        private void Insert(in EncodedQuad quad)
        {
            if (dataset.Add(quad))
            {
                Added++;
            }
        }

        private void Delete(in Quad quad)
        {
            // A term the dataset has never seen is in no quad, so there is nothing to remove.
            if (dataset.TryInternalize(quad.Subject, out var s)
                && dataset.TryInternalize(quad.Predicate, out var p)
                && dataset.TryInternalize(quad.Object, out var o))
            {
                var g = TermId.DefaultGraph;
                if (quad.Graph is null || dataset.TryInternalize(quad.Graph, out g))
                {
                    Delete(new EncodedQuad(s, p, o, g));
                }
            }
        }

        private void Delete(in EncodedQuad quad)
        {
            if (dataset.Remove(quad))
            {
                Removed++;
            }
        }

        /// <summary>A quad of INSERT DATA or DELETE DATA (ground, except blank nodes that <paramref name="fresh"/> replaces).</summary>
        private static Quad? Instantiate(QuadPattern data, Dictionary<string, BlankNode>? fresh)
        {
            var s = Term(data.Subject, fresh);
            var p = Term(data.Predicate, fresh);
            var o = Term(data.Object, fresh);
            Term? g = data.Graph is { } graph ? Term(graph, fresh) : null;
            if (s is null or Literal || p is not Iri predicate || o is null || (data.Graph is not null && g is not Iri))
            {
                return null;
            }

            return new Quad(s, predicate, o, g);
        }

        private static Term? Term(TermPattern position, Dictionary<string, BlankNode>? fresh)
        {
            if (position.Term is BlankNode node && fresh is not null)
            {
                if (!fresh.TryGetValue(node.Label, out var created))
                {
                    created = NewBlankNode();
                    fresh.Add(node.Label, created);
                }

                return created;
            }

            return position.Term;
        }
    }
}
