using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ValueFlows.Rdf.JsonLd.Algorithms;
using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd;

/// <summary>
/// Writes RDF as JSON-LD. The quads are buffered; <see cref="RdfWriter.Finish"/> turns them into JSON-LD (fromRdf,
/// lists as <c>@list</c>, literals kept exact) and compacts the result with the writer's context: the one given, or
/// else one made of the declared prefixes (and <c>@base</c>, when a base IRI is set, so IRIs under it are written
/// relative). Named graphs are kept. Indented unless <see cref="RdfWriterOptions.Pretty"/> is off.
/// </summary>
public sealed class JsonLdWriter : RdfWriter
{
    private readonly Stream _output;
    private readonly RdfWriterOptions _options;
    private readonly object? _context;
    private readonly JsonLdOptions _jsonLdOptions;
    private readonly List<Quad> _quads = [];
    private readonly List<KeyValuePair<string, string>> _prefixes = [];
    private string? _baseIri;

    /// <summary>A writer that compacts with the prefixes it is given.</summary>
    public JsonLdWriter(Stream output, RdfWriterOptions options)
        : this(output, options, null, JsonLdOptions.Default)
    {
    }

    /// <summary>
    /// A writer that compacts with <paramref name="context"/> (a context object, an array, or a context IRI string that the
    /// options' document loader can resolve), or, when it is null, with the prefixes it is given.
    /// </summary>
    public JsonLdWriter(Stream output, RdfWriterOptions options, JsonNode? context, JsonLdOptions? jsonLdOptions = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        _output = output;
        _options = options;
        _context = context is null ? null : JsonModel.FromNode(context);
        _jsonLdOptions = jsonLdOptions ?? JsonLdOptions.Default;
        _baseIri = options.BaseIri;
        _prefixes.AddRange(options.Prefixes);
    }

    /// <inheritdoc />
    public override void WritePrefix(string prefix, string namespaceIri)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(namespaceIri);
        _prefixes.RemoveAll(p => p.Key == prefix);
        _prefixes.Add(new KeyValuePair<string, string>(prefix, namespaceIri));
    }

    /// <inheritdoc />
    public override void WriteBase(string baseIri) => _baseIri = baseIri;

    /// <inheritdoc />
    public override void Write(in Quad quad) => _quads.Add(quad);

    /// <inheritdoc />
    protected override void FinishDocument()
    {
        var expanded = new RdfDeserialization(_jsonLdOptions).Deserialize(_quads);
        var context = _context ?? PrefixContext();
        if (_context is not null && _baseIri is not null)
        {
            context = new List<object?> { _context, JsonMap.Of(Keywords.Base, _baseIri) };
        }

        var options = _jsonLdOptions with { Base = _baseIri, CompactToRelative = _baseIri is not null };
        var compacted = JsonLdProcessor.CompactExpanded(expanded, null, context, options);
        var writerOptions = new JsonWriterOptions
        {
            Indented = _options.Pretty,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var writer = new Utf8JsonWriter(_output, writerOptions))
        {
            JsonModel.Write(writer, compacted);
        }

        if (_options.Pretty)
        {
            _output.WriteByte((byte)'\n');
        }

        _output.Flush();
    }

    private JsonMap PrefixContext()
    {
        var context = new JsonMap();
        if (_baseIri is not null)
        {
            context[Keywords.Base] = _baseIri;
        }

        foreach (var (prefix, ns) in _prefixes)
        {
            // The empty prefix of Turtle has no JSON-LD term; it becomes the vocabulary mapping.
            if (prefix.Length == 0)
            {
                context[Keywords.Vocab] = ns;
            }
            else if (!Keywords.HasKeywordForm(prefix))
            {
                context[prefix] = ns;
            }
        }

        return context;
    }
}
