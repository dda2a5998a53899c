using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Sparql.Update;

/// <summary>
/// Fills the DELETE or INSERT templates of one DELETE/INSERT operation with solutions of its WHERE clause, giving quads
/// of the dataset's ids. A quad with an unbound position, or that would not be RDF (a literal subject, a predicate or
/// graph that is not an IRI), is skipped (§3.1.3). For deletion a term the dataset has never stored also skips the
/// quad (it cannot be there); for insertion such terms are interned.
/// </summary>
internal sealed class TemplateFiller(IUpdatableDataset dataset, QueryTermTable terms, SolutionLayout layout, Iri? defaultGraph)
{
    private readonly Dictionary<Term, TermId> _stored = [];
    private readonly Dictionary<Term, TermId> _interned = [];

    /// <summary>
    /// The quad of <paramref name="template"/> under <paramref name="solution"/>, or null when it is skipped.
    /// <paramref name="fresh"/> is null for deletion, else the blank nodes made for this solution.
    /// </summary>
    public EncodedQuad? Fill(QuadPattern template, TermId[] solution, Dictionary<string, TermId>? fresh)
    {
        var s = Resolve(template.Subject, solution, fresh);
        var p = Resolve(template.Predicate, solution, fresh);
        var o = Resolve(template.Object, solution, fresh);
        TermId g;
        if (template.Graph is { } graph)
        {
            g = Resolve(graph, solution, fresh);
            if (!g.IsIri)
            {
                return null;
            }
        }
        else
        {
            g = defaultGraph is null ? TermId.DefaultGraph : Constant(defaultGraph, fresh is not null);
            if (g.IsAny)
            {
                return null;
            }
        }

        if (s.IsAny || s.IsLiteral || !p.IsIri || o.IsAny)
        {
            return null;
        }

        return new EncodedQuad(s, p, o, g);
    }

    /// <summary>The id of a position, or <see cref="TermId.Any"/> when it is unbound or (for deletion) not stored.</summary>
    private TermId Resolve(TermPattern position, TermId[] solution, Dictionary<string, TermId>? fresh)
    {
        if (position.Variable is { } variable)
        {
            if (!layout.TryGetSlot(variable, out int slot) || solution[slot].IsAny)
            {
                return TermId.Any;
            }

            var id = solution[slot];
            if (!terms.IsLocal(id))
            {
                return id;
            }

            // Computed by an expression (BIND, a function): the dataset does not hold it yet.
            return fresh is null ? TermId.Any : dataset.Intern(terms.Get(id));
        }

        var term = position.Term!;
        if (term is BlankNode node && fresh is not null)
        {
            if (!fresh.TryGetValue(node.Label, out var created))
            {
                created = dataset.Intern(SparqlUpdateExecutor.NewBlankNode());
                fresh.Add(node.Label, created);
            }

            return created;
        }

        return Constant(term, fresh is not null);
    }

    private TermId Constant(Term term, bool intern)
    {
        if (intern)
        {
            if (!_interned.TryGetValue(term, out var id))
            {
                id = dataset.Intern(term);
                _interned.Add(term, id);
            }

            return id;
        }

        if (!_stored.TryGetValue(term, out var stored))
        {
            stored = dataset.TryInternalize(term, out var found) ? found : TermId.Any;
            _stored.Add(term, stored);
        }

        return stored;
    }
}
