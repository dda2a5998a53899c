namespace ValueFlows.Rdf;

/// <summary>
/// Lays out a buffered dataset as Turtle/TriG: subjects grouped, a blank node nested as <c>[ … ]</c> where it is the
/// object of exactly one triple and its own triples sit in the same graph, well-formed RDF lists as <c>( … )</c>, and a
/// blank node that is never an object written as <c>[]</c>. Every other blank node keeps its label, so cycles, shared
/// nodes and graph names survive; each triple is written exactly once.
/// </summary>
internal sealed class TurtlePrettyLayout
{
    /// <summary>Deeper nesting is written with labels, which keeps the recursion shallow.</summary>
    private const int MaxNesting = 48;

    /// <summary>Subjects with at most this many arcs are grouped without allocating.</summary>
    private const int SmallGroup = 32;

    private readonly Utf8Output _output;
    private readonly TurtleTermWriter _terms;
    private readonly GraphGroup _defaultGraph = new(null);
    private readonly List<GraphGroup> _namedGraphs = [];
    private readonly Dictionary<Term, GraphGroup> _graphByName = [];
    private readonly Dictionary<BlankNode, BlankUse> _blanks = [];
    private readonly List<SubjectGroup> _deferred = [];
    private SubjectGroup? _lastSubject;

    // The arcs of every subject in two parallel arrays, each subject's arcs chained through _nextArc in input order:
    // a million triples make a few large arrays rather than a list per subject.
    private (Iri Predicate, Term Object)[] _arcs = new (Iri, Term)[256];
    private int[] _nextArc = new int[256];
    private int _arcCount;
    private GraphGroup? _lastNamedGraph;
    private bool _blankLineDue;

    public TurtlePrettyLayout(Utf8Output output, TurtleTermWriter terms)
    {
        _output = output;
        _terms = terms;
    }

    /// <summary>Writes the document body; <paramref name="blankLineDue"/> says whether directives were written before it.</summary>
    public void Write(bool blankLineDue)
    {
        ChooseNesting();
        _blankLineDue = blankLineDue;
        WriteGraph(_defaultGraph, 0);
        foreach (var g in _namedGraphs)
        {
            BlankLineIfDue();
            _terms.WriteTerm(g.Name!);
            _output.Write(" {\n"u8);
            _blankLineDue = false;
            WriteGraph(g, 1);
            _output.Write("}\n"u8);
            _blankLineDue = true;
        }
    }

    /// <summary>Takes one quad into the layout; a quad seen before is ignored.</summary>
    public void Add(in Quad q)
    {
        GraphGroup graph;
        if (q.Graph is null)
        {
            graph = _defaultGraph;
        }
        else if (_lastNamedGraph is not null && ReferenceEquals(_lastNamedGraph.Name, q.Graph))
        {
            graph = _lastNamedGraph;
        }
        else
        {
            if (!_graphByName.TryGetValue(q.Graph, out graph!))
            {
                graph = new GraphGroup(q.Graph);
                _graphByName.Add(q.Graph, graph);
                _namedGraphs.Add(graph);
            }

            _lastNamedGraph = graph;
        }

        // Input usually comes grouped by subject, so the last group is worth trying before hashing the subject.
        var subject = _lastSubject;
        if (subject is null || subject.Graph != graph || !ReferenceEquals(subject.Subject, q.Subject))
        {
            subject = FindOrAddSubject(graph, q.Subject);
            _lastSubject = subject;
        }

        if (!TryAddArc(subject, q.Predicate, q.Object))
        {
            return;
        }

        if (q.Subject is BlankNode bs)
        {
            var use = UseOf(bs);
            if (use.SubjectGraph is null)
            {
                use.SubjectGraph = graph;
            }
            else if (use.SubjectGraph != graph)
            {
                use.SubjectInSeveralGraphs = true;
            }
        }

        if (q.Object is BlankNode bo)
        {
            var use = UseOf(bo);
            use.ObjectCount++;
            use.ReferencedFrom = subject;
        }

        if (q.Graph is BlankNode bg)
        {
            UseOf(bg).IsGraphName = true;
        }
    }

