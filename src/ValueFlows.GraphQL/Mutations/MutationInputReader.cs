using System.Collections;
using System.Globalization;
using ValueFlows.Core;
using ValueFlows.Core.Actions;
using ValueFlows.Core.Model;
using ValueFlows.Rdf;

namespace ValueFlows.GraphQL.Mutations;

/// <summary>
/// Turns a vf-graphql input object (<c>XCreateParams</c>, <c>XUpdateParams</c>, as GraphQL.NET hands it over: a dictionary
/// of the fields given) into a Core <see cref="VfInput"/> through <see cref="VfModel"/>'s field table. A field given as
/// <c>null</c> clears the field on update and is ignored on create; a field not given stays as it is. Malformed values are
/// <see cref="VfErrorCode.BadUserInput"/> naming the input path (<c>plan.due</c>).
/// </summary>
internal static class MutationInputReader
{
    /// <summary>The field of every <c>XUpdateParams</c> that names the record and its revision; not a record field.</summary>
    public const string RevisionIdField = "revisionId";

    /// <summary>Reads <paramref name="fields"/> for <paramref name="type"/>; <paramref name="path"/> prefixes error paths.</summary>
    public static VfInput Read(VfRecordType type, IReadOnlyDictionary<string, object?> fields, string path, bool creating)
    {
        var input = new VfInput();
        foreach (var (name, value) in fields)
        {
            if (name == RevisionIdField && !creating)
            {
                continue;
            }

            var field = type.Field(name);
            if (field is null || field.IsInverse)
            {
                throw new VfDomainException(VfErrorCode.BadUserInput, $"{type.Name} has no field '{name}' that can be written.", Join(path, name));
            }

            if (value is null)
            {
                if (!creating)
                {
                    input.Set(name);
                }

                continue;
            }

            input.Set(name, Values(field, value, Join(path, name)));
        }

        return input;
    }

    /// <summary>The <c>revisionId</c> of update params (required by the schema; refused when missing).</summary>
    public static string RevisionId(IReadOnlyDictionary<string, object?> fields, string path) =>
        fields.GetValueOrDefault(RevisionIdField) is { } value
            ? Text(value, Join(path, RevisionIdField))
            : throw new VfDomainException(VfErrorCode.BadUserInput, "An update needs the revisionId of the record as read.", Join(path, RevisionIdField));

    /// <summary>An <c>ID</c> argument as a record IRI.</summary>
    public static Iri Id(object? value, string path) =>
        value is null ? throw new VfDomainException(VfErrorCode.BadUserInput, $"'{path}' needs a record id.", path) : Reference(value, path);

    /// <summary>The dictionary of an input object value, or a <see cref="VfErrorCode.BadUserInput"/>.</summary>
    public static IReadOnlyDictionary<string, object?> Object(object? value, string path) => value switch
    {
        IReadOnlyDictionary<string, object?> dictionary => dictionary,
        IDictionary<string, object?> dictionary => dictionary.AsReadOnly(),
        _ => throw new VfDomainException(VfErrorCode.BadUserInput, $"'{path}' needs an input object.", path),
    };

    internal static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static IEnumerable<VfValue> Values(VfField field, object value, string path)
    {
        if (value is IEnumerable list and not string and not IReadOnlyDictionary<string, object?> and not IDictionary<string, object?>)
        {
            if (!field.IsList)
            {
                throw new VfDomainException(VfErrorCode.BadUserInput, $"'{path}' takes one value, not a list.", path);
            }

            var values = new List<VfValue>();
            foreach (var item in list)
            {
                if (item is null)
                {
                    throw new VfDomainException(VfErrorCode.BadUserInput, $"'{path}' cannot hold null.", path);
                }

                values.Add(Value(field, item, path));
            }

            return values;
        }

        return [Value(field, value, path)];
    }

