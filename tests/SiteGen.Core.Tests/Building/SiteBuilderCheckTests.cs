using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Building;

public sealed class SiteBuilderCheckTests
{
    [Fact]
    public void Check_writes_nothing_anywhere_near_the_input()
    {
        using var folder = new TempFolder();
        folder.Write("notes/README.md", "# Home\n\nSee [A](docs/A.md) and It\u00e2\u20ac\u2122s [gone](gone.md).\n\n#### Which?\n\n* A\n\nWrong asnwers:\n\n* B\n");
        folder.Write("notes/docs/a.md", "# A\n");
        var before = Snapshot(folder.Path);

        var result = CheckFixtures.CheckFolder(folder.Combine("notes"));

        Assert.NotEmpty(result.Diagnostics);
        Assert.Equal(before, Snapshot(folder.Path));
    }

    [Fact]
    public void Check_reports_exactly_what_a_build_reports()
    {
        using var folder = new TempFolder();
        var input = Path.Combine(RepoPaths.FixtureSites, "links", "input");
        var options = new SiteOptions { InputDirectory = input, OutputDirectory = folder.Combine("_site"), ThemeDirectory = RepoPaths.DefaultTheme }
            .Resolve(folder.Path);

        var built = SiteBuilder.Build(options);
        var checkedOnly = SiteBuilder.Check(options);

        Assert.NotEmpty(built.Diagnostics);
        Assert.Equal(built.Diagnostics, checkedOnly.Diagnostics);
        Assert.Equal(built.Pages, checkedOnly.Pages);
        Assert.Equal(0, checkedOnly.Files);
    }

    [Fact]
    public void Missing_input_is_SG0001_and_fails()
    {
        using var folder = new TempFolder();

        var result = CheckFixtures.CheckFolder(folder.Combine("missing"));

        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.InputMissing, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Warnings_fail_the_check_only_when_strict()
    {
        var input = CheckFixtures.Folder("SG0201");

        Assert.True(CheckFixtures.CheckFolder(input).Succeeded);
        Assert.False(CheckFixtures.CheckFolder(input, strict: true).Succeeded);
    }

    /// <summary>Every file and folder under <paramref name="root"/> with its bytes and last write time.</summary>
    private static List<string> Snapshot(string root) =>
    [
        .. Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => $"{Path.GetRelativePath(root, p)} {File.GetLastWriteTimeUtc(p):O} " +
                (File.Exists(p) ? Convert.ToHexString(File.ReadAllBytes(p)) : "dir")),
    ];
}
