using Microsoft.Playwright;

namespace SiteGen.Browser.Tests.Security;

/// <summary>
/// Opens pages and clicks every link on them, and lists each dialog (<c>alert</c>, <c>confirm</c>, <c>prompt</c>) that
/// opens, in the page or a window it opens: on a lesson page a dialog means a note ran script. Requests off the
/// machine are aborted, a click that leaves the page is followed by a fresh load of it, so every link gets its click.
/// </summary>
public sealed class DialogDetector(IBrowser browser)
{
    /// <summary>How long a page or a click gets to open a dialog (an image's onerror fires after load).</summary>
    private const int SettleMs = 250;

    public async Task<IReadOnlyList<string>> VisitAsync(string url)
    {
        var dialogs = new List<string>();
        var context = await browser.NewContextAsync();
        try
        {
            await context.RouteAsync(new System.Text.RegularExpressions.Regex("^(https?|wss?)://"), route => route.AbortAsync());
            void Watch(IPage page) => page.Dialog += async (_, dialog) =>
            {
                lock (dialogs)
                {
                    dialogs.Add($"{url}: {dialog.Type} '{dialog.Message}'");
                }

                await dialog.DismissAsync();
            };
            context.Page += (_, page) => Watch(page);
            var page = await context.NewPageAsync();

            await Load(page, url);
            var links = await page.Locator("a").CountAsync();
            for (var i = 0; i < links; i++)
            {
                if (page.IsClosed)
                {
                    page = await context.NewPageAsync();
                }

                if (page.Url != url || await page.Locator("a").CountAsync() <= i)
                {
                    await Load(page, url);
                }

                try
                {
                    // A click by script reaches links a person could not click yet (in a closed <details>) all the same.
                    await page.Locator("a").Nth(i).EvaluateAsync("a => a.click()");
                    await page.WaitForTimeoutAsync(SettleMs / 5f);
                    await page.WaitForLoadStateAsync(LoadState.Load);
                }
                catch (PlaywrightException e) when (e.Message.Contains("context was destroyed", StringComparison.OrdinalIgnoreCase)
                                                    || e.Message.Contains("navigat", StringComparison.OrdinalIgnoreCase))
                {
                    // The click left the page (what a link does): the next round loads it again.
                }
            }

            await page.WaitForTimeoutAsync(SettleMs);
            return [.. dialogs.Distinct()]; // a page loaded again for its next link opens its load dialogs again
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Loads <paramref name="url"/>, again when a link clicked before still navigates and interrupts the load.</summary>
    private static async Task Load(IPage page, string url)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                break;
            }
            catch (PlaywrightException e) when (attempt < 5 && e.Message.Contains("interrupted", StringComparison.OrdinalIgnoreCase))
            {
                await page.WaitForTimeoutAsync(SettleMs);
            }
        }

        await page.WaitForTimeoutAsync(SettleMs);
    }
}
