using ValueFlows.Rdf;
using ValueFlows.Sparql.Evaluation;

namespace ValueFlows.Sparql.Update;

/// <summary>
/// The seam between <see cref="SparqlUpdateExecutor"/> and storage: an <see cref="IQueryableDataset"/> that can also be
/// changed. Reads see the changes made so far (an update's operations see the effects of the previous ones), and the
/// owner decides whether they last: the store's write transaction commits them all at once or none.
/// <para>
/// Graphs are not recorded apart from their quads: a named graph exists while it holds at least one quad (SPARQL 1.1
/// Update §3.1.3 allows stores that do not record empty graphs), so CREATE, DROP and CLEAR need nothing more.
/// </para>
/// </summary>
public interface IUpdatableDataset : IQueryableDataset
{
    /// <summary>The id of <paramref name="term"/>, adding it to the dataset's dictionary when it is new.</summary>
    TermId Intern(Term term);

    /// <summary>Adds a quad of ids from <see cref="Intern"/> or this dataset; true when it was not there.</summary>
    bool Add(in EncodedQuad quad);

    /// <summary>Removes a quad of ids; true when it was there.</summary>
    bool Remove(in EncodedQuad quad);
}
