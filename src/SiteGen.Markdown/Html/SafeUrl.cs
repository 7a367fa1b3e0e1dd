using System.Net;
using System.Text;

namespace SiteGen.Markdown.Html;

/// <summary>
/// Decides whether a link or image URL may reach a page: relative URLs, fragments and the schemes http, https and
/// mailto may; every other scheme (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>, an app's own handler) may not.
/// The scheme is read the way a browser reads it: entities decoded, tabs and line breaks removed anywhere, leading
/// spaces and control characters dropped, letter case ignored (<c>jav&amp;#x09;ascript:</c>, <c> JaVaScRiPt:</c>).
/// </summary>
public static class SafeUrl
{
    private static readonly string[] Allowed = ["http", "https", "mailto"];

    /// <summary>True when a browser would follow <paramref name="url"/> only to a web page, a mail program or this site.</summary>
    public static bool IsSafe(string? url) => string.IsNullOrEmpty(url) || SchemeOf(url) is not { } scheme || IsAllowed(scheme);

    /// <summary>
    /// The scheme of <paramref name="url"/> in lower case, or null for a relative URL. A colon before any <c>/</c>,
    /// <c>?</c> or <c>#</c> counts as ending a scheme even when the letters before it are not a valid one (<c>java
    /// script:</c>): such a URL is never a link a note needs, and reading it as a scheme errs on the safe side.
    /// </summary>
    public static string? SchemeOf(string url)
    {
        var text = url.Contains('&') ? WebUtility.HtmlDecode(url) : url;
        var scheme = new StringBuilder();
        var started = false;
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r' || (!started && c <= ' '))
            {
                continue; // browsers strip these before they read the scheme
            }

            started = true;
            if (c == ':')
            {
                return scheme.ToString().ToLowerInvariant();
            }

            if (c is '/' or '?' or '#' or '\\')
            {
                return null;
            }

            scheme.Append(c);
        }

        return null;
    }

    /// <summary>True for the schemes whose URL runs script or carries a document of its own: javascript, vbscript, data.</summary>
    public static bool RunsScript(string scheme) => scheme.ToLowerInvariant() is "javascript" or "vbscript" or "data" or "livescript";

    /// <summary>True for http, https and mailto.</summary>
    public static bool IsAllowed(string scheme) => Array.IndexOf(Allowed, scheme.ToLowerInvariant()) >= 0;

    /// <summary>
    /// The allowed scheme <paramref name="scheme"/> looks like a slip of the keyboard for (<c>ihttps</c>, <c>htps</c>),
    /// or null: such a link is removed all the same, but it is a typo to fix, not an attack.
    /// </summary>
    public static string? Misspelling(string scheme)
    {
        foreach (var allowed in Allowed.OrderByDescending(a => a.Length))
        {
            if ((scheme.Length > allowed.Length && scheme.EndsWith(allowed, StringComparison.Ordinal)) || OneEditApart(scheme, allowed))
            {
                return allowed;
            }
        }

        return null;
    }

    /// <summary>True when one letter added, dropped or changed turns <paramref name="a"/> into <paramref name="b"/>.</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i])
        {
            i++;
        }

        var skip = shorter.Length == longer.Length ? 1 : 0;
        return shorter.AsSpan(i + skip).SequenceEqual(longer.AsSpan(i + 1));
    }
}
