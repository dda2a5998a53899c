using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using ValueFlows.Rdf;

namespace ValueFlows.Store.Durability;

/// <summary>
/// Runs an <see cref="RdfReader"/> on its own thread and hands its quads over in recycled batches through a bounded
/// queue, so parsing and encoding use two cores. A syntax error on the parsing thread is rethrown by
/// <see cref="TryTake"/>; disposing stops the parser.
/// </summary>
internal sealed class ParsePipeline : IDisposable
{
    private const int BatchSize = 4096;
    private const int Depth = 8;

    private readonly BlockingCollection<(Quad[] Batch, int Count)> _full = new(Depth);
    private readonly ConcurrentBag<Quad[]> _free = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private ExceptionDispatchInfo? _error;

    public ParsePipeline(RdfReader reader)
    {
        _thread = new Thread(() => Produce(reader)) { IsBackground = true, Name = "vf bulk-load parser" };
        _thread.Start();
    }

    public bool TryTake(out Quad[] batch, out int count)
    {
        foreach (var item in _full.GetConsumingEnumerable())
        {
            batch = item.Batch;
            count = item.Count;
            return true;
        }

        _thread.Join();
        _error?.Throw();
        batch = [];
        count = 0;
        return false;
    }

    public void Return(Quad[] batch) => _free.Add(batch);

    public void Dispose()
    {
        _stop.Cancel();
        while (_full.TryTake(out _))
        {
        }

        _thread.Join();
        _full.Dispose();
        _stop.Dispose();
    }

    private void Produce(RdfReader reader)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var batch = _free.TryTake(out var recycled) ? recycled : new Quad[BatchSize];
                int n = 0;
                while (n < BatchSize && reader.TryRead(out batch[n]))
                {
                    n++;
                }

                if (n > 0)
                {
                    _full.Add((batch, n), _stop.Token);
                }

                if (n < BatchSize)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The consumer gave up; nothing to report.
        }
        catch (Exception e)
        {
            _error = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _full.CompleteAdding();
        }
    }
}
