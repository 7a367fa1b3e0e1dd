using SiteGen.Core.Building;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Building;

/// <summary>
/// Golden tests: builds each small site under tests/fixtures/sites/&lt;scenario&gt;/input and compares every page's
/// normalised <c>&lt;main&gt;</c> with expected/&lt;page&gt;.main.html, and the diagnostics (path, position, code — not
/// wording) with expected/diagnostics.txt. A scenario may hold repo-url.txt to build with --repo-url.
/// To accept new output after an intended change, run with SITEGEN_UPDATE_GOLDEN=1, which rewrites the expected
/// files, and review the diff before committing:
///   SITEGEN_UPDATE_GOLDEN=1 dotnet test tests/SiteGen.Core.Tests --filter FixtureSiteTests
/// </summary>
public sealed class FixtureSiteTests
{
    private static bool Update => Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1";

    public static TheoryData<string> Scenarios() =>
        [.. Directory.GetDirectories(RepoPaths.FixtureSites).Select(Path.GetFileName).Order(StringComparer.Ordinal).OfType<string>()];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Builds_pages_matching_the_golden_main(string scenario)
    {
        // Given
        var folder = Path.Combine(RepoPaths.FixtureSites, scenario);
        var expected = Path.Combine(folder, "expected");
        using var output = new TempFolder();

        // When
        var result = Build(folder, output.Combine("_site"));

        // Then
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var built = Directory.EnumerateFiles(output.Combine("_site"), "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output.Combine("_site"), f).Replace('\\', '/'))
            .Where(p => p != "404.html")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(built);
        foreach (var page in built)
        {
            var actual = MainRegion.Of(File.ReadAllText(output.Combine("_site", page)));
            Check(Path.Combine(expected, page[..^".html".Length] + ".main.html"), actual, page);
        }

        Check(Path.Combine(expected, "diagnostics.txt"), Diagnostics(result), "diagnostics");
        List<string> goldenPages = Directory.Exists(expected)
            ? [.. Directory.EnumerateFiles(expected, "*.main.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(expected, f).Replace('\\', '/').Replace(".main.html", ".html"))
                .Order(StringComparer.Ordinal)]
            : [];
        Assert.Equal(built, goldenPages);
    }

    internal static BuildResult Build(string scenarioFolder, string output)
    {
        var repoUrlFile = Path.Combine(scenarioFolder, "repo-url.txt");
        return SiteBuilder.Build(new SiteOptions
        {
            InputDirectory = Path.Combine(scenarioFolder, "input"),
            OutputDirectory = output,
            ThemeDirectory = RepoPaths.DefaultTheme,
            RepoUrl = File.Exists(repoUrlFile) ? File.ReadAllText(repoUrlFile).Trim() : null,
            DisplayInput = "input",
        }.Resolve(scenarioFolder));
    }

    private static string Diagnostics(BuildResult result) =>
        string.Concat(result.Diagnostics.Select(d => $"{d.Path}({d.Line},{d.Column}): {d.Code}\n"));

    private static void Check(string expectedFile, string actual, string what)
    {
        if (Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedFile)!);
            File.WriteAllText(expectedFile, actual);
            return;
        }

        Assert.True(File.Exists(expectedFile), $"no golden file for {what}: run with SITEGEN_UPDATE_GOLDEN=1 to create {expectedFile}");
        Assert.Equal(File.ReadAllText(expectedFile).ReplaceLineEndings("\n"), actual);
    }
}
