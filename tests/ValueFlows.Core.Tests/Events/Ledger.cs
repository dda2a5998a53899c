using ValueFlows.Core.Actions;
using ValueFlows.Core.Events;
using ValueFlows.Core.Vocabulary;

namespace ValueFlows.Core.Tests.Events;

/// <summary>The people, things and units of the scenarios: a small cooperative with an orchard, a bakery and a repair shop.</summary>
internal static class Ledger
{
    public const string Ann = "https://coop.example/agent/ann";
    public const string Bob = "https://coop.example/agent/bob";
    public const string Coop = "https://coop.example/agent/coop";

    public const string Kilogram = VfNamespaces.Om2 + "kilogram";
    public const string Hour = VfNamespaces.Om2 + "hour";
    public const string One = VfNamespaces.Om2 + "one";
    public const string Euro = "https://coop.example/unit/euro";

    public const string Apple = "https://coop.example/resourceSpecification/apple";
    public const string Flour = "https://coop.example/resourceSpecification/flour";
    public const string Bread = "https://coop.example/resourceSpecification/bread";
    public const string Money = "https://coop.example/resourceSpecification/euro";
    public const string Bike = "https://coop.example/resourceSpecification/bike";
    public const string Oven = "https://coop.example/resourceSpecification/oven";
    public const string Recipe = "https://coop.example/resourceSpecification/recipe";
    public const string Crate = "https://coop.example/resourceSpecification/crate";
    public const string Baking = "https://coop.example/processSpecification/baking";
    public const string Repair = "https://coop.example/processSpecification/repair";
    public const string Delivery = "https://coop.example/processSpecification/delivery";

    public const string Bakery = "https://coop.example/spatialThing/bakery";
    public const string Shop = "https://coop.example/spatialThing/shop";
    public const string Barn = "https://coop.example/spatialThing/barn";

    public static ProcessFacts BakingProcess { get; } = new("https://coop.example/process/baking-monday", Baking);

    public static EventFacts Event(string action, string provider, string receiver) =>
        new(ActionCatalog.Standard.Get(action), provider, receiver);

    public static Quantity Kg(decimal value) => new(value, Kilogram);

    public static Quantity Hours(decimal value) => new(value, Hour);

    public static Quantity Items(decimal value) => new(value, One);

    public static Quantity Euros(decimal value) => new(value, Euro);

    /// <summary>A stock resource with equal accounting and onhand quantities.</summary>
    public static ResourceState Stock(string name, string conformsTo, Quantity quantity, string accountable) =>
        new("https://coop.example/economicResource/" + name)
        {
            ConformsTo = conformsTo,
            AccountingQuantity = quantity,
            OnhandQuantity = quantity,
            PrimaryAccountable = accountable,
        };
}
