using System.Globalization;
using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Syntax;

/// <summary>Terms: IRIs, prefixed names, literals, blank nodes and variables.</summary>
internal sealed partial class SparqlParser
{
    private Variable Var()
    {
        var token = Expect(TokenKind.Variable, "a variable");
        return new Variable(token.Text);
    }

    private TermPattern VarOrIri() => Current.Kind == TokenKind.Variable ? Var() : Iri();

    /// <summary><c>VarOrTerm</c>: a variable or a graph term (<c>()</c> is <c>rdf:nil</c>, <c>[]</c> a fresh blank node).</summary>
    private TermPattern VarOrTerm()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Variable:
                return Var();
            case TokenKind.IriRef or TokenKind.PrefixedName:
                return Iri();
            case TokenKind.BlankNodeLabel:
                Advance();
                return LabelledBlankNode(token);
            case TokenKind.Anon:
                Advance();
                return FreshBlankNode();
            case TokenKind.Nil:
                Advance();
                return RdfVocabulary.Nil;
            default:
                if (TryLiteral(out var literal))
                {
                    return literal;
                }

                throw Error($"Expected a variable, an IRI, a literal or a blank node but found {token.Describe()}", token);
        }
    }

    /// <summary>Reads an RDF literal, a number or a boolean; signed numbers are single tokens.</summary>
    private bool TryLiteral(out Literal literal)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.String:
                Advance();
                literal = StringLiteralRest(token);
                return true;
            case TokenKind.Integer:
                Advance();
                literal = Literal.CreateUnchecked(token.Text, Xsd.Integer, null);
                return true;
            case TokenKind.Decimal:
                Advance();
                literal = Literal.CreateUnchecked(token.Text, Xsd.Decimal, null);
                return true;
            case TokenKind.Double:
                Advance();
                literal = Literal.CreateUnchecked(token.Text, Xsd.Double, null);
                return true;
            case TokenKind.Name when token.IsKeyword("true") || token.IsKeyword("false"):
                Advance();
                literal = Literal.CreateUnchecked(token.Text.ToLowerInvariant(), Xsd.Boolean, null);
                return true;
            default:
                literal = null!;
                return false;
        }
    }

    private Literal StringLiteralRest(Token value)
    {
        if (Current.Kind == TokenKind.LangTag)
        {
            var tag = Advance();
            try
            {
                return Literal.Create(value.Text, tag.Text);
            }
            catch (FormatException e)
            {
                throw Error(e.Message, tag);
            }
        }

        if (Accept("^^"))
        {
            var datatypeToken = Current;
            var datatype = Iri();
            if (datatype.Equals(RdfVocabulary.LangString))
            {
                throw Error("rdf:langString literals need a language tag", datatypeToken);
            }

            return Literal.Create(value.Text, datatype);
        }

        return Literal.Create(value.Text);
    }

    /// <summary><c>iri ::= IRIREF | PrefixedName</c>, resolved against the base IRI or expanded by the prefix map.</summary>
    private Iri Iri()
    {
        var token = Current;
        if (token.Kind == TokenKind.IriRef)
        {
            Advance();
            return ResolveIri(token);
        }

        if (token.Kind == TokenKind.PrefixedName)
        {
            Advance();
            var prefix = token.Text[..token.PrefixLength];
            if (!_prefixes.TryGetValue(prefix, out var ns))
            {
                throw Error($"Undefined prefix '{prefix}:'", token);
            }

            var value = ns + token.Text[(token.PrefixLength + 1)..];
            if (!IriSyntax.TryValidateAbsolute(value, out var error))
            {
                throw Error($"Invalid IRI <{value}>: {error}", token);
            }

            return Rdf.Iri.CreateUnchecked(value);
        }

        throw Error($"Expected an IRI but found {token.Describe()}", token);
    }

    private Iri ResolveIri(Token token)
    {
        var text = token.Text;
        if (IriSyntax.TryValidateAbsolute(text, out _))
        {
            return Rdf.Iri.CreateUnchecked(text);
        }

        if (!IriSyntax.TryValidateReference(text, out var error))
        {
            throw Error($"Invalid IRI <{text}>: {error}", token);
        }

        if (_base is null)
        {
            throw Error($"Relative IRI <{text}> without a base IRI", token);
        }

        try
        {
            return _base.Resolve(text);
        }
        catch (FormatException e)
        {
            throw Error(e.Message, token);
        }
    }

    /// <summary>A labelled blank node; a label belongs to one basic graph pattern (§4.1.4).</summary>
    private BlankNode LabelledBlankNode(Token token)
    {
        if (_inTemplate)
        {
            // Template labels make fresh nodes per solution, so templates may share them; the labels of INSERT DATA
            // name nodes of the store and belong to one operation (syntax-update-54, insert-where-same-bnode).
            if (_inData)
            {
                if (_labelOperations.TryGetValue(token.Text, out var operation) && operation != _operation)
                {
                    throw Error($"Blank node label _:{token.Text} is used in more than one operation", token);
                }

                _labelOperations[token.Text] = _operation;
            }

            return BlankNode.Create(token.Text);
        }

        if (_labelBlocks.TryGetValue(token.Text, out var block))
        {
            if (block != _block)
            {
                throw Error($"Blank node label _:{token.Text} is used in more than one basic graph pattern", token);
            }
        }
        else
        {
            _labelBlocks[token.Text] = _block;
        }

        return BlankNode.Create(token.Text);
    }

    /// <summary>A blank node whose label appears nowhere in the query text.</summary>
    private BlankNode FreshBlankNode()
    {
        string label;
        do
        {
            label = "b" + _freshBlankNodes.ToString(CultureInfo.InvariantCulture);
            _freshBlankNodes++;
        }
        while (_labelsInText.Contains(label));

        return BlankNode.Create(label);
    }

    /// <summary>A variable for the algebra only (aggregates, grouping keys): its name starts with a dot.</summary>
    private Variable FreshVariable() => new("." + (_freshVariables++).ToString(CultureInfo.InvariantCulture));
}
