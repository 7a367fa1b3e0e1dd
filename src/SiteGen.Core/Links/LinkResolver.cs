using System.Text.RegularExpressions;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Pages;
using SiteGen.Markdown.Html;

namespace SiteGen.Core.Links;

/// <summary>
/// Turns a link as written in a note into the URL it needs on the site: notes become their pages, other files stay
/// beside them, links that leave the input go to the repository. Reports each repair and each broken link.
/// </summary>
public sealed partial class LinkResolver(InputFiles files, string? repoUrl)
{
    /// <summary>A finding; <paramref name="fix"/>, when set, is the safe repair: replace its first text by its second.</summary>
    public delegate void Report(string code, string message, string? hint, (string Find, string Replace)? fix = null);

    public ResolvedLink Resolve(string pagePath, string url, Report report)
    {
        var trimmed = url.Trim();
        if (trimmed.Length == 0)
        {
            report(DiagnosticCodes.EmptyLink, "link has an empty target", "write the path or URL between the parentheses");
            return ResolvedLink.Unchanged(url);
        }

        if (!SafeUrl.IsSafe(trimmed))
        {
            return ResolvedLink.Unchanged(url); // the page renders its text only; ReportRemovedHtml reports it
        }

        if (trimmed.StartsWith('#') || trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return new ResolvedLink(trimmed, null, trimmed.StartsWith('#') ? trimmed[1..] : null);
        }

        var scheme = SchemePattern().Match(trimmed);
        if (scheme.Success)
        {
            return External(trimmed, report);
        }

        if (trimmed.Contains(' ') && !IsTemplateCode(trimmed))
        {
            report(DiagnosticCodes.MalformedUrl, $"link '{trimmed}' contains a space", "write the space as %20");
        }

        return Relative(pagePath, trimmed, report);
    }

    private ResolvedLink External(string url, Report report)
    {
        if (repoUrl is not null && url.StartsWith(repoUrl, StringComparison.OrdinalIgnoreCase))
        {
            report(DiagnosticCodes.AbsoluteSelfLink, $"link '{url}' points at this repository's own file by absolute URL",
                "use a relative link so it works on the site and in forks");
        }

        return ResolvedLink.Unchanged(url);
    }

    private ResolvedLink Relative(string pagePath, string url, Report report)
    {
        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? url[(hash + 1)..] : null;
        var pathPart = hash >= 0 ? url[..hash] : url;
        var query = pathPart.IndexOf('?');
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        var decoded = Uri.UnescapeDataString(pathPart);
        var resolved = PagePaths.Resolve(pagePath, decoded);
        if (resolved is null)
        {
            if (repoUrl is null)
            {
                report(DiagnosticCodes.LinkLeavesInput, $"link '{url}' leaves the input folder",
                    "pass --repo-url so such links go to the repository");
                return ResolvedLink.Unchanged(url);
            }

            return new ResolvedLink(RepositoryUrl(pagePath, url), null, fragment);
        }

        var target = FindTarget(resolved, url, pathPart, report);
        if (target is null)
        {
            report(DiagnosticCodes.BrokenLink, $"link target '{decoded}' does not exist", Suggest(pagePath, pathPart, resolved));
            return repoUrl is null ? ResolvedLink.Unchanged(url) : new ResolvedLink(RepositoryUrl(pagePath, url), null, fragment);
        }

        var destination = PagePaths.IsMarkdown(target) ? PagePaths.OutputOf(target) : target;
        var suffix = fragment is null ? "" : "#" + fragment;
        return new ResolvedLink(PagePaths.RelativeUrl(PagePaths.OutputOf(pagePath), destination) + suffix, target, fragment);
    }

