using System.Text.RegularExpressions;

namespace SiteGen.Core.Scaffolding;

/// <summary>
/// Adds a lesson to a course index in the index's own shape: the new entry copies the form of the entry it follows
/// (a <c>### Week N: [T](./x.md)</c> heading, a <c>* Week N: [T](./x.md)</c> bullet, an item of a nested list),
/// placed after the last entry of the same or an earlier week.
/// </summary>
public static partial class CourseIndexEditor
{
    /// <summary>The index text with the entry added, and the one-based line it stands on.</summary>
    public static (string Text, int Line) AddLesson(string index, int week, string title, string fileName)
    {
        var newline = index.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = index.TrimEnd('\r', '\n').Split(newline).ToList();
        var entries = Entries(lines).ToList();
        if (entries.Any(e => WeekPattern().IsMatch(e.Text)))
        {
            // Weeks are written on the entries themselves: other links (a syllabus, a canvas page) are not lessons.
            entries = [.. entries.Where(e => WeekPattern().IsMatch(e.Text))];
        }

        var added = new List<string>();
        int at;
        if (entries.Count == 0)
        {
            lines.Add("");
            added.Add($"* Week {week}: {Link(title, fileName)}");
            at = lines.Count;
        }
        else
        {
            var anchor = entries.LastOrDefault(e => e.Week is null || e.Week <= week);
            var template = anchor.Text ?? entries[0].Text;
            at = anchor.Text is null ? entries[0].Line - 1 : anchor.Line;
            var nested = !WeekPattern().IsMatch(template) && anchor.WeekLine is not null && anchor.Week != week;
            if (nested)
            {
                added.Add(WeekPattern().Replace(anchor.WeekLine!, _ => $"Week {week}", 1));
            }

            added.Add(Rewrite(template, week, title, fileName));
        }

        lines.InsertRange(at, added);
        return (string.Join(newline, lines) + newline, at + added.Count);
    }

    private readonly record struct Entry(int Line, int? Week, string? WeekLine, string Text);

    /// <summary>Lines that link to a Markdown file beside the index, with the week (and its line) they fall under.</summary>
    private static IEnumerable<Entry> Entries(List<string> lines)
    {
        int? week = null;
        string? weekLine = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (WeekPattern().Match(lines[i]) is { Success: true } w)
            {
                week = int.Parse(w.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                weekLine = lines[i];
            }

            if (LocalLinkPattern().IsMatch(lines[i]) && (HeadingPattern().IsMatch(lines[i]) || ListPattern().IsMatch(lines[i])))
            {
                yield return new Entry(i + 1, week, weekLine, lines[i]);
            }
        }
    }

    /// <summary>
    /// The template entry with the new week and link. The title goes in literally, through a match evaluator: as a
    /// replacement pattern, <c>$0</c> or <c>$1</c> in a title would be read as "the matched text".
    /// </summary>
    private static string Rewrite(string template, int week, string title, string fileName)
    {
        var withWeek = WeekPattern().Replace(template, _ => $"Week {week}", 1);
        return LocalLinkPattern().Replace(withWeek, _ => Link(title, fileName), 1);
    }

    /// <summary>A Markdown link to the lesson, its text the title with Markdown's link specials escaped.</summary>
    private static string Link(string title, string fileName)
    {
        var text = new System.Text.StringBuilder();
        foreach (var c in title)
        {
            if (c is '\\' or '[' or ']' or '`' or '*' or '_' or '<' or '>')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        return $"[{text}](./{Uri.EscapeDataString(fileName)})";
    }

    [GeneratedRegex(@"\bWeek\s+(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex WeekPattern();

    [GeneratedRegex(@"\[[^\]]*\]\((\./)?[^/)\s]+\.md\)")]
    private static partial Regex LocalLinkPattern();

    [GeneratedRegex(@"^#{1,6}\s")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^\s*([*+-]|\d+\.)\s")]
    private static partial Regex ListPattern();
}
