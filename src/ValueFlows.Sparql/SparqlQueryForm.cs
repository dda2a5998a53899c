namespace ValueFlows.Sparql;

/// <summary>The four query forms (<see href="https://www.w3.org/TR/sparql11-query/#QueryForms"/>).</summary>
public enum SparqlQueryForm
{
    /// <summary><c>SELECT</c>: a sequence of solutions.</summary>
    Select,

    /// <summary><c>CONSTRUCT</c>: an RDF graph built from a template.</summary>
    Construct,

    /// <summary><c>ASK</c>: whether a solution exists.</summary>
    Ask,

    /// <summary><c>DESCRIBE</c>: an RDF graph describing resources.</summary>
    Describe,
}
