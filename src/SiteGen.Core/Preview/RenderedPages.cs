using System.Collections.Concurrent;

namespace SiteGen.Core.Preview;

/// <summary>
/// Each page's laid-out HTML from the previous rebuild, with what it was rendered from: the page's own model and
/// the inputs every page shares (the site's navigation and quiz catalogue). A change to those shared inputs forgets all.
/// </summary>
public sealed class RenderedPages
{
    private readonly ConcurrentDictionary<string, (string Body, string Model, string Html)> _pages = new(StringComparer.Ordinal);
    private string _shared = "";

    /// <summary>The source paths the latest rebuild laid out again, sorted.</summary>
    public IReadOnlyList<string> LastRendered { get; set; } = [];

    /// <summary>Starts a rebuild whose shared inputs are <paramref name="shared"/>; forgets every page when they changed.</summary>
    public void Begin(string shared)
    {
        if (!string.Equals(shared, _shared, StringComparison.Ordinal))
        {
            _pages.Clear();
            _shared = shared;
        }
    }

    public string? Find(string sourcePath, string body, string model) =>
        _pages.TryGetValue(sourcePath, out var page) && string.Equals(page.Body, body, StringComparison.Ordinal) &&
        string.Equals(page.Model, model, StringComparison.Ordinal)
            ? page.Html
            : null;

    public void Remember(string sourcePath, string body, string model, string html) => _pages[sourcePath] = (body, model, html);

    public void Clear()
    {
        _pages.Clear();
        _shared = "";
    }
}
