using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Syntax;

/// <summary>Group graph patterns and their translation (§18.2.2.6), triples blocks and property paths.</summary>
internal sealed partial class SparqlParser
{
    /// <summary><c>GroupGraphPattern ::= '{' ( SubSelect | GroupGraphPatternSub ) '}'</c>, translated.</summary>
    private Op GroupGraphPattern() => GroupGraphPattern(out _);

    /// <summary>
    /// Reads a group; <paramref name="ownFilter"/> tells whether the group's own FILTERs make the result a Filter,
    /// which OPTIONAL turns into its LeftJoin condition. A group that only simplifies to a Filter, such as
    /// <c>{ { P FILTER(e) } }</c>, does not (simplification comes after the translation, §18.2.2).
    /// </summary>
    private Op GroupGraphPattern(out bool ownFilter)
    {
        ownFilter = false;
        Expect("{");
        var aggregatesAllowed = _aggregatesAllowed;
        _aggregatesAllowed = false;
        try
        {
            if (Current.IsKeyword("SELECT"))
            {
                var sub = SubSelect();
                Expect("}");
                return sub;
            }

            var group = GroupGraphPatternSub();
            Expect("}");
            ownFilter = group is OpFilter && _lastGroupHadFilter;
            return group;
        }
        finally
        {
            _aggregatesAllowed = aggregatesAllowed;
        }
    }

    private Op SubSelect()
    {
        var select = SelectClause();
        var level = QueryLevel(select, WhereClause(required: true));
        return TranslateLevel(level);
    }

    private Op GroupGraphPatternSub()
    {
        Op group = OpBgp.Empty;
        List<Expression>? filters = null;
        var block = new List<object>();
        var blockNeedsDot = false;
        NewBlock();
        while (!Current.Is("}"))
        {
            if (Current.IsKeyword("FILTER"))
            {
                Advance();
                (filters ??= []).Add(Constraint());
                Accept(".");
                blockNeedsDot = false;
                continue;
            }

            if (StartsTriples())
            {
                if (blockNeedsDot)
                {
                    throw Error($"Expected '.' or '}}' but found {Current.Describe()}", Current);
                }

                var triples = new List<TriplePattern>();
                TriplesSameSubject(triples, allowPaths: true, paths: block);
                blockNeedsDot = !Accept(".");
                continue;
            }

            group = OpJoin.Create(group, TranslateBlock(block));
            block.Clear();
            blockNeedsDot = false;
            group = GraphPatternNotTriples(group);
            Accept(".");
            NewBlock();
        }

        group = OpJoin.Create(group, TranslateBlock(block));
        _lastGroupHadFilter = filters is not null;
        if (filters is not null)
        {
            var condition = filters[0];
            for (var i = 1; i < filters.Count; i++)
            {
                condition = new ExprCall(BuiltInFunction.And, condition, filters[i]);
            }

            group = new OpFilter(condition, group);
        }

        return group;
    }

    /// <summary>One of OPTIONAL, MINUS, GRAPH, SERVICE, BIND, VALUES or a group/union, applied to the group so far.</summary>
    private Op GraphPatternNotTriples(Op group)
    {
        var token = Current;
        if (token.Is("{"))
        {
            var union = GroupGraphPattern();
            while (AcceptKeyword("UNION"))
            {
                union = new OpUnion(union, GroupGraphPattern());
            }

            return OpJoin.Create(group, union);
        }

        if (token.IsKeyword("OPTIONAL"))
        {
            Advance();
            var optional = GroupGraphPattern(out var ownFilter);
            return ownFilter && optional is OpFilter filter
                ? new OpLeftJoin(group, filter.Input, filter.Condition)
                : new OpLeftJoin(group, optional, null);
        }

        if (token.IsKeyword("MINUS"))
        {
            Advance();
            return new OpMinus(group, GroupGraphPattern());
        }

        if (token.IsKeyword("GRAPH"))
        {
            Advance();
            var name = VarOrIri();
            return OpJoin.Create(group, new OpGraph(name, GroupGraphPattern()));
        }

        if (token.IsKeyword("SERVICE"))
        {
            Advance();
            var silent = AcceptKeyword("SILENT");
            var endpoint = VarOrIri();
            return OpJoin.Create(group, new OpService(endpoint, GroupGraphPattern(), silent));
        }

        if (token.IsKeyword("BIND"))
        {
            Advance();
            Expect("(");
            var expression = Expression();
            ExpectKeyword("AS");
            var variableToken = Current;
            var variable = Var();
            Expect(")");
            if (VariableScope.InScope(group).Contains(variable))
            {
                throw Error($"BIND assigns {variable}, which is already in scope in this group", variableToken);
            }

            return new OpExtend(group, variable, expression);
        }

        if (token.IsKeyword("VALUES"))
        {
            Advance();
            return OpJoin.Create(group, DataBlock());
        }

        throw Error($"Unexpected {token.Describe()} in a group graph pattern", token);
    }

