using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// The ids of one query evaluation: the dataset's ids, plus ids for terms computed by expressions that the dataset does
/// not hold. Local ids are dictionary ids counted down from the top of the payload range, far above any dataset's
/// dictionary, and a term the dataset holds always gets the dataset's id, so equal ids still mean equal terms.
/// </summary>
internal sealed class QueryTermTable
{
    private readonly Dictionary<Term, TermId> _localIds = [];
    private readonly List<Term> _localTerms = [];

    public QueryTermTable(IQueryableDataset dataset) => Dataset = dataset;

    public IQueryableDataset Dataset { get; }

    public TermId Intern(Term term)
    {
        if (Dataset.TryInternalize(term, out var id))
        {
            return id;
        }

        if (_localIds.TryGetValue(term, out id))
        {
            return id;
        }

        var kind = term switch
        {
            Iri => TermIdKind.Iri,
            BlankNode => TermIdKind.BlankNode,
            _ => TermIdKind.Literal,
        };
        id = TermId.ForDictionary(kind, (long)TermId.PayloadMask - _localTerms.Count);
        _localTerms.Add(term);
        _localIds.Add(term, id);
        return id;
    }

    /// <summary>The dataset id of a term, or false when only this query knows it (no quad can match it).</summary>
    public bool TryGetStored(Term term, out TermId id) => Dataset.TryInternalize(term, out id) && !IsLocal(id);

    public bool IsLocal(TermId id) => id.IsDictionaryTerm && id.DictionaryIndex > (long)TermId.PayloadMask - _localTerms.Count;

    public Term Get(TermId id) => IsLocal(id) ? _localTerms[(int)((long)TermId.PayloadMask - id.DictionaryIndex)] : Dataset.Externalize(id);
}
