using System.Diagnostics.CodeAnalysis;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Documents;
using SiteGen.Core.Navigation;
using SiteGen.Core.Pipelines;

namespace SiteGen.Core.Templating;

/// <summary>Renders a page through a theme layout; a template error becomes a diagnostic naming the theme file.</summary>
public sealed class LayoutRenderer(Theme theme, SiteModel site, SiteNavigation? navigation)
{
    /// <summary>
    /// Lays <paramref name="page"/> out through <paramref name="layout"/> as <paramref name="document"/>'s content, in
    /// UTF-8 (see <see cref="BuildContext.Finish"/>: a build writes it at once). After a template error, which it
    /// reports naming the theme file, null.
    /// </summary>
    public Document? Render(Document document, string layout, PageModel page, BuildContext context, Action<ScriptObject>? extend = null)
    {
        try
        {
            return TemplateContexts.Render(theme, Globals(page, extend),
                template => RenderBuffer.RenderUtf8(theme.Layout(layout), template, html => context.Finish(document, html)));
        }
        catch (ScriptRuntimeException e)
        {
            context.Diagnostics.Error(e.Span.FileName ?? layout, e.Span.Start.Line + 1, e.Span.Start.Column + 1,
                DiagnosticCodes.TemplateError, e.OriginalMessage);
            return null;
        }
        catch (InvalidOperationException e)
        {
            context.Diagnostics.Error(layout, 0, 0, DiagnosticCodes.TemplateError, e.Message);
            return null;
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Scriban reflects over the delegate's own method, which the delegate keeps; SiteGen's assemblies are not trimmed (TrimMode partial).")]
    private ScriptObject Globals(PageModel page, Action<ScriptObject>? extend)
    {
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = page,
            ["nav"] = navigation,
        };
        globals.Import("url", new Func<string, string>(path => page.Root + path));
        globals.Import("asset", new Func<string, string>(path => page.Root + AssetPath(path)));
        globals.Import("asset_path", new Func<string, string>(AssetPath));
        extend?.Invoke(globals);
        return globals;
    }

    /// <summary>The fingerprinted path of a theme asset from the site root.</summary>
    private string AssetPath(string path) => theme.AssetUrls.TryGetValue(path, out var published) ? published : "assets/" + path;
}
