namespace SiteGen.Core.Search;

/// <summary>
/// A quiz question as search sees it, in plain text; it is found at <c>#q-&lt;Id&gt;</c> on its page.
/// Quiz recognition maps its questions to these (see <see cref="QuizSearchQuestions"/>); an explanation known only
/// as HTML goes through <see cref="Text.HtmlText.Of"/>.
/// </summary>
public sealed record SearchQuestion(string Id, string Stem, IReadOnlyList<string> Options, string Explanation)
{
    public string Anchor => "q-" + Id;

    /// <summary>Options then explanation, the words a question is found by besides its stem.</summary>
    public string Body => string.Join(' ', Options.Append(Explanation).Where(t => t.Length > 0));
}