    /// <summary>Joins the triple patterns and paths of one triples block: adjacent triple patterns form one BGP.</summary>
    private static Op TranslateBlock(List<object> block)
    {
        Op result = OpBgp.Empty;
        var triples = new List<TriplePattern>();
        foreach (var item in block)
        {
            if (item is TriplePattern triple)
            {
                triples.Add(triple);
                continue;
            }

            if (triples.Count > 0)
            {
                result = OpJoin.Create(result, new OpBgp(ValueArray<TriplePattern>.Own(triples)));
                triples = [];
            }

            result = OpJoin.Create(result, (OpPath)item);
        }

        if (triples.Count > 0)
        {
            result = OpJoin.Create(result, new OpBgp(ValueArray<TriplePattern>.Own(triples)));
        }

        return result;
    }

    private bool StartsTriples()
    {
        var t = Current;
        return t.Kind switch
        {
            TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName or TokenKind.BlankNodeLabel or TokenKind.String
                or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double or TokenKind.Nil or TokenKind.Anon => true,
            TokenKind.Punctuation => t.Text is "(" or "[",
            TokenKind.Name => t.IsKeyword("true") || t.IsKeyword("false"),
            _ => false,
        };
    }

    /// <summary>
    /// <c>TriplesSameSubject(Path)</c>: reads one subject with its property list. Triple patterns go to
    /// <paramref name="triples"/> when <paramref name="paths"/> is null (templates), else path patterns are translated
    /// (§18.2.2.4) and appended in order to <paramref name="paths"/> as triple patterns and <see cref="OpPath"/>s.
    /// </summary>
    private void TriplesSameSubject(List<TriplePattern> triples, bool allowPaths, List<object>? paths)
    {
        var sink = new TripleSink(triples, paths, this);
        if (Current.Is("[") || (Current.Is("(")))
        {
            var subject = TriplesNode(sink, allowPaths);
            if (!Current.Is(".") && !Current.Is("}") && Current.Kind != TokenKind.End && !StartsGraphPatternNotTriples())
            {
                PropertyList(subject, sink, allowPaths);
            }

            return;
        }

        var term = VarOrTerm();
        PropertyList(term, sink, allowPaths);
    }

    private bool StartsGraphPatternNotTriples()
    {
        var t = Current;
        return t.Is("{") || t.IsKeyword("OPTIONAL") || t.IsKeyword("MINUS") || t.IsKeyword("GRAPH") || t.IsKeyword("SERVICE")
            || t.IsKeyword("FILTER") || t.IsKeyword("BIND") || t.IsKeyword("VALUES");
    }

    /// <summary><c>PropertyListNotEmpty</c>: verb object-list pairs separated by ';'.</summary>
    private void PropertyList(TermPattern subject, TripleSink sink, bool allowPaths)
    {
        while (true)
        {
            var verbToken = Current;
            object verb;
            if (Current.Kind == TokenKind.Variable)
            {
                verb = Var();
            }
            else if (allowPaths)
            {
                verb = Path();
            }
            else if (Current.Kind == TokenKind.Name && Current.Text == "a")
            {
                Advance();
                verb = RdfVocabulary.Type;
            }
            else if (Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName)
            {
                verb = Iri();
            }
            else
            {
                throw Error($"Expected a predicate but found {verbToken.Describe()}", verbToken);
            }

            do
            {
                var obj = GraphNode(sink, allowPaths);
                sink.Add(subject, verb, obj);
            }
            while (Accept(","));

            if (!Accept(";"))
            {
                return;
            }

            while (Accept(";"))
            {
            }

            if (Current.Is(".") || Current.Is("]") || Current.Is("}") || Current.Kind == TokenKind.End || StartsGraphPatternNotTriples())
            {
                return;
            }
        }
    }

