using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Tests.Diagnostics;

public sealed class DiagnosticBagTests
{
    [Fact]
    public void Hands_diagnostics_back_sorted_by_path_line_column_and_code_without_duplicates()
    {
        // Given diagnostics added out of order from parallel stages, one twice
        var bag = new DiagnosticBag();
        Parallel.Invoke(
            () => bag.Warning("b.md", 3, 1, "SG0201", "x"),
            () => bag.Warning("a.md", 10, 1, "SG0201", "x"),
            () => bag.Warning("a.md", 2, 5, "SG0205", "x"),
            () => bag.Warning("a.md", 2, 5, "SG0202", "x"),
            () => bag.Warning("a.md", 2, 5, "SG0202", "x"));

        // When
        var sorted = bag.Sorted();

        // Then
        Assert.Equal(["a.md(2,5): SG0202", "a.md(2,5): SG0205", "a.md(10,1): SG0201", "b.md(3,1): SG0201"],
            sorted.Select(d => $"{d.Path}({d.Line},{d.Column}): {d.Code}"));
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void Knows_when_it_holds_an_error()
    {
        var bag = new DiagnosticBag();
        bag.Warning("a.md", 1, 1, "SG0201", "x");

        bag.Error("theme/page.sbn", 2, 1, "SG0601", "y");

        Assert.True(bag.HasErrors);
    }
}
