namespace ValueFlows.Rdf;

/// <summary>The quads of the statement being read, waiting to be handed out one by one (a growable ring buffer).</summary>
internal sealed class QuadQueue
{
    private Quad[] _items = new Quad[16];
    private int _head;

    public int Count { get; private set; }

    public void Enqueue(in Quad quad)
    {
        if (Count == _items.Length)
        {
            var bigger = new Quad[_items.Length * 2];
            for (int i = 0; i < Count; i++)
            {
                bigger[i] = _items[(_head + i) % _items.Length];
            }

            _items = bigger;
            _head = 0;
        }

        _items[(_head + Count) % _items.Length] = quad;
        Count++;
    }

    public Quad Dequeue()
    {
        var quad = _items[_head];
        _items[_head] = default;
        _head = (_head + 1) % _items.Length;
        Count--;
        if (Count == 0)
        {
            _head = 0;
            if (_items.Length > 1024)
            {
                // A huge statement has been handed out: do not keep its room for the rest of the document.
                _items = new Quad[16];
            }
        }

        return quad;
    }
}