    private TermPattern GraphNode(TripleSink sink, bool allowPaths) =>
        Current.Is("[") || Current.Is("(") ? TriplesNode(sink, allowPaths) : VarOrTerm();

    /// <summary><c>TriplesNode</c>: a collection or a blank node property list; its triples are emitted first.</summary>
    private TermPattern TriplesNode(TripleSink sink, bool allowPaths)
    {
        if (Accept("["))
        {
            var node = FreshBlankNode();
            PropertyList(node, sink, allowPaths);
            Expect("]");
            return node;
        }

        Expect("(");
        var items = new List<TermPattern>();
        while (!Current.Is(")"))
        {
            if (Current.Kind == TokenKind.End)
            {
                throw Error("Unterminated collection", Current);
            }

            items.Add(GraphNode(sink, allowPaths));
        }

        Advance();
        if (items.Count == 0)
        {
            return RdfVocabulary.Nil;
        }

        var cells = new TermPattern[items.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = FreshBlankNode();
        }

        for (var i = 0; i < cells.Length; i++)
        {
            sink.AddTriple(new TriplePattern(cells[i], RdfVocabulary.First, items[i]));
            sink.AddTriple(new TriplePattern(cells[i], RdfVocabulary.Rest, i + 1 < cells.Length ? cells[i + 1] : RdfVocabulary.Nil));
        }

        return cells[0];
    }

    /// <summary><c>Path ::= PathAlternative</c>.</summary>
    private PropertyPath Path()
    {
        var path = PathSequence();
        while (Accept("|"))
        {
            path = new PathAlternative(path, PathSequence());
        }

        return path;
    }

    private PropertyPath PathSequence()
    {
        var path = PathEltOrInverse();
        while (Accept("/"))
        {
            path = new PathSequence(path, PathEltOrInverse());
        }

        return path;
    }

    private PropertyPath PathEltOrInverse()
    {
        if (Accept("^"))
        {
            return new PathInverse(PathElt());
        }

        return PathElt();
    }

    private PropertyPath PathElt()
    {
        var primary = PathPrimary();
        if (Current.Kind == TokenKind.Punctuation)
        {
            switch (Current.Text)
            {
                case "?":
                    Advance();
                    return new PathZeroOrOne(primary);
                case "*":
                    Advance();
                    return new PathZeroOrMore(primary);
                case "+":
                    Advance();
                    return new PathOneOrMore(primary);
            }
        }

        return primary;
    }

    private PropertyPath PathPrimary()
    {
        var token = Current;
        if (token.Kind == TokenKind.Name && token.Text == "a")
        {
            Advance();
            return new PathLink(RdfVocabulary.Type);
        }

        if (token.Kind is TokenKind.IriRef or TokenKind.PrefixedName)
        {
            return new PathLink(Iri());
        }

        if (Accept("!"))
        {
            return NegatedPropertySet();
        }

        if (Accept("("))
        {
            var path = Path();
            Expect(")");
            return path;
        }

        throw Error($"Expected a predicate or a property path but found {token.Describe()}", token);
    }

    private PropertyPath NegatedPropertySet()
    {
        var forward = new List<Iri>();
        var inverse = new List<Iri>();
        if (Current.Kind == TokenKind.Nil)
        {
            throw Error("A negated property set needs at least one IRI", Current);
        }

        if (Accept("("))
        {
            do
            {
                OneInPropertySet(forward, inverse);
            }
            while (Accept("|"));
            Expect(")");
        }
        else
        {
            OneInPropertySet(forward, inverse);
        }

        if (inverse.Count == 0)
        {
            return new PathNegatedSet(ValueArray<Iri>.Own(forward));
        }

        var inverted = new PathInverse(new PathNegatedSet(ValueArray<Iri>.Own(inverse)));
        return forward.Count == 0 ? inverted : new PathAlternative(new PathNegatedSet(ValueArray<Iri>.Own(forward)), inverted);
    }

