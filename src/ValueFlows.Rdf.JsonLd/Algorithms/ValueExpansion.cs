using ValueFlows.Rdf.JsonLd.Model;

namespace ValueFlows.Rdf.JsonLd.Algorithms;

/// <summary>The Value Expansion algorithm (JSON-LD 1.1 API §5.3.2): a scalar to a node reference or value object.</summary>
internal static class ValueExpansion
{
    public static JsonMap Expand(ActiveContext activeContext, string? activeProperty, object value)
    {
        var definition = activeContext.GetTerm(activeProperty);
        var typeMapping = definition?.TypeMapping;

        // Steps 1 and 2.
        if (value is string s)
        {
            if (typeMapping == Keywords.Id)
            {
                return JsonMap.Of(Keywords.Id, IriExpansion.Expand(activeContext, s, documentRelative: true, vocab: false));
            }

            if (typeMapping == Keywords.Vocab)
            {
                return JsonMap.Of(Keywords.Id, activeContext.ExpandType(s));
            }
        }

        // Step 3.
        var result = JsonMap.Of(Keywords.Value, value);

        // Step 4.
        if (typeMapping is not null and not Keywords.Id and not Keywords.Vocab and not Keywords.None)
        {
            result[Keywords.Type] = typeMapping;
        }
        else if (value is string)
        {
            // Step 5.
            var language = definition is { HasLanguage: true } ? definition.Language : activeContext.DefaultLanguage;
            var direction = definition is { HasDirection: true } ? definition.Direction : activeContext.DefaultDirection;
            if (language is not null)
            {
                result[Keywords.Language] = language;
            }

            if (direction is not null)
            {
                result[Keywords.Direction] = direction;
            }
        }

        // Step 6.
        return result;
    }
}