    private string? FindTarget(string resolved, string url, string pathPart, Report report)
    {
        if (resolved.Length > 0 && files.Contains(resolved))
        {
            return resolved;
        }

        if (FolderPage(resolved) is { } page)
        {
            return page;
        }

        if (files.FindIgnoringCase(resolved) is { } byCase)
        {
            var written = WithCaseOf(pathPart, byCase);
            report(DiagnosticCodes.LinkCaseMismatch, $"link '{url}' differs from the file '{byCase}' in letter case",
                $"did you mean '{written ?? byCase}'? Linux web hosts are case-sensitive",
                written is null ? null : (pathPart, written));
            return byCase;
        }

        var trimmed = string.Join('/', resolved.Split('/').Select(TrimName));
        if (trimmed != resolved && (files.Contains(trimmed) || files.FindIgnoringCase(trimmed) is not null))
        {
            report(DiagnosticCodes.LinkTrailingSpace, $"link '{url}' has a space the file name does not have",
                "remove the %20 at the end of the name");
            return files.Contains(trimmed) ? trimmed : files.FindIgnoringCase(trimmed);
        }

        return null;
    }

    /// <summary>A path segment without spaces at either end of its name or before its extension ("W01 .md").</summary>
    private static string TrimName(string part)
    {
        var dot = part.LastIndexOf('.');
        return dot > 0 ? part[..dot].Trim() + part[dot..].Trim() : part.Trim();
    }

    private string? FolderPage(string folder)
    {
        var prefix = folder.Length == 0 ? "" : folder.TrimEnd('/') + "/";
        return new[] { "README.md", "index.md" }.Select(n => prefix + n).FirstOrDefault(files.Contains);
    }

    /// <summary>
    /// The link as written with each name spelt as the file's (<c>./W06.md</c> for <c>W06.md</c>), or null when the
    /// link has escapes or inner <c>..</c> that make a mechanical rewrite unsafe.
    /// </summary>
    private static string? WithCaseOf(string pathPart, string actual)
    {
        var parts = pathPart.Split('/');
        var lead = parts.TakeWhile(p => p is "." or "..").Count();
        var names = parts.Length - lead;
        var actualParts = actual.Split('/');
        if (pathPart.Contains('%') || names == 0 || names > actualParts.Length || parts.Skip(lead).Any(p => p is "." or ".." or ""))
        {
            return null;
        }

        var written = string.Join('/', parts.Take(lead).Concat(actualParts[^names..]));
        return written.Equals(pathPart, StringComparison.OrdinalIgnoreCase) ? written : null;
    }

    /// <summary>
    /// A hint for a broken link: the same link with one <c>../</c> more or fewer when that finds a file, otherwise a
    /// file of the same name elsewhere, as a link from the page.
    /// </summary>
    private string? Suggest(string pagePath, string pathPart, string resolved)
    {
        if (IsTemplateCode(pathPart))
        {
            return "it is template code: put the HTML in a ``` code block so it shows as code";
        }

        string[] alternatives = pathPart.StartsWith("../", StringComparison.Ordinal)
            ? ["../" + pathPart, pathPart[3..]]
            : ["../" + pathPart.TrimStart('.', '/')];
        var other = alternatives.FirstOrDefault(a =>
            PagePaths.Resolve(pagePath, Uri.UnescapeDataString(a)) is { Length: > 0 } path && (files.Contains(path) || FolderPage(path) is not null));
        if (other is not null)
        {
            return $"did you mean '{other}'?";
        }

        var name = resolved.Split('/')[^1];
        var sameName = files.All.FirstOrDefault(f => f.EndsWith("/" + name, StringComparison.OrdinalIgnoreCase) || f.Equals(name, StringComparison.OrdinalIgnoreCase));
        return sameName is null ? null : $"did you mean '{RelativePath(pagePath, sameName)}'?";
    }

    /// <summary>A Jinja or Django placeholder (<c>static/{{ i.url }}</c>): HTML quoted from a template, not a link.</summary>
    private static bool IsTemplateCode(string url) =>
        url.Contains("{{", StringComparison.Ordinal) || url.Contains("{%", StringComparison.Ordinal);

    /// <summary>The path of <paramref name="target"/> as a link from the page at <paramref name="pagePath"/>.</summary>
    private static string RelativePath(string pagePath, string target) =>
        Path.GetRelativePath("/" + PagePaths.Folder(pagePath), "/" + target).Replace('\\', '/');

    private string RepositoryUrl(string pagePath, string url) =>
        new Uri(new Uri(repoUrl + PagePaths.Url(pagePath)), url).ToString();

    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.\-]*):")]
    private static partial Regex SchemePattern();
}
