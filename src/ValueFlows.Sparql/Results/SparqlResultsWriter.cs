using ValueFlows.Rdf;
using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Results;

/// <summary>
/// Streams query results to a stream: <see cref="WriteBoolean"/> alone, or <see cref="WriteStart"/>, any number of
/// <see cref="WriteRow"/>, then <see cref="Finish"/>. The writer does not own its stream.
/// </summary>
public abstract class SparqlResultsWriter : IDisposable
{
    private int _columns = -1;
    private bool _finished;

    /// <summary>The number of variables given to <see cref="WriteStart"/>.</summary>
    protected int ColumnCount => _columns;

    /// <summary>Writes the result of an ASK query and finishes the document.</summary>
    public void WriteBoolean(bool value)
    {
        if (_columns >= 0 || _finished)
        {
            throw new InvalidOperationException("A boolean result must be the only thing written.");
        }

        WriteBooleanDocument(value);
        _finished = true;
    }

    /// <summary>Starts a table of solutions with these variables.</summary>
    public void WriteStart(IReadOnlyList<Variable> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        if (_columns >= 0 || _finished)
        {
            throw new InvalidOperationException("WriteStart comes once, first.");
        }

        _columns = variables.Count;
        WriteHeader(variables);
    }

    /// <summary>Writes one solution; <paramref name="row"/> has one cell per variable, null for unbound.</summary>
    public void WriteRow(ReadOnlySpan<Term?> row)
    {
        if (_columns < 0 || _finished)
        {
            throw new InvalidOperationException("WriteRow comes between WriteStart and Finish.");
        }

        if (row.Length != _columns)
        {
            throw new ArgumentException($"The row has {row.Length} cells for {_columns} variables.", nameof(row));
        }

        WriteSolution(row);
    }

    /// <summary>Ends the document and flushes it to the stream.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        if (_columns < 0)
        {
            throw new InvalidOperationException("Nothing was written: call WriteStart or WriteBoolean first.");
        }

        WriteEnd();
        _finished = true;
    }

    /// <summary>Writes a whole result and finishes the document.</summary>
    public void Write(SparqlResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.IsBoolean)
        {
            WriteBoolean(results.Boolean);
            return;
        }

        WriteStart(results.Variables);
        var buffer = new Term?[results.Variables.Count];
        foreach (var row in results.Rows)
        {
            for (var i = 0; i < buffer.Length; i++)
            {
                buffer[i] = row[i];
            }

            WriteSolution(buffer);
        }

        Finish();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the writer holds; the stream stays open.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Writes a complete boolean document.</summary>
    protected abstract void WriteBooleanDocument(bool value);

    /// <summary>Writes the start of a solutions document.</summary>
    protected abstract void WriteHeader(IReadOnlyList<Variable> variables);

    /// <summary>Writes one solution.</summary>
    protected abstract void WriteSolution(ReadOnlySpan<Term?> row);

    /// <summary>Writes the end of a solutions document and flushes.</summary>
    protected abstract void WriteEnd();
}
