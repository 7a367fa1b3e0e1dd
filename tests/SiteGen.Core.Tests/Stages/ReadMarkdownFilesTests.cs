using SiteGen.Core.Diagnostics;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Stages;

public sealed class ReadMarkdownFilesTests
{
    [Fact]
    public void A_note_in_Windows_1252_is_warned_at_its_first_bad_byte_and_still_makes_its_page()
    {
        // Given "café" saved as Windows-1252 on line 3: the é is byte 0xE9, at offset 15
        using var site = new TestSite(("README.md", "# Home\n"));
        site.WriteBytes("docs/W01.md", [.. "# Week 1\n\nA caf"u8, 0xE9, .. " menu, naïve\n"u8]);

        // When
        var pages = site.ProcessPages();

        // Then
        var warning = Assert.Single(site.Diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.InvalidUtf8, warning.Code);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("input/docs/W01.md", warning.Path);
        Assert.Equal((3, 6), (warning.Line, warning.Column));
        Assert.Contains("offset 15", warning.Message);
        Assert.Contains("A caf\uFFFD menu", pages["docs/W01.md"].Content);
    }

    [Fact]
    public void The_offset_counts_a_byte_order_mark()
    {
        using var site = new TestSite(("README.md", "# Home\n"));
        site.WriteBytes("W01.md", [0xEF, 0xBB, 0xBF, .. "# Ok\n\n"u8, 0xC3, (byte)'x']);

        site.ProcessPages();

        var warning = Assert.Single(site.Diagnostics.Sorted());
        Assert.Contains("offset 9", warning.Message);
        Assert.Equal((3, 1), (warning.Line, warning.Column));
    }

    [Fact]
    public void A_binary_file_named_md_is_warned_and_makes_no_page()
    {
        // Given a PNG renamed .md: 0x89 is not UTF-8, and its chunks hold NUL bytes
        using var site = new TestSite(("README.md", "# Home\n"));
        site.WriteBytes("docs/diagram.md", [0x89, .. "PNG\r\n\x1a\n"u8, 0, 0, 0, 13, .. "IHDR"u8]);

        var pages = site.ProcessPages();

        var warning = Assert.Single(site.Diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.InvalidUtf8, warning.Code);
        Assert.Equal("input/docs/diagram.md", warning.Path);
        Assert.Contains("offset 0", warning.Message);
        Assert.Equal(["README.md"], pages.Keys);
    }

    [Fact]
    public void Damaged_characters_are_still_repaired_with_SG0101_not_SG0102()
    {
        using var site = new TestSite(("W01.md", "# It\u00e2\u20ac\u2122s\n"));

        site.ProcessPages();

        Assert.Equal([DiagnosticCodes.DamagedEncoding], site.Codes());
    }

    [Fact]
    public void Valid_UTF_8_gets_no_warning()
    {
        using var site = new TestSite(("W01.md", "# Caf\u00e9 \u2014 \U0001F600 na\u00efve\n"));

        site.ProcessPages();

        Assert.Empty(site.Codes());
    }
}
