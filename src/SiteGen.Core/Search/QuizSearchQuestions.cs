using System.Collections;
using SiteGen.Core.Documents;

namespace SiteGen.Core.Search;

/// <summary>
/// Reads a page's quiz questions from its <see cref="SearchKeys.Quizzes"/> metadata. Items already
/// <see cref="SearchQuestion"/>s are taken as they are; others go through the mapping the pipeline was given
/// (quiz recognition's <c>QuizQuestion</c> → <see cref="SearchQuestion"/>). No metadata, no questions.
/// </summary>
public static class QuizSearchQuestions
{
    public static IReadOnlyList<SearchQuestion> Of(Document page, Func<object, SearchQuestion?>? map)
    {
        if (!page.Metadata.TryGetValue(SearchKeys.Quizzes, out var value) || value is not IEnumerable items)
        {
            return [];
        }

        var questions = new List<SearchQuestion>();
        foreach (var item in items)
        {
            if ((item as SearchQuestion ?? map?.Invoke(item)) is { } question)
            {
                questions.Add(question);
            }
        }

        return questions;
    }
}
