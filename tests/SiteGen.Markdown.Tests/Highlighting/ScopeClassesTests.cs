using SiteGen.Markdown.Highlighting;

namespace SiteGen.Markdown.Tests.Highlighting;

public sealed class ScopeClassesTests
{
    [Theory]
    [InlineData("hl-comment", "source.python", "comment.line.number-sign.python")]
    [InlineData("hl-property", "source.json", "string.json", "support.type.property-name.json", "punctuation.support.type.property-name.begin.json")]
    [InlineData("hl-escape", "source.python", "string.quoted.double.python", "constant.character.escape.python")]
    [InlineData("hl-keyword", "source.python", "storage.type.function.python")]
    [InlineData("hl-operator", "source.python", "keyword.operator.assignment.python")]
    [InlineData("hl-string", "source.shell", "string.quoted.double.shell", "variable.other.normal.shell")]
    public void The_first_rule_any_scope_matches_decides(string expected, params string[] scopes)
    {
        Assert.Equal(expected, ScopeClasses.For(scopes));
    }

    [Theory]
    [InlineData("source.python")]
    [InlineData("source.python", "meta.function-call.arguments.python")]
    [InlineData("source.python", "stringly.named.scope")]
    public void Scopes_no_rule_names_are_plain(params string[] scopes)
    {
        Assert.Null(ScopeClasses.For(scopes));
    }
}