    private void OneInPropertySet(List<Iri> forward, List<Iri> inverse)
    {
        var target = Accept("^") ? inverse : forward;
        var token = Current;
        if (token.Kind == TokenKind.Name && token.Text == "a")
        {
            Advance();
            target.Add(RdfVocabulary.Type);
        }
        else
        {
            target.Add(Iri());
        }
    }

    /// <summary>Translates a path pattern (§18.2.2.4): links become triple patterns, sequences split at fresh nodes.</summary>
    private void TranslatePath(TermPattern subject, PropertyPath path, TermPattern obj, List<object> output)
    {
        switch (path)
        {
            case PathLink link:
                output.Add(new TriplePattern(subject, link.Predicate, obj));
                break;
            case PathInverse { Path: PathLink inverseLink }:
                output.Add(new TriplePattern(obj, inverseLink.Predicate, subject));
                break;
            case PathSequence sequence:
                var middle = FreshBlankNode();
                TranslatePath(subject, sequence.First, middle, output);
                TranslatePath(middle, sequence.Second, obj, output);
                break;
            default:
                output.Add(new OpPath(subject, path, obj));
                break;
        }
    }

    /// <summary><c>InlineData</c> / <c>DataBlock</c>: a VALUES table.</summary>
    private OpValues DataBlock()
    {
        var variables = new List<Variable>();
        var rows = new List<ValueArray<Term?>>();
        if (Current.Kind == TokenKind.Variable)
        {
            variables.Add(Var());
            Expect("{");
            while (!Accept("}"))
            {
                rows.Add(ValueArray.Create(DataBlockValue()));
            }

            return new OpValues(ValueArray<Variable>.Own(variables), ValueArray<ValueArray<Term?>>.Own(rows));
        }

        if (Current.Kind != TokenKind.Nil)
        {
            Expect("(");
            while (!Accept(")"))
            {
                var token = Current;
                var variable = Var();
                if (variables.Contains(variable))
                {
                    throw Error($"{variable} appears twice in the VALUES variable list", token);
                }

                variables.Add(variable);
            }
        }
        else
        {
            Advance();
        }

        Expect("{");
        while (!Accept("}"))
        {
            var rowToken = Current;
            var row = new List<Term?>();
            if (Current.Kind == TokenKind.Nil)
            {
                Advance();
            }
            else
            {
                Expect("(");
                while (!Accept(")"))
                {
                    row.Add(DataBlockValue());
                }
            }

            if (row.Count != variables.Count)
            {
                throw Error($"A VALUES row has {row.Count} values for {variables.Count} variables", rowToken);
            }

            rows.Add(ValueArray<Term?>.Own(row));
        }

        return new OpValues(ValueArray<Variable>.Own(variables), ValueArray<ValueArray<Term?>>.Own(rows));
    }

    private Term? DataBlockValue()
    {
        if (AcceptKeyword("UNDEF"))
        {
            return null;
        }

        var token = Current;
        var term = VarOrTerm();
        if (term.Term is null or BlankNode || token.Kind == TokenKind.Nil)
        {
            throw Error($"Expected an IRI, a literal or UNDEF in VALUES but found {token.Describe()}", token);
        }

        return term.Term;
    }

    /// <summary>Starts a new basic graph pattern for blank node label scoping.</summary>
    private void NewBlock() => _block++;

    /// <summary>Collects triples of one statement, translating paths when a path list is given.</summary>
    private sealed class TripleSink(List<TriplePattern> triples, List<object>? paths, SparqlParser parser)
    {
        public void Add(TermPattern subject, object verb, TermPattern obj)
        {
            switch (verb)
            {
                case Variable variable:
                    AddTriple(new TriplePattern(subject, variable, obj));
                    break;
                case Iri iri:
                    AddTriple(new TriplePattern(subject, iri, obj));
                    break;
                default:
                    parser.TranslatePath(subject, (PropertyPath)verb, obj, paths!);
                    break;
            }
        }

        public void AddTriple(TriplePattern triple)
        {
            if (paths is not null)
            {
                paths.Add(triple);
            }
            else
            {
                triples.Add(triple);
            }
        }
    }
}
