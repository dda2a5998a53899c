namespace ValueFlows.Rdf;

/// <summary>
/// The buffered layout: subjects grouped, typed node elements, blank nodes nested where they are used once, and
/// well-formed RDF lists of resources written with <c>rdf:parseType="Collection"</c>.
/// </summary>
public sealed partial class RdfXmlWriter
{
    /// <summary>Nesting stops here; deeper blank nodes are written at the top level and referred to by rdf:nodeID.</summary>
    private const int MaxNesting = 24;

    private readonly List<Triple> _buffer = [];
    private readonly HashSet<Triple> _buffered = [];
    private readonly Dictionary<Term, List<Triple>> _bySubject = [];
    private readonly List<Term> _subjects = [];
    private readonly Dictionary<BlankNode, int> _references = [];
    private readonly HashSet<Term> _written = [];
    private readonly Queue<Term> _deferred = new();

    private void Buffer(in Triple triple)
    {
        if (_buffered.Add(triple))
        {
            _buffer.Add(triple);
        }
    }

    private void WriteBuffered()
    {
        foreach (var triple in _buffer)
        {
            if (!_bySubject.TryGetValue(triple.Subject, out var triples))
            {
                triples = [];
                _bySubject.Add(triple.Subject, triples);
                _subjects.Add(triple.Subject);
            }

            triples.Add(triple);
            if (triple.Object is BlankNode blank)
            {
                _references[blank] = _references.GetValueOrDefault(blank) + 1;
            }
        }

        // Every namespace is known before rdf:RDF is written, so all are declared there.
        foreach (var subject in _subjects)
        {
            var triples = _bySubject[subject];
            if (ChooseType(triples) is int typeIndex && typeIndex >= 0)
            {
                _namespaces.TrySplit(((Iri)triples[typeIndex].Object).Value, out string ns, out _);
                _namespaces.PrefixFor(ns, out _);
            }

            foreach (var triple in triples)
            {
                _namespaces.TrySplit(triple.Predicate.Value, out string ns, out _);
                _namespaces.PrefixFor(ns, out _);
            }
        }

        WriteHeader();
        foreach (var subject in _subjects)
        {
            if (!IsNestable(subject))
            {
                WriteNode(subject, 1, topLevel: true);
            }
        }

        // Blank nodes used once that were not nested: cycles of them, and those beyond the nesting limit.
        foreach (var subject in _subjects)
        {
            _deferred.Enqueue(subject);
        }

        while (_deferred.TryDequeue(out var subject))
        {
            if (!_written.Contains(subject))
            {
                WriteNode(subject, 1, topLevel: true);
            }
        }
    }

    private bool IsNestable(Term term) => term is BlankNode blank && _references.GetValueOrDefault(blank) == 1;

    /// <summary>The index of the rdf:type triple whose class names the node element, or -1 for rdf:Description.</summary>
    private int ChooseType(List<Triple> triples)
    {
        for (int i = 0; i < triples.Count; i++)
        {
            if (triples[i].Predicate.Equals(RdfVocabulary.Type) && triples[i].Object is Iri type && TryNodeElementName(type, out _, out _))
            {
                return i;
            }
        }

        return -1;
    }

    private void WriteNode(Term subject, int depth, bool topLevel)
    {
        _written.Add(subject);
        var triples = _bySubject.GetValueOrDefault(subject) ?? [];
        int typeIndex = ChooseType(triples);
        Indent(depth);
        _out.Write('<');
        string qname;
        if (typeIndex >= 0)
        {
            _namespaces.TrySplit(((Iri)triples[typeIndex].Object).Value, out string ns, out string local);
            qname = WriteName(ns, local);
        }
        else
        {
            qname = WriteRdfDescription();
        }

        WriteSubjectAttribute(subject, named: topLevel && subject is BlankNode blank && _references.GetValueOrDefault(blank) > 0);
        if (triples.Count == (typeIndex >= 0 ? 1 : 0))
        {
            _out.Write("/>\n");
            return;
        }

        _out.Write(">\n");
        WriteProperties(triples, typeIndex, depth + 1);
        EndElement(qname, depth);
    }

    private void WriteProperties(List<Triple> triples, int skip, int depth)
    {
        for (int i = 0; i < triples.Count; i++)
        {
            if (i == skip)
            {
                continue;
            }

            var (_, predicate, @object) = triples[i];
            if (!IsNestable(@object) || _written.Contains(@object))
            {
                WriteProperty(predicate, @object, depth);
            }
            else if (depth < MaxNesting && TryCollectList(@object, out var items))
            {
                WriteCollection(predicate, items, depth);
            }
            else if (depth >= MaxNesting)
            {
                _deferred.Enqueue(@object);
                WriteProperty(predicate, @object, depth);
            }
            else
            {
                WriteNested(predicate, @object, depth);
            }
        }
    }

    /// <summary>A blank node used once, written inside the property element: as a node element, or with parseType="Resource".</summary>
    private void WriteNested(Iri predicate, Term blank, int depth)
    {
        string qname = StartProperty(predicate, depth);
        if (!_bySubject.TryGetValue(blank, out var triples))
        {
            _written.Add(blank);
            _out.Write(" rdf:parseType=\"Resource\"/>\n");
            return;
        }

        if (ChooseType(triples) >= 0)
        {
            _out.Write(">\n");
            WriteNode(blank, depth + 1, topLevel: false);
        }
        else
        {
            _written.Add(blank);
            _out.Write(" rdf:parseType=\"Resource\">\n");
            WriteProperties(triples, -1, depth + 1);
        }

        EndElement(qname, depth);
    }

    /// <summary>
    /// The items of the list starting at <paramref name="head"/> when parseType="Collection" can say exactly it: every
    /// cell a blank node used once, holding only rdf:first and rdf:rest, the items IRIs or blank nodes (not literals),
    /// ending in rdf:nil. The cells are then marked written.
    /// </summary>
    private bool TryCollectList(Term head, out List<Term> items)
    {
        items = [];
        var cells = new HashSet<Term>();
        var cell = head;
        while (!cell.Equals(RdfVocabulary.Nil))
        {
            if (!IsNestable(cell) || _written.Contains(cell) || !cells.Add(cell)
                || !_bySubject.TryGetValue(cell, out var triples) || triples.Count != 2)
            {
                return false;
            }

            Term? first = null;
            Term? rest = null;
            foreach (var t in triples)
            {
                if (t.Predicate.Equals(RdfVocabulary.First))
                {
                    first = t.Object;
                }
                else if (t.Predicate.Equals(RdfVocabulary.Rest))
                {
                    rest = t.Object;
                }
            }

            if (first is null or Literal || rest is null)
            {
                return false;
            }

            items.Add(first);
            cell = rest;
        }

        _written.UnionWith(cells);
        return true;
    }

    private void WriteCollection(Iri predicate, List<Term> items, int depth)
    {
        string qname = StartProperty(predicate, depth);
        _out.Write(" rdf:parseType=\"Collection\">\n");
        foreach (var item in items)
        {
            if (IsNestable(item) && !_written.Contains(item) && depth + 1 < MaxNesting)
            {
                WriteNode(item, depth + 1, topLevel: false);
            }
            else
            {
                if (IsNestable(item) && !_written.Contains(item))
                {
                    _deferred.Enqueue(item);
                }

                Indent(depth + 1);
                _out.Write('<');
                WriteRdfDescription();
                WriteSubjectAttribute(item, named: true);
                _out.Write("/>\n");
            }
        }

        EndElement(qname, depth);
    }
}
