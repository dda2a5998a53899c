using ValueFlows.Rdf;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>
/// The term ids of an in-memory dataset: canonical small literals are inlined in the id, every other term gets the
/// next dictionary index of its kind.
/// </summary>
internal sealed class InMemoryTermTable
{
    private readonly Dictionary<Term, TermId> _ids = [];
    private readonly List<Term> _terms = [];

    public bool TryInternalize(Term term, out TermId id)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (term is Literal literal && InlineLiteralCodec.TryEncode(literal, out id))
        {
            return true;
        }

        return _ids.TryGetValue(term, out id);
    }

    public TermId Intern(Term term)
    {
        if (TryInternalize(term, out var id))
        {
            return id;
        }

        var kind = term.Kind switch
        {
            TermKind.Iri => TermIdKind.Iri,
            TermKind.BlankNode => TermIdKind.BlankNode,
            _ => TermIdKind.Literal,
        };
        id = TermId.ForDictionary(kind, _terms.Count);
        _terms.Add(term);
        _ids.Add(term, id);
        return id;
    }

    public Term Externalize(TermId id)
    {
        if (id.IsInline)
        {
            return InlineLiteralCodec.Decode(id);
        }

        if (!id.IsDictionaryTerm || id.DictionaryIndex >= _terms.Count)
        {
            throw new ArgumentException($"The id {id} is not a term of this dataset.", nameof(id));
        }

        return _terms[(int)id.DictionaryIndex];
    }
}
