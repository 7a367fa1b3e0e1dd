using SiteGen.Core.Diagnostics;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Stages;

public sealed class RepairEncodingTests
{
    [Fact]
    public void Repairs_the_page_and_warns_once_per_damaged_line()
    {
        // Given a line with two damaged characters and another with one
        using var site = new TestSite(("docs/W06.md", "# Title\n\nitâ€™s the sameâ€“ish\n\nandâ€™s\n"));

        // When
        var html = site.ProcessPages()["docs/W06.md"].Content;

        // Then
        Assert.Contains("it\u2019s the same\u2013ish", html);
        Assert.DoesNotContain("â€", html);
        var warnings = site.Diagnostics.Sorted();
        Assert.Equal([DiagnosticCodes.DamagedEncoding, DiagnosticCodes.DamagedEncoding], warnings.Select(d => d.Code));
        Assert.Equal([3, 5], warnings.Select(d => d.Line));
        Assert.All(warnings, d => Assert.Equal("input/docs/W06.md", d.Path));
    }

    [Fact]
    public void Clean_page_gets_no_warning()
    {
        using var site = new TestSite(("W06.md", "# Café\n\nIt\u2019s fine \u2014 na\u00EFve.\n"));

        site.ProcessPages();

        Assert.Empty(site.Diagnostics.Sorted());
    }
}