    /// <summary>Adds an arc unless the subject has it already (a scan while small, a hash set beyond).</summary>
    private bool TryAddArc(SubjectGroup subject, Iri predicate, Term o)
    {
        if (subject.Index is null && subject.ArcCount < SmallGroup)
        {
            for (int i = subject.FirstArc; i >= 0; i = _nextArc[i])
            {
                if (_arcs[i].Predicate.Equals(predicate) && _arcs[i].Object.Equals(o))
                {
                    return false;
                }
            }
        }
        else
        {
            if (subject.Index is null)
            {
                subject.Index = [];
                for (int i = subject.FirstArc; i >= 0; i = _nextArc[i])
                {
                    subject.Index.Add(_arcs[i]);
                }
            }

            if (!subject.Index.Add((predicate, o)))
            {
                return false;
            }
        }

        if (_arcCount == _arcs.Length)
        {
            Array.Resize(ref _arcs, _arcs.Length * 2);
            Array.Resize(ref _nextArc, _nextArc.Length * 2);
        }

        int arc = _arcCount++;
        _arcs[arc] = (predicate, o);
        _nextArc[arc] = -1;
        if (subject.LastArc >= 0)
        {
            _nextArc[subject.LastArc] = arc;
        }
        else
        {
            subject.FirstArc = arc;
        }

        subject.LastArc = arc;
        subject.ArcCount++;
        return true;
    }

    private static SubjectGroup FindOrAddSubject(GraphGroup graph, Term subject)
    {
        if (!graph.BySubject.TryGetValue(subject, out var group))
        {
            group = new SubjectGroup(subject, graph);
            graph.BySubject.Add(subject, group);
            graph.Subjects.Add(group);
        }

        return group;
    }

    private BlankUse UseOf(BlankNode b)
    {
        if (!_blanks.TryGetValue(b, out var use))
        {
            use = new BlankUse();
            _blanks.Add(b, use);
        }

        return use;
    }

    /// <summary>Marks the blank nodes to nest, then un-marks one node of every cycle of nested nodes.</summary>
    private void ChooseNesting()
    {
        foreach (var use in _blanks.Values)
        {
            use.Nested = use.ObjectCount == 1 && !use.IsGraphName && !use.SubjectInSeveralGraphs
                && (use.SubjectGraph is null || use.SubjectGraph == use.ReferencedFrom!.Graph);
            use.Anonymous = use.ObjectCount == 0 && !use.IsGraphName && !use.SubjectInSeveralGraphs;
        }

        // Each nested node has one parent (the subject referring to it), so the nested nodes form a functional graph
        // with at most one cycle per component; nesting cannot write a cycle, so one node of each keeps its label.
        var path = new List<BlankUse>();
        foreach (var start in _blanks.Values)
        {
            var use = start;
            while (use is { Nested: true, Visit: VisitState.New })
            {
                use.Visit = VisitState.OnPath;
                path.Add(use);
                use = use.ReferencedFrom!.Subject is BlankNode parent ? _blanks[parent] : null;
            }

            if (use is { Nested: true, Visit: VisitState.OnPath })
            {
                use.Nested = false;
            }

            foreach (var u in path)
            {
                u.Visit = VisitState.Done;
            }

            path.Clear();
        }
    }

    private void WriteGraph(GraphGroup graph, int level)
    {
        foreach (var subject in graph.Subjects)
        {
            if (subject.Written || (subject.Subject is BlankNode b && _blanks[b].Nested))
            {
                continue;
            }

            WriteStatement(subject, level);
            for (int i = 0; i < _deferred.Count; i++)
            {
                if (!_deferred[i].Written)
                {
                    WriteStatement(_deferred[i], level);
                }
            }

            _deferred.Clear();
        }
    }

