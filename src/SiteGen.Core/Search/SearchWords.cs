namespace SiteGen.Core.Search;

/// <summary>
/// Splits text into the words search indexes: runs of letters and digits, lower-cased, two characters or more.
/// The browser tokenises queries the same way (MiniSearch splits on spaces and punctuation) and stems both sides.
/// </summary>
public static class SearchWords
{
    public static IEnumerable<string> Of(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (i - start >= 2)
                {
                    yield return text[start..i].ToLowerInvariant();
                }

                start = -1;
            }
        }
    }
}
