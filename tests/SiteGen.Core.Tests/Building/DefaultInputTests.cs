using SiteGen.Core.Building;
using SiteGen.Core.Tests.TestSupport;

namespace SiteGen.Core.Tests.Building;

/// <summary>The repository's own input/ (the seed course) builds cleanly with full navigation.</summary>
public sealed class DefaultInputTests : IDisposable
{
    private const string Seed = "docs/aci/170-developer-Intermediate-1/W062AWSElasticBeanstalkPythonSupport.html";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Builds_without_warnings_and_the_seed_lesson_has_breadcrumbs_and_repaired_text()
    {
        // When
        var result = SiteBuilder.Build(new SiteOptions
        {
            InputDirectory = Path.Combine(RepoPaths.Root, "input"),
            OutputDirectory = _folder.Combine("_site"),
            ThemeDirectory = RepoPaths.DefaultTheme,
        }.Resolve(RepoPaths.Root));

        // Then
        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        var page = MainRegion.Parse(File.ReadAllText(_folder.Combine("_site", Seed)));
        var crumbs = page.QuerySelectorAll("nav[aria-label='Breadcrumb'] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(4, crumbs.Count);
        Assert.EndsWith("index.html", crumbs[0]);
        Assert.EndsWith("docs/aci/aci.html", crumbs[1]);
        Assert.DoesNotContain("â€", page.Body!.InnerHtml);
        Assert.Contains("environment\u2019s configuration", page.Body!.TextContent);
        Assert.Contains("<region>-<account-id>", page.QuerySelector(".page-body")!.TextContent);
    }
}
