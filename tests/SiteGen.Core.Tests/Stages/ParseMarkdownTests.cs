using SiteGen.Core.Diagnostics;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Stages;

public sealed class ParseMarkdownTests
{
    [Fact]
    public void Reports_an_unclosed_fence_once_at_its_line()
    {
        // Given a page whose last fence is never closed
        using var site = new TestSite(("W01.md", "# Title\n\nText.\n\n```python\nprint('a')\n\nmore text\n"));

        // When
        site.ProcessPages();

        // Then
        var diagnostic = Assert.Single(site.Diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.UnclosedFence, diagnostic.Code);
        Assert.Equal(5, diagnostic.Line);
        Assert.Equal("input/W01.md", diagnostic.Path);
    }

    [Fact]
    public void Closed_fences_are_not_reported()
    {
        using var site = new TestSite(("W01.md", "# Title\n\n```python\nprint('a')\n```\n\n```\nb\n```\n"));

        site.ProcessPages();

        Assert.Empty(site.Diagnostics.Sorted());
    }
}
