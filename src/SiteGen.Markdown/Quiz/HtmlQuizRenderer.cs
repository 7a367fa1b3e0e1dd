using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markdown.Quiz;

/// <summary>
/// Renders a <see cref="QuizBlock"/>: through <see cref="QuizOptions.RenderQuiz"/> when the site provides it, else as
/// accessible fallback markup that works without JavaScript and hides the answer in a closed &lt;details&gt;.
/// </summary>
public sealed class HtmlQuizRenderer(QuizOptions options) : HtmlObjectRenderer<QuizBlock>
{
    protected override void Write(HtmlRenderer renderer, QuizBlock obj)
    {
        var model = new QuizBlockModel(obj.Section, [.. obj.Questions.Select(q => q.Question with { ExplanationHtml = Explanation(renderer, q) })]);
        if (options.RenderQuiz is { } render)
        {
            renderer.EnsureLine().Write(render(model)).EnsureLine();
            return;
        }

        renderer.EnsureLine().Write("<section class=\"quiz\"");
        if (model.Section is { } section)
        {
            renderer.Write(" data-quiz-section=\"").WriteEscape(section).Write('"');
        }

        renderer.WriteLine(">");
        foreach (var question in model.Questions)
        {
            WriteQuestion(renderer, question);
        }

        renderer.WriteLine("</section>");
    }

    /// <summary>The explanation blocks rendered by the page's own renderer, so all its extensions apply.</summary>
    private static string Explanation(HtmlRenderer renderer, QuizQuestionBlock question)
    {
        var page = renderer.Writer;
        using var writer = new StringWriter();
        renderer.Writer = writer;
        try
        {
            renderer.WriteChildren(question);
        }
        finally
        {
            renderer.Writer = page;
        }

        return writer.ToString().Trim();
    }

    private static void WriteQuestion(HtmlRenderer renderer, QuizQuestion question)
    {
        renderer.Write("<fieldset class=\"quiz-question\" data-question-id=\"").WriteEscape(question.Id)
            .Write("\" data-kind=\"").Write(KindName(question.Kind))
            .Write("\" data-multi=\"").Write(question.MultiSelect ? "true" : "false").WriteLine("\">");
        renderer.Write("<legend>").Write(question.StemHtml).WriteLine("</legend>");
        if (question.StemBodyHtml.Length > 0)
        {
            renderer.Write("<div class=\"quiz-stem\">").Write(question.StemBodyHtml).WriteLine("</div>");
        }

        if (question.Kind == QuizKind.Choice || question.Options.Any(o => !o.Correct))
        {
            WriteChoices(renderer, question);
        }

        renderer.WriteLine("<details class=\"quiz-answer\"><summary>Show answer</summary>");
        var correct = question.Options.Where(o => o.Correct).ToList();
        if (correct.Count > 0)
        {
            renderer.WriteLine("<ul class=\"quiz-correct\">");
            foreach (var option in correct)
            {
                renderer.Write("<li>").Write(option.Html).WriteLine("</li>");
            }

            renderer.WriteLine("</ul>");
        }

        if (question.ExplanationHtml.Length > 0)
        {
            renderer.Write("<div class=\"quiz-explanation\">").Write(question.ExplanationHtml).WriteLine("</div>");
        }

        renderer.WriteLine("</details>");
        renderer.WriteLine("</fieldset>");
    }

    /// <summary>The options in source order, correct first as the notes list them; nothing marks which is right.</summary>
    private static void WriteChoices(HtmlRenderer renderer, QuizQuestion question)
    {
        var type = question.MultiSelect ? "checkbox" : "radio";
        renderer.WriteLine("<ul class=\"quiz-options\">");
        for (var i = 0; i < question.Options.Count; i++)
        {
            renderer.Write("<li><label><input type=\"").Write(type).Write("\" name=\"q-").WriteEscape(question.Id)
                .Write("\" value=\"").Write(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("\"> ")
                .Write(question.Options[i].Html).WriteLine("</label></li>");
        }

        renderer.WriteLine("</ul>");
    }

    private static string KindName(QuizKind kind) => kind switch
    {
        QuizKind.Choice => "choice",
        QuizKind.AnswerKey => "answer-key",
        _ => "bullet",
    };
}
