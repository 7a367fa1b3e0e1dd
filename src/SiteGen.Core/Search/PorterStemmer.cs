using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace SiteGen.Core.Search;

/// <summary>
/// The Porter stemmer, ported line for line from <c>stemmer</c> 2.0.1 (MIT, Titus Wormer), the one the browser runs
/// (themes/default/assets/vendor/stemmer.js): the build stems the index with this, the browser stems queries with
/// that, and the two must agree. tests/fixtures/search-stems.tsv holds words and their stems; a C# test and a browser
/// test check both against it.
/// </summary>
public static partial class PorterStemmer
{
    private static readonly Dictionary<string, string> Step2List = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize", ["bli"] = "ble",
        ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous", ["ization"] = "ize", ["ation"] = "ate",
        ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive", ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al",
        ["iviti"] = "ive", ["biliti"] = "ble", ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3List = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "", ["ness"] = "",
    };

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    // consonant = [^aeiou], vowel = [aeiouy], consonants = ([^aeiou][^aeiouy]*), vowels = ([aeiouy][aeiou]*)
    [GeneratedRegex("^([^aeiou][^aeiouy]*)?([aeiouy][aeiou]*)([^aeiou][^aeiouy]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Gt0();

    [GeneratedRegex("^([^aeiou][^aeiouy]*)?([aeiouy][aeiou]*)([^aeiou][^aeiouy]*)([aeiouy][aeiou]*)?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Eq1();

    [GeneratedRegex("^([^aeiou][^aeiouy]*)?(([aeiouy][aeiou]*)([^aeiou][^aeiouy]*)){2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Gt1();

    [GeneratedRegex("^([^aeiou][^aeiouy]*)?[aeiouy]", RegexOptions.CultureInvariant)]
    private static partial Regex VowelInStem();

    [GeneratedRegex("^([^aeiou][^aeiouy]*)[aeiouy][^aeiouwxy]\\z", RegexOptions.CultureInvariant)]
    private static partial Regex ConsonantLike();

    [GeneratedRegex("^(.+?)e\\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SfxE();

    [GeneratedRegex("^(.+?)y\\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SfxY();

    [GeneratedRegex("^(.+?(s|t))(ion)\\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SfxIon();

    [GeneratedRegex("^(.+?)(ed|ing)\\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SfxEdOrIng();

    [GeneratedRegex("(at|bl|iz)\\z", RegexOptions.CultureInvariant)]
    private static partial Regex SfxAtOrBlOrIz();

    [GeneratedRegex("^(.+?)eed\\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SfxEed();

    [GeneratedRegex("^.+?[^s]s\\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SfxS();

    [GeneratedRegex("^.+?(ss|i)es\\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SfxSsesOrIes();

    [GeneratedRegex("([^aeiouylsz])\\1\\z", RegexOptions.CultureInvariant)]
    private static partial Regex SfxMultiConsonantLike();

    [GeneratedRegex("^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Step2();

    [GeneratedRegex("^(.+?)(icate|ative|alize|iciti|ical|ful|ness)\\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Step3();

    [GeneratedRegex("^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\\z", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Step4();

    /// <summary>The stem of a lower-case word (as <see cref="SearchWords"/> gives them), remembered for the next call.</summary>
    public static string Stem(string word) => word.Length < 3 ? word : Cache.GetOrAdd(word, Compute);

    private static string Compute(string value)
    {
        var result = value.ToLowerInvariant();
        if (result.Length < 3)
        {
            return result;
        }

        var firstWasY = result[0] == 'y';
        if (firstWasY)
        {
            result = "Y" + result[1..];
        }

        // Step 1a.
        if (SfxSsesOrIes().IsMatch(result))
        {
            result = result[..^2];
        }
        else if (SfxS().IsMatch(result))
        {
            result = result[..^1];
        }

        // Step 1b.
        Match match;
        if ((match = SfxEed().Match(result)).Success)
        {
            if (Gt0().IsMatch(match.Groups[1].Value))
            {
                result = result[..^1];
            }
        }
        else if ((match = SfxEdOrIng().Match(result)).Success && VowelInStem().IsMatch(match.Groups[1].Value))
        {
            result = match.Groups[1].Value;
            if (SfxAtOrBlOrIz().IsMatch(result))
            {
                result += "e";
            }
            else if (SfxMultiConsonantLike().IsMatch(result))
            {
                result = result[..^1];
            }
            else if (ConsonantLike().IsMatch(result))
            {
                result += "e";
            }
        }

        // Step 1c.
        if ((match = SfxY().Match(result)).Success && VowelInStem().IsMatch(match.Groups[1].Value))
        {
            result = match.Groups[1].Value + "i";
        }

        // Step 2.
        if ((match = Step2().Match(result)).Success && Gt0().IsMatch(match.Groups[1].Value))
        {
            result = match.Groups[1].Value + Step2List[match.Groups[2].Value];
        }

        // Step 3.
        if ((match = Step3().Match(result)).Success && Gt0().IsMatch(match.Groups[1].Value))
        {
            result = match.Groups[1].Value + Step3List[match.Groups[2].Value];
        }

        // Step 4.
        if ((match = Step4().Match(result)).Success)
        {
            if (Gt1().IsMatch(match.Groups[1].Value))
            {
                result = match.Groups[1].Value;
            }
        }
        else if ((match = SfxIon().Match(result)).Success && Gt1().IsMatch(match.Groups[1].Value))
        {
            result = match.Groups[1].Value;
        }

        // Step 5.
        if ((match = SfxE().Match(result)).Success && (Gt1().IsMatch(match.Groups[1].Value) ||
            (Eq1().IsMatch(match.Groups[1].Value) && !ConsonantLike().IsMatch(match.Groups[1].Value))))
        {
            result = match.Groups[1].Value;
        }

        if (result.EndsWith("ll", StringComparison.Ordinal) && Gt1().IsMatch(result))
        {
            result = result[..^1];
        }

        return firstWasY ? "y" + result[1..] : result;
    }
}
