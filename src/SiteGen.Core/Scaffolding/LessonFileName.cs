using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Core.Scaffolding;

/// <summary>
/// Names a new lesson the way its course already names lessons: <c>W062AWSElasticBeanstalk.md</c> (week × 10,
/// three digits, PascalCase), <c>W06Scripting.md</c>, <c>w04professionalskillsp1.md</c> or <c>w08-lab1-rds.md</c>.
/// </summary>
public static partial class LessonFileName
{
    public enum Style
    {
        PascalTens,
        PascalWeek,
        LowerSquashed,
        Kebab,
    }

    public static Style Detect(IEnumerable<string> existingNames)
    {
        var styles = existingNames.Select(Classify).OfType<Style>().ToList();
        return styles.Count == 0
            ? Style.PascalTens
            : styles.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    public static string For(Style style, int week, string title) => style switch
    {
        Style.PascalWeek => $"W{week:00}{Pascal(title)}.md",
        Style.LowerSquashed => $"w{week:00}{string.Concat(Words(title)).ToLowerInvariant()}.md",
        Style.Kebab => $"w{week:00}-{string.Join('-', Words(title)).ToLowerInvariant()}.md",
        _ => $"W{week * 10:000}{Pascal(title)}.md",
    };

    private static Style? Classify(string name) => name switch
    {
        _ when PascalTensPattern().IsMatch(name) => Style.PascalTens,
        _ when PascalWeekPattern().IsMatch(name) => Style.PascalWeek,
        _ when KebabPattern().IsMatch(name) => Style.Kebab,
        _ when LowerPattern().IsMatch(name) => Style.LowerSquashed,
        _ => null,
    };

    private static string Pascal(string title) =>
        string.Concat(Words(title).Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));

    private static IEnumerable<string> Words(string title)
    {
        var ascii = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            ascii.Append(char.IsAsciiLetterOrDigit(c) ? c : ' ');
        }

        return ascii.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex(@"^W\d{3}[A-Z]")]
    private static partial Regex PascalTensPattern();

    [GeneratedRegex(@"^W\d{2}[A-Z]")]
    private static partial Regex PascalWeekPattern();

    [GeneratedRegex(@"^w\d{2}-")]
    private static partial Regex KebabPattern();

    [GeneratedRegex(@"^w\d{2}[a-z0-9]+\.md$")]
    private static partial Regex LowerPattern();
}
