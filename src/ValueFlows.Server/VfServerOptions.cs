namespace ValueFlows.Server;

/// <summary>The settings of the HTTP server (section <c>Vf</c> of the configuration; <c>vf serve</c> flags override it).</summary>
public sealed class VfServerOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Vf";

    /// <summary>The base IRI the server mints under; its <c>{base}meta</c> graph is never in the union default graph.</summary>
    public string BaseIri { get; set; } = "http://localhost:5000/";

    /// <summary>SPARQL's default graph is the union of the stored default graph and the named graphs (DECISIONS 5).</summary>
    public bool UnionDefaultGraph { get; set; }

    /// <summary>SPARQL Update and other raw writes over HTTP are accepted (DECISIONS 23); off by default.</summary>
    public bool AllowRawWrites { get; set; }

    /// <summary>How long a query may run before it is answered with 503.</summary>
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest request (query text, form or update body) accepted, in bytes; larger gets 413.</summary>
    public long MaxRequestBytes { get; set; } = 1L << 20;

    /// <summary>The agent GraphQL's <c>myAgent</c> answers with until auth lands (DECISIONS 23); null gives UNAUTHENTICATED.</summary>
    public string? AsAgent { get; set; }

    /// <summary>The deepest GraphQL selection accepted; null keeps the GraphQL layer's default.</summary>
    public int? GraphQLMaxDepth { get; set; }

    /// <summary>The largest GraphQL query complexity accepted; null keeps the GraphQL layer's default.</summary>
    public int? GraphQLMaxComplexity { get; set; }

    /// <summary>A browser's <c>GET /graphql</c> gets the explorer page; off, it gets the JSON answer like any client.</summary>
    public bool Explorer { get; set; } = true;

    /// <summary>Origins allowed to call the server from a browser page (CORS); empty (the default) allows none.</summary>
    public IList<string> CorsOrigins { get; } = [];

    /// <summary>How <c>vf serve</c> writes its logs on the console.</summary>
    public VfLogFormat LogFormat { get; set; } = VfLogFormat.Simple;
}
