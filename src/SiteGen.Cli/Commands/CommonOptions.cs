using System.CommandLine;
using SiteGen.Core.Building;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Cli.Commands;

/// <summary>Options that several commands share, described once.</summary>
public static class CommonOptions
{
    public static Option<string> Input() => new("--input", "-i")
    {
        Description = "Folder holding the notes (Markdown pages, images, files).",
        DefaultValueFactory = _ => "input",
    };

    public static Option<string?> Theme() => new("--theme")
    {
        Description = "Theme folder (default: the theme shipped with SiteGen). A site overrides single theme files from <input>/_theme/.",
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Treat warnings as errors: exit 1 when there is any.",
    };

    public static Option<string?> RepoUrl() => new("--repo-url")
    {
        Description = "URL of the input folder in its repository (e.g. https://github.com/org/notes/blob/main/): adds Edit/View source links and sends links that leave the input there.",
    };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "Public URL the site is published at (e.g. https://example.org/notes/); writes sitemap.xml.",
    };

    public static Option<string> Title() => new("--title")
    {
        Description = "Site title shown in the header.",
        DefaultValueFactory = _ => "Course notes",
    };

    /// <summary>
    /// Reports each URL option whose value is not an http(s) URL (SG0008) and says whether any was; call first
    /// in a command's action, so nothing is built from a bad value.
    /// </summary>
    public static bool HasInvalidUrl(ParseResult parse, params Option<string?>[] options)
    {
        var errors = options.Select(o => SiteUrl.Check(o.Name, parse.GetValue(o))).OfType<Diagnostic>().ToList();
        Reporter.Diagnostics(errors);
        return errors.Count > 0;
    }
}
