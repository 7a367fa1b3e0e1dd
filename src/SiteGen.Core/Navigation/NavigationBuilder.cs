using System.Text.RegularExpressions;
using SiteGen.Core.Pages;

namespace SiteGen.Core.Navigation;

/// <summary>
/// Builds the navigation from the notes themselves: the catalogue is the page that links to the index pages of
/// several sub-folders (the courses); a course's lessons are the pages its index links to, in order — whatever
/// shape the index takes (week headings, a flat or nested list); a single-page course offers its week headings.
/// </summary>
public sealed partial class NavigationBuilder
{
    private readonly Dictionary<string, PageInfo> _pages;

    public NavigationBuilder(IEnumerable<PageInfo> pages) =>
        _pages = pages.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);

    public SiteNavigation Build()
    {
        var home = new[] { "README.md", "index.md", "readme.md" }.Where(_pages.ContainsKey).Select(Item).FirstOrDefault();
        var catalogue = FindCatalogue(home?.SourcePath);
        var courses = catalogue is null ? [] : Courses(catalogue).ToList();
        var placed = courses.SelectMany(c => c.ReadingOrder()).Select(i => i.SourcePath)
            .Append(home?.SourcePath).Append(catalogue?.SourcePath).ToHashSet();
        var other = _pages.Keys.Where(p => !placed.Contains(p) && !PagePaths.IsVendored(p))
            .Order(StringComparer.Ordinal)
            .GroupBy(PagePaths.Folder)
            .Select(g => new NavGroup(g.Key.Length == 0 ? "Home" : g.Key, g.Key, [.. g.Select(Item)]))
            .ToList();
        var sharedTitles = _pages.Values.GroupBy(p => p.Title, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        return new SiteNavigation(home, catalogue is null ? null : Item(catalogue.SourcePath), courses, other) { SharedTitles = sharedTitles };
    }

    /// <summary>
    /// Each page's place: breadcrumbs from the home page (home › catalogue › course › lesson for a course's pages,
    /// home › the index pages of its folders for the others), and previous/next within its course.
    /// </summary>
    public IReadOnlyDictionary<string, PageNavigation> Place(SiteNavigation site)
    {
        var placements = new Dictionary<string, PageNavigation>(StringComparer.Ordinal);
        foreach (var course in site.Courses)
        {
            var order = course.ReadingOrder().ToList();
            for (var i = 0; i < order.Count; i++)
            {
                var crumbs = new List<NavItem>();
                AddCrumb(crumbs, site.Home);
                AddCrumb(crumbs, site.Catalogue);
                AddCrumb(crumbs, course.Index with { Title = course.Title });
                if (i > 0)
                {
                    AddCrumb(crumbs, order[i]);
                }

                placements[order[i].SourcePath!] = new PageNavigation(
                    course, crumbs, i > 0 ? order[i - 1] : null, i + 1 < order.Count ? order[i + 1] : null);
            }
        }

        foreach (var page in _pages.Keys.Where(p => !placements.ContainsKey(p)))
        {
            var crumbs = new List<NavItem>();
            AddCrumb(crumbs, site.Home);
            foreach (var index in FolderIndexes(page))
            {
                AddCrumb(crumbs, Item(index));
            }

            AddCrumb(crumbs, Item(page));
            placements[page] = new PageNavigation(null, crumbs, null, null);
        }

        return placements;
    }

    private static void AddCrumb(List<NavItem> crumbs, NavItem? item)
    {
        if (item is not null && !crumbs.Any(c => c.SourcePath == item.SourcePath))
        {
            crumbs.Add(item);
        }
    }

    /// <summary>The index pages of the folders above a page, outermost first: <c>README.md</c>, <c>index.md</c> or a page named as its folder.</summary>
    private IEnumerable<string> FolderIndexes(string page)
    {
        var folder = PagePaths.Folder(page);
        var folders = new List<string>();
        for (; folder.Length > 0; folder = PagePaths.Folder(folder))
        {
            folders.Add(folder);
        }

        folders.Reverse();
        foreach (var f in folders)
        {
            var name = f[(f.LastIndexOf('/') + 1)..];
            if (new[] { $"{f}/README.md", $"{f}/index.md", $"{f}/readme.md", $"{f}/{name}.md" }.FirstOrDefault(_pages.ContainsKey) is { } index
                && index != page)
            {
                yield return index;
            }
        }
    }

    /// <summary>Pages that no chain of links from the home page or the catalogue reaches.</summary>
    public IReadOnlyList<string> Unreachable(SiteNavigation site)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(new[] { site.Home?.SourcePath, site.Catalogue?.SourcePath }.OfType<string>());
        while (queue.TryDequeue(out var path))
        {
            if (!seen.Add(path) || !_pages.TryGetValue(path, out var page))
            {
                continue;
            }

            foreach (var target in PageTargets(page))
            {
                queue.Enqueue(target);
            }
        }

        return [.. _pages.Keys.Where(p => !seen.Contains(p)).Order(StringComparer.Ordinal)];
    }

    /// <summary>The page linking to the most course indexes: two at least, or one when the home page links to it.</summary>
    private PageInfo? FindCatalogue(string? home) => _pages.Values
        .Select(page => (page, courses: CourseLinks(page).Count()))
        .Where(c => c.courses >= 2 || (c.courses == 1 && home is not null && PageTargets(_pages[home]).Contains(c.page.SourcePath)))
        .OrderByDescending(c => c.courses)
        .ThenBy(c => c.page.SourcePath.Length)
        .ThenBy(c => c.page.SourcePath, StringComparer.Ordinal)
        .Select(c => c.page)
        .FirstOrDefault();

    /// <summary>The catalogue's links to pages in its immediate sub-folders, one per folder, in order.</summary>
    private IEnumerable<(PageLink Link, string Folder)> CourseLinks(PageInfo catalogue)
    {
        var folder = PagePaths.Folder(catalogue.SourcePath);
        var prefix = folder.Length == 0 ? "" : folder + "/";
        return catalogue.Links
            .Where(l => l.Target is not null && _pages.ContainsKey(l.Target) && l.Target.StartsWith(prefix, StringComparison.Ordinal))
            .Select(l => (Link: l, Tail: l.Target![prefix.Length..]))
            .Where(x => x.Tail.Count(c => c == '/') == 1)
            .Select(x => (x.Link, Folder: prefix + x.Tail[..x.Tail.IndexOf('/')]))
            .DistinctBy(x => x.Folder);
    }

    private IEnumerable<Course> Courses(PageInfo catalogue)
    {
        foreach (var (link, folder) in CourseLinks(catalogue))
        {
            var index = _pages[link.Target!];
            var lessons = index.Links
                .Where(l => l.Target is not null && l.Target != index.SourcePath && _pages.ContainsKey(l.Target)
                            && l.Target.StartsWith(folder + "/", StringComparison.Ordinal))
                .DistinctBy(l => l.Target)
                .Select(l => Item(l.Target!) with
                {
                    Title = l.Text.Length > 0 ? l.Text : _pages[l.Target!].Title,
                    Week = WeekPattern().Match(l.Context) is { Success: true } m ? m.Groups[1].Value : null,
                })
                .ToList();
            var sections = lessons.Count > 0
                ? []
                : index.Headings.Where(h => WeekPattern().IsMatch(h.Text) && h.Text.StartsWith("Week", StringComparison.OrdinalIgnoreCase))
                    .Select(h => new NavItem(h.Text, PagePaths.Url(index.OutputPath) + "#" + PagePaths.EscapeSegment(h.Id), index.SourcePath))
                    .ToList();
            var listed = lessons.Select(l => l.SourcePath).Append(index.SourcePath).ToHashSet();
            var groups = _pages.Keys
                .Where(p => p.StartsWith(folder + "/", StringComparison.Ordinal) && !listed.Contains(p) && !PagePaths.IsVendored(p))
                .Order(StringComparer.Ordinal)
                .GroupBy(p => GroupName(p[(folder.Length + 1)..]))
                .OrderBy(g => g.Key == MorePages ? 1 : 0).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => new NavGroup(g.Key, g.Key == MorePages ? folder : $"{folder}/{g.Key}", [.. g.Select(Item)]))
                .ToList();
            var title = link.Text.Length > 0 ? link.Text : index.Title;
            yield return new Course(folder, title, Item(index.SourcePath), folder, lessons, sections, groups) { Description = index.Description };
        }
    }

    private const string MorePages = "More pages";

    private static string GroupName(string pathInCourse)
    {
        var slash = pathInCourse.IndexOf('/');
        return slash < 0 ? MorePages : pathInCourse[..slash];
    }

    private IEnumerable<string> PageTargets(PageInfo page) =>
        page.Links.Select(l => l.Target).OfType<string>().Where(_pages.ContainsKey);

    private NavItem Item(string sourcePath)
    {
        var page = _pages[sourcePath];
        return new NavItem(page.Title, PagePaths.Url(page.OutputPath), page.SourcePath);
    }

    private NavItem Item(PageInfo page) => Item(page.SourcePath);

    [GeneratedRegex(@"\bWeek\s+(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex WeekPattern();
}
