using System.Net;
using SiteGen.Server.Live;
using SiteGen.Server.Tests.TestSupport;

namespace SiteGen.Server.Tests.Live;

public sealed class LiveReloadTests : IAsyncLifetime
{
    private const string Page = "docs/aci/200-web/W01Html.html";
    private const string BrokenPager = "{{ if page.previous }}\n<nav>\n";

    private ServedSite _site = null!;

    public async Task InitializeAsync() => _site = await ServedSite.Start();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Editing_a_page_sends_reload_naming_it_and_serves_the_new_text()
    {
        await using var events = await _site.Events();

        _site.Write(ServedSite.Lesson, _site.Read(ServedSite.Lesson) + "\nA sentence added while previewing.\n");

        var reload = await events.Next(LiveEvent.ReloadName);
        Assert.Contains(Page, reload);
        Assert.Contains("A sentence added while previewing.", await _site.Http.GetStringAsync(Page));
    }

    [Fact]
    public async Task A_template_error_sends_the_errors_and_the_last_good_version_stays_served()
    {
        var good = await _site.Http.GetStringAsync(Page);
        await using var events = await _site.Events();

        Directory.CreateDirectory(_site.InputPath("_theme/partials"));
        _site.Write("_theme/partials/pager.sbn", BrokenPager);

        var errors = await events.Next(LiveEvent.ErrorsName);
        Assert.Contains("SG0601", errors);
        Assert.Contains("pager.sbn", errors);
        Assert.Equal(good, await _site.Http.GetStringAsync(Page));
        Assert.Contains(_site.Report.Results, r => !r.Succeeded && r.Diagnostics.Any(d => d.Code == "SG0601"));
    }

    [Fact]
    public async Task A_page_opened_while_the_build_is_broken_gets_the_errors_at_once()
    {
        await using (var first = await _site.Events())
        {
            Directory.CreateDirectory(_site.InputPath("_theme/partials"));
            _site.Write("_theme/partials/pager.sbn", BrokenPager);
            await first.Next(LiveEvent.ErrorsName);
        }

        await using var late = await _site.Events();

        Assert.Contains("SG0601", await late.Next(LiveEvent.ErrorsName, seconds: 2));
    }

    [Fact]
    public async Task Fixing_the_error_sends_ok_and_then_the_fixed_version()
    {
        await using var events = await _site.Events();
        Directory.CreateDirectory(_site.InputPath("_theme/partials"));
        _site.Write("_theme/partials/pager.sbn", BrokenPager);
        await events.Next(LiveEvent.ErrorsName);

        _site.Write("_theme/partials/pager.sbn", "<nav class=\"fixed-pager\"></nav>\n");

        await events.Next(LiveEvent.OkName);
        Assert.Contains(Page, await events.Next(LiveEvent.ReloadName));
        Assert.Contains("fixed-pager", await _site.Http.GetStringAsync(Page));
    }

    [Fact]
    public async Task A_stylesheet_change_sends_the_new_stylesheets_and_no_reload()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.DefaultTheme, "assets", "css", "site.css"));
        await using var events = await _site.Events();
        var reloads = 0;
        _site.Server.Hub.Published += e => reloads += e.Name == LiveEvent.ReloadName ? 1 : 0;

        Directory.CreateDirectory(_site.InputPath("_theme/assets/css"));
        _site.Write("_theme/assets/css/site.css", css + "\nbody { outline: 1px solid red; }\n");

        var swap = await events.Next(LiveEvent.CssName);
        var href = System.Text.RegularExpressions.Regex.Match(swap, @"assets/css/site\.[0-9a-f]{10}\.css").Value;
        Assert.Contains("outline: 1px solid red", await _site.Http.GetStringAsync(href));
        Assert.Contains(href, await _site.Http.GetStringAsync(Page));
        Assert.Equal(0, reloads);
    }

    [Fact]
    public async Task Editing_one_page_processes_and_lays_out_only_that_page()
    {
        await using var events = await _site.Events();

        _site.Write(ServedSite.Lesson, _site.Read(ServedSite.Lesson) + "\nOne more line.\n");
        await events.Next(LiveEvent.ReloadName);

        var rebuild = _site.Report.Results.Last(r => r.ProcessedPages.Count > 0);
        Assert.Equal([ServedSite.Lesson], rebuild.ProcessedPages);
        Assert.Equal([ServedSite.Lesson], rebuild.RenderedPages);
        Assert.Equal([Page], rebuild.Written);
    }

    [Fact]
    public async Task Renaming_a_heading_in_an_index_lays_out_every_page_and_processes_only_the_index()
    {
        await using var events = await _site.Events();

        _site.Write("docs/aci/200-web/web.md", _site.Read("docs/aci/200-web/web.md").Replace("[HTML pages]", "[Hypertext pages]", StringComparison.Ordinal));
        await events.Next(LiveEvent.ReloadName);

        var rebuild = _site.Report.Results.Last(r => r.ProcessedPages.Count > 0);
        Assert.Equal(["docs/aci/200-web/web.md"], rebuild.ProcessedPages);
        Assert.True(rebuild.RenderedPages.Count > 1, "every page's sidebar shows the lesson's name from the index");
        Assert.Contains("Hypertext pages", await _site.Http.GetStringAsync("docs/aci/200-web/W02Forms.html"));
    }

    [Fact]
    public async Task A_new_lesson_is_served_and_its_index_can_link_it()
    {
        await using var events = await _site.Events();

        _site.Write("docs/aci/200-web/W04Js.md", "# Week 4: Scripts\n\nSome JavaScript.\n");
        _site.Write("docs/aci/200-web/web.md", _site.Read("docs/aci/200-web/web.md") + "\n## Week 4: [Scripts](./W04Js.md)\n");

        await events.Next(LiveEvent.ReloadName);
        Assert.Contains("Some JavaScript.", await _site.Http.GetStringAsync("docs/aci/200-web/W04Js.html"));
        Assert.Contains("W04Js.html", await _site.Http.GetStringAsync(Page));
    }
}
