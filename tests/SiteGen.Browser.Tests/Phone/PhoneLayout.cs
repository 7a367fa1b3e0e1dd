using Microsoft.Playwright;

namespace SiteGen.Browser.Tests.Phone;

/// <summary>Opens pages as a phone would and measures what sticks out past the screen's right edge.</summary>
internal static class PhoneLayout
{
    public const int Height = 844;

    public static async Task<IPage> OpenAsync(IBrowser browser, int width)
    {
        var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = Height },
            IsMobile = true,
            HasTouch = true,
        });
        return await context.NewPageAsync();
    }

    /// <summary>How many pixels the page is wider than the screen, with the element that sticks out furthest; null when it fits.</summary>
    public static Task<string?> OverflowAsync(IPage page) => page.EvaluateAsync<string?>("""
        () => {
          const doc = document.documentElement;
          if (doc.scrollWidth <= doc.clientWidth + 1) return null;
          const clipped = el => {
            for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
              if (getComputedStyle(a).overflowX !== 'visible') return true;
            }
            return false;
          };
          let worst = null, right = 0;
          for (const el of document.body.querySelectorAll('*')) {
            const r = el.getBoundingClientRect();
            if (r.right > Math.max(right, doc.clientWidth + 1) && !clipped(el)) { worst = el; right = r.right; }
          }
          return `${doc.scrollWidth - doc.clientWidth}px too wide` + (worst ? `: <${worst.tagName.toLowerCase()} class="${worst.className}"> reaches ${Math.round(right)}px` : '');
        }
        """);
}
