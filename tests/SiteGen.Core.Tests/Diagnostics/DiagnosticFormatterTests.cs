using System.Text.Json;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Tests.Diagnostics;

public sealed class DiagnosticFormatterTests
{
    private static readonly Diagnostic Warning = new(
        "input/docs/w06.md", 23, 1, DiagnosticSeverity.Warning, "SG0201", "link target 'x.md' does not exist", "did you mean 'X.md'?");

    [Fact]
    public void Text_is_the_msbuild_canonical_form()
    {
        var text = DiagnosticFormatter.Format(Warning, DiagnosticFormat.Text);

        Assert.StartsWith("input/docs/w06.md(23,1): warning SG0201: ", text);
    }

    [Fact]
    public void Text_without_a_position_names_only_the_path()
    {
        var error = new Diagnostic("notes", 0, 0, DiagnosticSeverity.Error, "SG0001", "input folder does not exist");

        Assert.StartsWith("notes: error SG0001: ", DiagnosticFormatter.Format(error, DiagnosticFormat.Text));
    }

    [Fact]
    public void GitHub_is_a_workflow_annotation()
    {
        var annotation = DiagnosticFormatter.Format(Warning, DiagnosticFormat.GitHub);

        Assert.StartsWith("::warning file=input/docs/w06.md,line=23,col=1,title=SG0201::", annotation);
        Assert.DoesNotContain('\n', annotation);
    }

    [Fact]
    public void GitHub_escapes_newlines_and_property_separators()
    {
        var odd = Warning with { Path = "a,b:c.md", Message = "two\nlines", Hint = null };

        var annotation = DiagnosticFormatter.Format(odd, DiagnosticFormat.GitHub);

        Assert.StartsWith("::warning file=a%2Cb%3Ac.md,", annotation);
        Assert.EndsWith("::two%0Alines", annotation);
    }

    [Fact]
    public void Json_lists_every_field()
    {
        var json = DiagnosticFormatter.FormatAll([Warning], DiagnosticFormat.Json);

        using var document = JsonDocument.Parse(json);
        var item = Assert.Single(document.RootElement.GetProperty("diagnostics").EnumerateArray().ToList());
        Assert.Equal("input/docs/w06.md", item.GetProperty("file").GetString());
        Assert.Equal(23, item.GetProperty("line").GetInt32());
        Assert.Equal(1, item.GetProperty("column").GetInt32());
        Assert.Equal("warning", item.GetProperty("severity").GetString());
        Assert.Equal("SG0201", item.GetProperty("code").GetString());
    }

    [Fact]
    public void Text_of_all_puts_one_diagnostic_per_line()
    {
        var text = DiagnosticFormatter.FormatAll([Warning, Warning with { Line = 30 }], DiagnosticFormat.Text);

        Assert.Equal(2, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