    private void WriteStatement(SubjectGroup subject, int level)
    {
        BlankLineIfDue();
        TurtleSerializer.WriteIndent(_output, level);
        if (subject.Subject is BlankNode b && _blanks[b].Anonymous)
        {
            _output.Write("[]"u8);
        }
        else
        {
            _terms.WriteTerm(subject.Subject);
        }

        _output.Write(' ');
        WritePredicateObjectList(subject, level + 1, 0);
        _output.Write(" .\n"u8);
        _blankLineDue = true;
    }

    /// <summary>Writes <c>p o, o ; p o</c>: the first predicate where the cursor is, the others on new lines at <paramref name="level"/>.</summary>
    private void WritePredicateObjectList(SubjectGroup subject, int level, int depth)
    {
        subject.Written = true;
        int n = subject.ArcCount;
        Span<int> arcs = n <= SmallGroup ? stackalloc int[n] : new int[n];
        Span<int> order = n <= SmallGroup ? stackalloc int[n] : new int[n];
        for (int i = subject.FirstArc, k = 0; i >= 0; i = _nextArc[i], k++)
        {
            arcs[k] = i;
        }

        OrderByPredicate(arcs, order);
        Iri? previous = null;
        foreach (int i in order)
        {
            var (predicate, o) = _arcs[i];
            if (previous is not null && predicate.Equals(previous))
            {
                _output.Write(", "u8);
            }
            else
            {
                if (previous is not null)
                {
                    _output.Write(" ;\n"u8);
                    TurtleSerializer.WriteIndent(_output, level);
                }

                if (predicate.Equals(RdfVocabulary.Type))
                {
                    _output.Write('a');
                }
                else
                {
                    _terms.WriteIri(predicate.Value);
                }

                _output.Write(' ');
            }

            previous = predicate;
            WriteObject(o, subject.Graph, level, depth);
        }
    }

    private void WriteObject(Term o, GraphGroup graph, int level, int depth)
    {
        if (o.Equals(RdfVocabulary.Nil))
        {
            _output.Write("()"u8);
            return;
        }

        if (o is not BlankNode b || !_blanks[b].Nested)
        {
            _terms.WriteTerm(o);
            return;
        }

        graph.BySubject.TryGetValue(b, out var node);
        if (depth >= MaxNesting)
        {
            _blanks[b].Nested = false;
            _terms.WriteTerm(b);
            if (node is not null)
            {
                _deferred.Add(node);
            }

            return;
        }

        if (node is null)
        {
            _output.Write("[]"u8);
            return;
        }

        if (TryCollectList(node, graph, out var items, out var cells))
        {
            _output.Write('(');
            foreach (var item in items)
            {
                _output.Write(' ');
                WriteObject(item, graph, level, depth + 1);
            }

            _output.Write(" )"u8);
            foreach (var cell in cells)
            {
                cell.Written = true;
            }

            return;
        }

        _output.Write("[\n"u8);
        TurtleSerializer.WriteIndent(_output, level + 1);
        WritePredicateObjectList(node, level + 1, depth + 1);
        _output.Write('\n');
        TurtleSerializer.WriteIndent(_output, level);
        _output.Write(']');
    }