    private static VfValue Value(VfField field, object value, string path) => field.Shape switch
    {
        VfValueShape.Reference => VfValue.Of(Reference(value, path)),
        VfValueShape.Uri => VfValue.Of(Uri(value, path)),
        VfValueShape.Action => VfValue.Of(ActionCatalog.Standard.Get(Text(value, path), path).Iri),
        VfValueShape.String => VfValue.Of(Text(value, path)),
        VfValueShape.Boolean => value is bool b ? VfValue.Of(b) : throw Bad(path, "a Boolean", value),
        VfValueShape.Decimal => VfValue.Of(Decimal(value, path)),
        VfValueShape.DateTime => VfValue.Of(DateTime(value, path)),
        VfValueShape.AnyUri => VfValue.Of(Literal.Create(Uri(value, path).Value, Xsd.AnyUri)),
        VfValueShape.Measure => Measure(Object(value, path), path),
        VfValueShape.Duration => Duration(Object(value, path), path),
        _ => throw Bad(path, field.Shape.ToString(), value),
    };

    private static VfMeasure Measure(IReadOnlyDictionary<string, object?> measure, string path)
    {
        var number = measure.GetValueOrDefault("hasNumericalValue")
            ?? throw new VfDomainException(VfErrorCode.BadUserInput, $"'{path}' needs hasNumericalValue.", Join(path, "hasNumericalValue"));
        var unit = measure.GetValueOrDefault("hasUnit");
        return new VfMeasure(Decimal(number, Join(path, "hasNumericalValue")), unit is null ? null : Reference(unit, Join(path, "hasUnit")));
    }

    private static VfDuration Duration(IReadOnlyDictionary<string, object?> duration, string path)
    {
        var number = duration.GetValueOrDefault("numericDuration")
            ?? throw new VfDomainException(VfErrorCode.BadUserInput, $"'{path}' needs numericDuration.", Join(path, "numericDuration"));
        var unitPath = Join(path, "unitType");
        var unitText = duration.GetValueOrDefault("unitType")?.ToString()
            ?? throw new VfDomainException(VfErrorCode.BadUserInput, $"'{path}' needs unitType.", unitPath);
        return Enum.TryParse<VfTimeUnit>(unitText, ignoreCase: true, out var unit) && Enum.IsDefined(unit) && !char.IsAsciiDigit(unitText[0])
            ? new VfDuration(Decimal(number, Join(path, "numericDuration")), unit)
            : throw Bad(unitPath, "a TimeUnit (year, month, week, day, hour, minute, second)", unitText);
    }

    private static Iri Reference(object value, string path)
    {
        var text = Text(value, path);
        try
        {
            return Iri.Create(text);
        }
        catch (FormatException)
        {
            throw Bad(path, "a record id (an absolute IRI)", text);
        }
    }

    private static Iri Uri(object value, string path)
    {
        var text = value is System.Uri uri ? uri.OriginalString : Text(value, path);
        try
        {
            return Iri.Create(text);
        }
        catch (FormatException)
        {
            throw Bad(path, "an absolute URI", text);
        }
    }

    private static string Text(object value, string path) => value switch
    {
        string s => s,
        Iri iri => iri.Value,
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw Bad(path, "a string", value),
    };

    private static decimal Decimal(object value, string path) => value switch
    {
        decimal d => d,
        int i => i,
        long l => l,
        double f when double.IsFinite(f) => (decimal)f,
        string s when decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw Bad(path, "a Decimal (a number in a string, e.g. \"12.5\")", value),
    };

    private static DateTimeOffset DateTime(object value, string path) => value switch
    {
        DateTimeOffset offset => offset,
        System.DateTime { Kind: DateTimeKind.Utc } utc => new DateTimeOffset(utc),
        string s when HasZone(s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
        _ => throw Bad(path, "a DateTime with a date, a time and a time zone (e.g. 2024-05-01T10:00:00Z)", value),
    };

    // DECISIONS 13: VF 1.0's range is xsd:dateTimeStamp, so a time and a zone are required.
    private static bool HasZone(string text)
    {
        int t = text.IndexOf('T', StringComparison.Ordinal);
        if (t < 0)
        {
            return false;
        }

        var time = text.AsSpan(t);
        return time.EndsWith("Z", StringComparison.Ordinal)
            || (time.Length > 6 && (time[^6] == '+' || time[^6] == '-') && time[^3] == ':');
    }

    private static VfDomainException Bad(string path, string expected, object value) =>
        new(VfErrorCode.BadUserInput, $"'{path}' needs {expected}, not '{value}'.", path);
}
