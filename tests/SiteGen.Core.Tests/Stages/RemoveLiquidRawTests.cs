using SiteGen.Core.Diagnostics;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Stages;

public sealed class RemoveLiquidRawTests
{
    [Fact]
    public void Raw_tags_vanish_and_what_they_enclose_is_shown_as_written()
    {
        // Given a page written for Jekyll: raw tags inline, on their own lines and around a fence
        using var site = new TestSite(("docs/W05.md",
            "# Templates\n\nA filter: `{% raw %}{{ value | lower }}{% endraw %}`.\n\n```django\n{% raw %}\n{% extends \"base.html\" %}\n{% endraw %}\n```\n"));

        // When
        var html = site.ProcessPages()["docs/W05.md"].Content;

        // Then
        Assert.DoesNotContain("raw %}", html);
        Assert.Contains("<code>{{ value | lower }}</code>", html);
        Assert.Contains("extends", html);
        Assert.Contains("<code class=\"language-django\">", html);
        Assert.DoesNotContain("<code class=\"language-django\">\n", html); // the tag's line is dropped, not left blank
    }

    [Fact]
    public void Diagnostics_after_a_raw_block_keep_their_line()
    {
        // Given a placeholder the checks report, four lines below a raw block
        using var site = new TestSite(("README.md", "# Home\n\n{% raw %}\n{{ name }}\n{% endraw %}\n\nUse the Region <region> here.\n"));

        // When
        site.ProcessPages();

        // Then it is reported at its line in the file
        var diagnostic = Assert.Single(site.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.HtmlShownAsText);
        Assert.Equal(7, diagnostic.Line);
    }
}
