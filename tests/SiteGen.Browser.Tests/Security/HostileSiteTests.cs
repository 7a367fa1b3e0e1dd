using SiteGen.Browser.Tests.Infrastructure;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Browser.Tests.Security;

/// <summary>
/// Lessons come from strangers' pull requests and every one is published as a preview: no page of a site built from
/// tests/fixtures/hostile (every attack its README lists, each calling alert) may open a dialog on load or when
/// any of its links is clicked. The detector itself is tried on a page that does call alert, so this can fail.
/// </summary>
public sealed class HostileSiteTests(BrowserFixture browser, HostileSite site) : IClassFixture<BrowserFixture>, IClassFixture<HostileSite>
{
    [Fact]
    public async Task No_page_opens_a_dialog_on_load_or_when_a_link_is_clicked()
    {
        var pages = site.Pages;
        Assert.Contains(Path.Combine("docs", "course", "lesson-raw.html"), pages);
        Assert.Contains(Path.Combine("docs", "course", "lesson-quiz.html"), pages);
        var detector = new DialogDetector(browser.Browser);

        var dialogs = new List<string>();
        foreach (var page in pages)
        {
            dialogs.AddRange(await detector.VisitAsync(site.Url(page)));
        }

        Assert.True(dialogs.Count == 0, "dialogs opened:\n" + string.Join('\n', dialogs));
    }

    [Fact]
    public void The_build_reports_the_attacks_as_errors_with_file_and_line()
    {
        var unsafeUrls = site.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnsafeUrl).ToList();

        Assert.All(unsafeUrls, d => Assert.True(d.IsError && d.Line > 0, d.ToString()));
        Assert.Contains(unsafeUrls, d => d.Path.EndsWith("lesson-quiz.md", StringComparison.Ordinal));
        Assert.Contains(unsafeUrls, d => d.Path.EndsWith("lesson-links.md", StringComparison.Ordinal));
        Assert.Contains(unsafeUrls, d => d.Path.EndsWith("lesson-raw.md", StringComparison.Ordinal));
        Assert.Contains(site.Diagnostics, d => d.Code == DiagnosticCodes.HtmlRemoved);
    }

    [Fact]
    public async Task The_detector_sees_a_dialog_on_load_and_one_on_a_click()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-dialog-");
        try
        {
            var file = Path.Combine(folder.FullName, "alert.html");
            File.WriteAllText(file, "<!doctype html><title>t</title><img src=x onerror=\"alert('load')\">"
                + "<a href=\"#a\">harmless</a> <a href=\"javascript:alert('click')\">click</a>");

            var dialogs = await new DialogDetector(browser.Browser).VisitAsync(new Uri(file).AbsoluteUri);

            Assert.Equal(2, dialogs.Count);
            Assert.Contains(dialogs, d => d.EndsWith("'load'", StringComparison.Ordinal));
            Assert.Contains(dialogs, d => d.EndsWith("'click'", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
