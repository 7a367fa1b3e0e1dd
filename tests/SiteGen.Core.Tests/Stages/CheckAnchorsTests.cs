using SiteGen.Core.Diagnostics;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Stages;

public sealed class CheckAnchorsTests
{
    [Fact]
    public void Missing_anchor_is_reported_at_the_link_with_the_nearest_heading_as_hint()
    {
        var diagnostics = CheckFixtures.Check("SG0206").Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingAnchor).ToList();

        Assert.Equal([(3, 5, "did you mean '#setup'?"), (3, 31, null)], diagnostics.Select(d => (d.Line, d.Column, d.Hint is { } h && h.StartsWith("did") ? h : null)));
    }

    [Fact]
    public void Anchors_of_headings_and_raw_ids_are_found()
    {
        using var folder = new TempFolder();
        folder.Write("notes/README.md", "# Home\n\n<a id=\"raw\"></a>\n\n[one](#raw), [two](docs/a.md#key-benefits)\n");
        folder.Write("notes/docs/a.md", "# A\n\n## Key benefits\n\n#### Which?\n\n* A\n\nWrong answers:\n\n* B\n\n##### Explanation\n\nX.\n\n#### Which two?\n\n* A\n\nWrong answers:\n\n* B\n\n##### Explanation\n\nY.\n");

        var result = CheckFixtures.CheckFolder(folder.Combine("notes"));

        Problems.AssertNone([.. result.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingAnchor).Select(d => d.ToString())]);
    }
}
