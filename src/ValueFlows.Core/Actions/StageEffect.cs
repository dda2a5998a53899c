namespace ValueFlows.Core.Actions;

/// <summary>The effect of an action on a resource's <c>stage</c> (<c>vf:stageEffect</c>).</summary>
public enum StageEffect
{
    /// <summary><c>vf:notApplicable</c>: the stage does not change.</summary>
    NotApplicable,

    /// <summary><c>vf:update</c>: the stage becomes the process specification of the process the event is an output of.</summary>
    Update,
}
