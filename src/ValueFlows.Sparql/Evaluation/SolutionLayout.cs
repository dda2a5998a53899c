using ValueFlows.Sparql.Algebra;

namespace ValueFlows.Sparql.Evaluation;

/// <summary>The slot of every variable of a query in a solution row (an array of ids, <see cref="TermId.Any"/> = unbound).</summary>
internal sealed class SolutionLayout
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<Variable> _variables = [];

    public int Count => _variables.Count;

    public IReadOnlyList<Variable> Variables => _variables;

    public int Slot(Variable variable) => Slot(variable.Name);

    public int Slot(string name)
    {
        if (!_slots.TryGetValue(name, out int slot))
        {
            slot = _variables.Count;
            _slots.Add(name, slot);
            _variables.Add(new Variable(name));
        }

        return slot;
    }

    public bool TryGetSlot(Variable variable, out int slot) => _slots.TryGetValue(variable.Name, out slot);
}
