using SiteGen.Core.Building;
using SiteGen.Server.Live;
using SiteGen.Server.Tests.TestSupport;

namespace SiteGen.Server.Tests.Live;

public sealed class LiveClientTests
{
    [Fact]
    public async Task Served_pages_load_the_live_script()
    {
        await using var site = await ServedSite.Start();

        Assert.Contains(LiveClient.BodyEndHtml, await site.Http.GetStringAsync("docs/aci/200-web/W01Html.html"));
        Assert.Contains(LiveClient.BodyEndHtml, await (await site.Http.GetAsync("no-such-page.html")).Content.ReadAsStringAsync());
    }

    [Fact]
    public void Build_output_never_contains_the_live_script()
    {
        using var folder = new TempFolder();
        var result = SiteBuilder.Build(new SiteOptions
        {
            InputDirectory = Path.Combine(RepoPaths.FixtureSites, ServedSite.Scenario, "input"),
            OutputDirectory = folder.Combine("_site"),
            ThemeDirectory = RepoPaths.DefaultTheme,
        }.Resolve(folder.Path));

        Assert.True(result.Succeeded);
        var files = Directory.EnumerateFiles(folder.Combine("_site"), "*", SearchOption.AllDirectories).ToArray();
        Assert.Contains(files, f => f.EndsWith(".html", StringComparison.Ordinal));
        Assert.All(files, f => Assert.DoesNotContain(LiveClient.Prefix, File.ReadAllText(f)));
    }
}
