using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Markdown.Jekyll;

namespace SiteGen.Core.Stages;

/// <summary>
/// Removes Jekyll's <c>{% raw %}</c> and <c>{% endraw %}</c> from a note before it is parsed, as Jekyll does on
/// GitHub Pages, keeping every line where it was; the lines that held only a tag ride along under
/// <see cref="DocumentKeys.LiquidTagLines"/> for <see cref="ParseMarkdown"/>, which drops them from code.
/// </summary>
public sealed class RemoveLiquidRaw : DocumentStage
{
    protected override Document Process(Document document, BuildContext context)
    {
        var tagLines = new List<int>();
        var text = LiquidRaw.Remove(document.Content, tagLines);
        return ReferenceEquals(text, document.Content) ? document : document.WithContent(text).With(DocumentKeys.LiquidTagLines, tagLines);
    }
}
