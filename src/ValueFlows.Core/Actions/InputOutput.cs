namespace ValueFlows.Core.Actions;

/// <summary>Whether an action's flow can be a process input, output, or neither (<c>vf:inputOutput</c>).</summary>
public enum InputOutput
{
    /// <summary><c>vf:notApplicable</c>: not related to a process.</summary>
    NotApplicable,

    /// <summary><c>vf:input</c>: the flow can be an input of a process.</summary>
    Input,

    /// <summary><c>vf:output</c>: the flow can be an output of a process.</summary>
    Output,

    /// <summary><c>vf:outputInput</c>: an output of one process and at the same time an input of another.</summary>
    OutputInput,
}
