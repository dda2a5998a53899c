using System.Text;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>
/// The path from the document root to the value being processed, kept as the algorithms descend so that an error can
/// name its place as a JSON pointer (RFC 6901). Pushing and popping costs nothing; the text is built only for an error.
/// </summary>
internal sealed class JsonPointerTrail
{
    private readonly List<object> _segments = [];

    /// <summary>Set while processing a remote context: its faults are reported at the place that refers to it.</summary>
    public int Frozen { get; set; }

    public void Push(string key)
    {
        if (Frozen == 0)
        {
            _segments.Add(key);
        }
    }

    public void Push(int index)
    {
        if (Frozen == 0)
        {
            _segments.Add(index);
        }
    }

    public void Pop()
    {
        if (Frozen == 0)
        {
            _segments.RemoveAt(_segments.Count - 1);
        }
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var s in _segments)
        {
            sb.Append('/');
            if (s is int i)
            {
                sb.Append(i);
            }
            else
            {
                sb.Append(((string)s).Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
            }
        }

        return sb.ToString();
    }
}