    /// <summary>
    /// Follows <c>rdf:rest</c> from <paramref name="head"/>: a list is a chain of nested blank nodes with exactly one
    /// <c>rdf:first</c> and one <c>rdf:rest</c> each, ending in <c>rdf:nil</c>.
    /// </summary>
    private bool TryCollectList(SubjectGroup head, GraphGroup graph, out List<Term> items, out List<SubjectGroup> cells)
    {
        items = [];
        cells = [];
        var cell = head;
        while (true)
        {
            if (cell.ArcCount != 2)
            {
                return false;
            }

            var (p0, o0) = _arcs[cell.FirstArc];
            var (p1, o1) = _arcs[cell.LastArc];
            Term first;
            Term rest;
            if (p0.Equals(RdfVocabulary.First) && p1.Equals(RdfVocabulary.Rest))
            {
                (first, rest) = (o0, o1);
            }
            else if (p1.Equals(RdfVocabulary.First) && p0.Equals(RdfVocabulary.Rest))
            {
                (first, rest) = (o1, o0);
            }
            else
            {
                return false;
            }

            items.Add(first);
            cells.Add(cell);
            if (rest.Equals(RdfVocabulary.Nil))
            {
                return true;
            }

            if (rest is not BlankNode next || !_blanks[next].Nested || !graph.BySubject.TryGetValue(next, out cell!))
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Fills <paramref name="order"/> with the arcs of <paramref name="arcs"/> grouped by predicate: <c>rdf:type</c>
    /// first, then the predicates in order of first appearance, objects in input order within a group.
    /// </summary>
    private void OrderByPredicate(ReadOnlySpan<int> arcs, Span<int> order)
    {
        int n = arcs.Length;
        if (n <= SmallGroup)
        {
            // Quadratic but allocation-free, for the usual handful of arcs per subject.
            int filled = 0;
            for (int pass = 0; pass < 2; pass++)
            {
                for (int i = 0; i < n; i++)
                {
                    var p = _arcs[arcs[i]].Predicate;
                    if (p.Equals(RdfVocabulary.Type) != (pass == 0) || SeenBefore(arcs, i))
                    {
                        continue;
                    }

                    for (int k = i; k < n; k++)
                    {
                        if (_arcs[arcs[k]].Predicate.Equals(p))
                        {
                            order[filled++] = arcs[k];
                        }
                    }
                }
            }

            return;
        }

        var rank = new Dictionary<Iri, int>();
        var keys = new long[n];
        for (int i = 0; i < n; i++)
        {
            var p = _arcs[arcs[i]].Predicate;
            if (!rank.TryGetValue(p, out int r))
            {
                r = p.Equals(RdfVocabulary.Type) ? 0 : rank.Count + 1;
                rank.Add(p, r);
            }

            keys[i] = ((long)r << 32) | (uint)i;
        }

        Array.Sort(keys);
        for (int i = 0; i < n; i++)
        {
            order[i] = arcs[(int)(keys[i] & uint.MaxValue)];
        }
    }

    private bool SeenBefore(ReadOnlySpan<int> arcs, int i)
    {
        var p = _arcs[arcs[i]].Predicate;
        for (int j = 0; j < i; j++)
        {
            if (_arcs[arcs[j]].Predicate.Equals(p))
            {
                return true;
            }
        }

        return false;
    }

    private void BlankLineIfDue()
    {
        if (_blankLineDue)
        {
            _output.Write('\n');
            _blankLineDue = false;
        }
    }

    private enum VisitState
    {
        New,
        OnPath,
        Done,
    }

    private sealed class GraphGroup(Term? name)
    {
        public Term? Name { get; } = name;

        public List<SubjectGroup> Subjects { get; } = [];

        public Dictionary<Term, SubjectGroup> BySubject { get; } = [];
    }

    private sealed class SubjectGroup(Term subject, GraphGroup graph)
    {
        public Term Subject { get; } = subject;

        public GraphGroup Graph { get; } = graph;

        public int FirstArc { get; set; } = -1;

        public int LastArc { get; set; } = -1;

        public int ArcCount { get; set; }

        /// <summary>The arcs as a set, once there are too many to scan for duplicates.</summary>
        public HashSet<(Iri, Term)>? Index { get; set; }

        public bool Written { get; set; }
    }

    private sealed class BlankUse
    {
        public int ObjectCount { get; set; }

        public SubjectGroup? ReferencedFrom { get; set; }

        public bool IsGraphName { get; set; }

        public GraphGroup? SubjectGraph { get; set; }

        public bool SubjectInSeveralGraphs { get; set; }

        public bool Nested { get; set; }

        public bool Anonymous { get; set; }

        public VisitState Visit { get; set; }
    }
}
