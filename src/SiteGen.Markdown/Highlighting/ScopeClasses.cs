namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// Maps a token's TextMate scopes to one of a few CSS classes (<c>hl-keyword</c>, <c>hl-string</c>, …), the
/// first rule that any of its scopes matches deciding (a quote that ends a JSON key is a key, an escape inside a string
/// is an escape). Themes colour the classes; tokens no rule matches stay plain.
/// </summary>
public static class ScopeClasses
{
    /// <summary>Scope prefixes in the order they are tried, most specific first.</summary>
    private static readonly (string Prefix, string Class)[] Rules =
    [
        ("comment", "hl-comment"),
        ("punctuation.definition.comment", "hl-comment"),
        ("string.regexp", "hl-regexp"),
        ("constant.character.escape", "hl-escape"),
        ("support.type.property-name", "hl-property"),
        ("meta.object-literal.key", "hl-property"),
        ("entity.name.tag.yaml", "hl-property"),
        ("string.unquoted.heredoc", "hl-string"),
        ("string", "hl-string"),
        ("punctuation.definition.string", "hl-string"),
        ("constant.numeric", "hl-number"),
        ("constant.language", "hl-literal"),
        ("variable.language", "hl-literal"),
        ("keyword.operator", "hl-operator"),
        ("keyword", "hl-keyword"),
        ("storage", "hl-keyword"),
        ("entity.name.function", "hl-function"),
        ("support.function", "hl-function"),
        ("meta.function-call.generic", "hl-function"),
        ("entity.name.tag", "hl-tag"),
        ("entity.other.attribute-name", "hl-attr"),
        ("entity.name.type", "hl-type"),
        ("entity.name.class", "hl-type"),
        ("entity.other.inherited-class", "hl-type"),
        ("support.class", "hl-type"),
        ("support.type", "hl-type"),
        ("variable.other.normal.shell", "hl-variable"),
        ("variable.other.special.shell", "hl-variable"),
        ("variable.parameter", "hl-variable"),
        ("punctuation.definition.variable", "hl-variable"),
        ("markup.heading", "hl-keyword"),
        ("markup.bold", "hl-keyword"),
        ("markup.inserted", "hl-inserted"),
        ("markup.deleted", "hl-deleted"),
    ];

    /// <summary>The class for a token's scopes (outermost first, as TextMate gives them); null for plain text.</summary>
    public static string? For(IReadOnlyList<string> scopes)
    {
        foreach (var (prefix, css) in Rules)
        {
            for (var i = scopes.Count - 1; i >= 0; i--)
            {
                if (Matches(scopes[i], prefix))
                {
                    return css;
                }
            }
        }

        return null;
    }

    private static bool Matches(string scope, string prefix) =>
        scope.StartsWith(prefix, StringComparison.Ordinal) && (scope.Length == prefix.Length || scope[prefix.Length] == '.');
}
