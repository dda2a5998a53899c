using System.Collections.Concurrent;

namespace ValueFlows.Rdf;

/// <summary>
/// The formats a program knows, looked up by name, media type or file extension. Formats from other assemblies (JSON-LD)
/// register themselves when the program is composed.
/// </summary>
public sealed class RdfFormatRegistry
{
    private readonly ConcurrentDictionary<string, RdfFormat> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, RdfFormat> _byMediaType = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, RdfFormat> _byExtension = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<RdfFormat> _all = [];
    private readonly Lock _lock = new();

    /// <summary>A registry holding the given formats.</summary>
    public RdfFormatRegistry(IEnumerable<RdfFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        foreach (var f in formats)
        {
            Register(f);
        }
    }

    /// <summary>The process-wide registry, starting with the formats of this assembly.</summary>
    public static RdfFormatRegistry Default { get; } = new(RdfFormats.BuiltIn);

    /// <summary>Every registered format, in registration order.</summary>
    public IReadOnlyList<RdfFormat> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _all];
            }
        }
    }

    /// <summary>Adds a format; a later format wins a name, media type or extension it shares with an earlier one.</summary>
    public void Register(RdfFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        lock (_lock)
        {
            _all.RemoveAll(f => string.Equals(f.Name, format.Name, StringComparison.OrdinalIgnoreCase));
            _all.Add(format);
            _byName[format.Name] = format;
            foreach (var a in format.Aliases)
            {
                _byName[a] = format;
            }

            foreach (var m in format.MediaTypes)
            {
                _byMediaType[m] = format;
            }

            foreach (var e in format.Extensions)
            {
                _byExtension[e.TrimStart('.')] = format;
            }
        }
    }

    /// <summary>The format with this name or alias.</summary>
    public bool TryGetByName(string name, out RdfFormat format) => _byName.TryGetValue(name, out format!);

    /// <summary>The format with this media type (parameters such as <c>;charset=</c> are ignored).</summary>
    public bool TryGetByMediaType(string mediaType, out RdfFormat format)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        int semi = mediaType.IndexOf(';', StringComparison.Ordinal);
        var bare = (semi < 0 ? mediaType : mediaType[..semi]).Trim();
        return _byMediaType.TryGetValue(bare, out format!);
    }

    /// <summary>The format of a file, from its extension (a trailing <c>.gz</c> is not handled here).</summary>
    public bool TryGetByFileName(string path, out RdfFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        var ext = Path.GetExtension(path).TrimStart('.');
        if (ext.Length == 0)
        {
            format = null!;
            return false;
        }

        return _byExtension.TryGetValue(ext, out format!);
    }
}
