using System.Text.RegularExpressions;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// One language the highlighter reads: a single regular expression whose alternatives are its kinds of token. A named
/// group paints what it captures: a group named after a token class (<c>comment</c>, <c>string</c>, …) gives its text
/// that class, <c>plain</c> takes a class away again (the <c>${…}</c> in a template string), and <c>in_css</c>,
/// <c>in_javascript</c> … hand the text to another language (a <c>&lt;style&gt;</c> element's body). Groups nest: a
/// shorter capture paints over the one around it, so an escape inside a string is an escape. What no group captures
/// stays plain.
/// </summary>
public sealed class CodeLanguage
{
    /// <summary>The token classes, by the number a painted character holds; 0 is plain text.</summary>
    public static readonly string[] Classes =
    [
        "", "comment", "string", "escape", "regexp", "number", "literal", "keyword", "operator", "function", "type",
        "tag", "attr", "property", "variable", "inserted", "deleted",
    ];

    private const string EmbeddedPrefix = "in_";

    private readonly (int Group, byte Class)[] _painters;
    private readonly (int Group, string Language)[] _embedded;

    [ThreadStatic]
    private static List<(int Index, int Length, byte Class, int Order)>? t_captures;

    public CodeLanguage(Regex pattern)
    {
        Pattern = pattern;
        var painters = new List<(int, byte)>();
        var embedded = new List<(int, string)>();
        foreach (var name in pattern.GetGroupNames())
        {
            var number = pattern.GroupNumberFromName(name);
            if (name == "plain")
            {
                painters.Add((number, 0));
            }
            else if (name.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
            {
                embedded.Add((number, name[EmbeddedPrefix.Length..]));
            }
            else if (Array.IndexOf(Classes, name) is > 0 and var index)
            {
                painters.Add((number, (byte)index));
            }
        }

        _painters = [.. painters];
        _embedded = [.. embedded];
    }

    public Regex Pattern { get; }

    /// <summary>
    /// Paints <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>) into
    /// <paramref name="paint"/>, one class number a character, the range read as a text of its own (anchors and
    /// look-behinds see only it). Throws <see cref="RegexMatchTimeoutException"/> if an expression runs away.
    /// </summary>
    public void Paint(string text, int start, int length, byte[] paint)
    {
        var captures = t_captures ??= [];
        for (var match = Pattern.Match(text, start, length); match.Success; match = match.NextMatch())
        {
            captures.Clear();
            foreach (var (group, css) in _painters)
            {
                var found = match.Groups[group];
                if (found.Success)
                {
                    foreach (Capture capture in found.Captures)
                    {
                        captures.Add((capture.Index, capture.Length, css, captures.Count));
                    }
                }
            }

            // Longest first, so the captures nested inside paint over the one around them; a tie in pattern order.
            if (captures.Count > 1)
            {
                captures.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Order.CompareTo(b.Order));
            }

            foreach (var (index, count, css, _) in captures)
            {
                paint.AsSpan(index, count).Fill(css);
            }

            foreach (var (group, language) in _embedded)
            {
                var found = match.Groups[group];
                if (found is { Success: true, Length: > 0 } && CodeLanguages.Find(language) is { } inner)
                {
                    inner.Paint(text, found.Index, found.Length, paint);
                }
            }
        }
    }
}
