using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace SiteGen.Markdown.Html;

/// <summary>
/// Sanitises raw HTML one tag at a time, as Markdig hands it over: an inline tag is one piece, and an HTML block may
/// open a <c>&lt;details&gt;</c> that a later block closes, so no piece is a whole document. A start tag goes through
/// HtmlSanitizer on its own (inside the table rows a cell needs, so the parser keeps it) and comes back as written
/// when nothing was taken out, else sanitised; an end tag of an element a lesson uses is kept as a bare end tag; a
/// comment is dropped (a browser ends <c>&lt;!--&gt;</c> at once, so its "inside" would run). Results are remembered:
/// the notes repeat the same few tags (<c>&lt;br&gt;</c>, <c>&lt;td&gt;</c>) thousands of times.
/// </summary>
public static partial class RawHtmlSanitiser
{
    private const int MaxRemembered = 20_000;

    private static readonly ConcurrentDictionary<string, SanitisedTag> Remembered = new(StringComparer.Ordinal);

    private static readonly ThreadLocal<TagSanitiser> Sanitisers = new(() => new TagSanitiser());

    private static readonly SanitisedTag Dropped = new("", []);

    /// <summary>
    /// <paramref name="tag"/> (a start tag, an end tag or a comment of an element <see cref="HtmlTags.IsMarkup"/>
    /// accepts) as it may be written to a page, and what was taken out of it.
    /// </summary>
    public static SanitisedTag Clean(string tag)
    {
        if (Remembered.TryGetValue(tag, out var known))
        {
            return known;
        }

        var result = CleanOnce(tag);
        if (Remembered.Count >= MaxRemembered)
        {
            Remembered.Clear(); // the preview server lives long; a build never gets here
        }

        Remembered.TryAdd(tag, result);
        return result;
    }

    private static SanitisedTag CleanOnce(string tag)
    {
        var trimmed = tag.TrimStart();
        if (trimmed.StartsWith("<!--", StringComparison.Ordinal))
        {
            return EndsEarly(trimmed)
                ? new SanitisedTag("", [new HtmlRemoval("a comment a browser ends at its first '>' (what follows it would be page markup)")])
                : Dropped;
        }

        if (trimmed.StartsWith("</", StringComparison.Ordinal))
        {
            var name = HtmlTags.NameOf(trimmed)!.ToLowerInvariant();
            return new SanitisedTag(BareEndTag().IsMatch(trimmed) ? tag : $"</{name}>", []);
        }

        return Sanitisers.Value!.Sanitise(tag);
    }

    /// <summary><c>&lt;!--&gt;</c> and <c>&lt;!---&gt;</c> end where they start; <c>--!&gt;</c> ends a comment too.</summary>
    private static bool EndsEarly(string comment) =>
        comment.StartsWith("<!-->", StringComparison.Ordinal) || comment.StartsWith("<!--->", StringComparison.Ordinal)
        || comment.Contains("--!>", StringComparison.Ordinal);

    [GeneratedRegex(@"^</[A-Za-z][A-Za-z0-9-]*\s*>$")]
    private static partial Regex BareEndTag();
}
