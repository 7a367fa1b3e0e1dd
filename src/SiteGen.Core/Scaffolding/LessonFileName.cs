using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Core.Scaffolding;

/// <summary>
/// Names a new lesson the way its course already names lessons: <c>W062AWSElasticBeanstalk.md</c> (week × 10,
/// three digits, PascalCase), <c>W06Scripting.md</c>, <c>w04professionalskillsp1.md</c> or <c>w08-lab1-rds.md</c>.
/// The title's accented Latin letters are written without their accents (<c>Café</c> gives <c>Cafe</c>, as FormD
/// decomposition without the marks would), a few
/// letters by their usual spelling (<c>ß</c> as <c>ss</c>); letters with no ASCII form (Cyrillic, Greek, CJK) are
/// kept as they are, so every title that has a letter or digit gives a readable name. Punctuation separates words.
/// The name before <c>.md</c> is at most <see cref="MaxLength"/> characters and <see cref="MaxBytes"/> UTF-8 bytes,
/// cut after a whole word.
/// </summary>
public static partial class LessonFileName
{
    public const int MaxLength = 80;

    public const int MaxBytes = 160;

    private static readonly Dictionary<char, string> Spelled = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['Æ'] = "AE", ['œ'] = "oe", ['Œ'] = "OE", ['ø'] = "o", ['Ø'] = "O", ['ł'] = "l",
        ['Ł'] = "L", ['đ'] = "d", ['Đ'] = "D", ['ð'] = "d", ['Ð'] = "D", ['þ'] = "th", ['Þ'] = "Th", ['ı'] = "i",
    };

    /// <summary>
    /// The base letter of each accented Latin letter from U+00C0 to U+024F, '.' where there is none: what Unicode
    /// decomposition (FormD) and dropping the marks gives, as a table, since the build runs with invariant
    /// globalisation and <see cref="string.Normalize()"/> leaves non-ASCII text as it is there.
    /// </summary>
    private const string LatinBases =
        "AAAAAA.CEEEEIIII.NOOOOO..UUUUY..aaaaaa.ceeeeiiii.nooooo..uuuuy.yAaAaAaCcCcCcCcDd" +
        "..EeEeEeEeEeGgGgGgGgHh..IiIiIiIiI...JjKk.LlLlLl....NnNnNn...OoOoOo..RrRrRrSsSsSs" +
        "SsTtTt..UuUuUuUuUuUuWwYyYZzZzZz.................................Oo.............U" +
        "u............................AaIiOoUuUuUuUuUu.AaAa....GgKkOoOo..j...Gg..NnAa...." +
        "AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh......AaEeOoOoOoOoYy............................";

    /// <summary>The same for Latin Extended Additional, U+1E00 to U+1EFF (Vietnamese and others).</summary>
    private const string LatinAdditionalBases =
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOo" +
        "OoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy......" +
        "AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUu" +
        "UuYyYyYyYy......";

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

    /// <summary>True when the title has a letter or digit to name the file by.</summary>
    public static bool CanName(string title) => Words(title).Any();

    public static string For(Style style, int week, string title) => style switch
    {
        Style.PascalWeek => Name($"W{week:00}", "", Words(title).Select(Capitalise)),
        Style.LowerSquashed => Name($"w{week:00}", "", Words(title).Select(w => w.ToLowerInvariant())),
        Style.Kebab => Name($"w{week:00}", "-", Words(title).Select(w => w.ToLowerInvariant())),
        _ => Name($"W{week * 10:000}", "", Words(title).Select(Capitalise)),
    };

    /// <summary>The prefix and as many whole words as fit; the first word cut to fit when it alone is too long.</summary>
    private static string Name(string prefix, string separator, IEnumerable<string> words)
    {
        var name = new StringBuilder(prefix);
        foreach (var word in words)
        {
            var next = name.ToString() + separator + word;
            if (Fits(next))
            {
                name.Append(separator).Append(word);
                continue;
            }

            if (name.Length == prefix.Length)
            {
                name.Append(separator);
                foreach (var rune in word.EnumerateRunes())
                {
                    if (!Fits(name + rune.ToString()))
                    {
                        break;
                    }

                    name.Append(rune.ToString());
                }
            }

            break;
        }

        return name + ".md";
    }

    private static bool Fits(string stem) => stem.Length <= MaxLength && Encoding.UTF8.GetByteCount(stem) <= MaxBytes;

    private static string Capitalise(string word) =>
        word.Length == 0 ? word : char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];

    private static Style? Classify(string name) => name switch
    {
        _ when PascalTensPattern().IsMatch(name) => Style.PascalTens,
        _ when PascalWeekPattern().IsMatch(name) => Style.PascalWeek,
        _ when KebabPattern().IsMatch(name) => Style.Kebab,
        _ when LowerPattern().IsMatch(name) => Style.LowerSquashed,
        _ => null,
    };

    /// <summary>The title's words in file-name letters (see the class summary).</summary>
    private static IEnumerable<string> Words(string title)
    {
        var text = new StringBuilder();
        foreach (var rune in title.EnumerateRunes())
        {
            text.Append(Transliterate(rune) ?? " ");
        }

        return text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The letter or digit in ASCII when it has an ASCII form, as it is when it has none; null for anything else.</summary>
    private static string? Transliterate(Rune rune)
    {
        if (rune.IsAscii)
        {
            return char.IsAsciiLetterOrDigit((char)rune.Value) ? rune.ToString() : null;
        }

        if (rune.IsBmp && Spelled.TryGetValue((char)rune.Value, out var spelled))
        {
            return spelled;
        }

        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
        {
            return ""; // an accent typed apart from its letter (decomposed text): dropped, the word goes on
        }

        var bare = rune.Value switch
        {
            >= 0xC0 and < 0x250 => LatinBases[rune.Value - 0xC0],
            >= 0x1E00 and < 0x1F00 => LatinAdditionalBases[rune.Value - 0x1E00],
            _ => '.',
        };
        return bare != '.' ? bare.ToString() : Rune.IsLetterOrDigit(rune) ? rune.ToString() : null;
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
