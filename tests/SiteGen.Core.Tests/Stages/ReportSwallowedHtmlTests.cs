using SiteGen.Core.Diagnostics;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Stages;

public sealed class ReportSwallowedHtmlTests
{
    private static IReadOnlyList<Diagnostic> Check(string markdown)
    {
        using var site = new TestSite(("README.md", markdown));
        site.ProcessPages();
        return [.. site.Diagnostics.Sorted().Where(d => d.Code == DiagnosticCodes.HtmlShownAsText)];
    }

    [Fact]
    public void Reports_a_placeholder_in_prose_at_its_position()
    {
        var diagnostic = Assert.Single(Check("# Home\n\nUse the Region <region> here.\n"));

        Assert.Equal((3, 16), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("`<region>`", diagnostic.Hint);
    }

    [Fact]
    public void Reports_a_tag_inside_an_html_block_at_its_own_line()
    {
        var diagnostic = Assert.Single(Check("# Home\n\n<div>\n  <head>\n</div>\n"));

        Assert.Equal((4, 3), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Markup_code_spans_fences_and_closing_tags_are_not_reported()
    {
        Assert.Empty(Check("# Home\n\nSet `<region>`, <b>bold</b> <!-- note --> and </region>.\n\n```html\n<head>\n```\n"));
    }
}
