using Markdig.Syntax;
using SiteGen.Core.Documents;
using SiteGen.Core.Pipelines;
using SiteGen.Markdown.Jekyll;

namespace SiteGen.Core.Stages;

/// <summary>Drops from code blocks the lines that held only a <c>{% raw %}</c> or <c>{% endraw %}</c> (<see cref="RemoveLiquidRaw"/>).</summary>
public sealed class DropLiquidTagLines : DocumentStage
{
    protected override Document Process(Document document, BuildContext context)
    {
        if (document.Find<List<int>>(DocumentKeys.LiquidTagLines) is { } tagLines)
        {
            LiquidRaw.DropTagLines(document.Get<MarkdownDocument>(DocumentKeys.Syntax), tagLines);
        }

        return document;
    }
}
