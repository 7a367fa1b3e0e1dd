using Markdig.Syntax;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Markdown.Quiz;

namespace SiteGen.Core.Quizzes;

/// <summary>
/// After parsing: reports the recogniser's findings with file and line, and keeps the page's questions under
/// <see cref="DocumentKeys.Quizzes"/> for the exports, the review pages and search.
/// </summary>
public sealed class CollectQuizzes : DocumentStage
{
    protected override Document Process(Document document, BuildContext context)
    {
        var syntax = document.Get<MarkdownDocument>(DocumentKeys.Syntax);
        foreach (var finding in QuizResults.GetDiagnostics(syntax))
        {
            if (finding.Severity == QuizSeverity.Error)
            {
                context.Error(document.SourcePath, finding.Line, finding.Column, finding.Code, finding.Message);
            }
            else
            {
                context.Warning(document.SourcePath, finding.Line, finding.Column, finding.Code, finding.Message, fix: finding.Fix);
            }
        }

        IReadOnlyList<QuizQuestion> questions = QuizResults.Get(syntax);
        return document.With(DocumentKeys.Quizzes, questions);
    }
}
