using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Core.Search;

namespace SiteGen.Browser.Tests.Search;

/// <summary>
/// Stands in for quiz recognition in the tests: gives a page the questions search should find, under the
/// <see cref="SearchKeys.Quizzes"/> metadata quiz recognition fills.
/// </summary>
public sealed class AddQuizQuestions(string sourcePath, IReadOnlyList<SearchQuestion> questions) : DocumentStage
{
    protected override Document Process(Document document, BuildContext context) =>
        document.SourcePath == sourcePath ? document.With(SearchKeys.Quizzes, questions) : document;
}
