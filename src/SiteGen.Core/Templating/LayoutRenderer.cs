using System.Diagnostics.CodeAnalysis;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Navigation;

namespace SiteGen.Core.Templating;

/// <summary>Renders a page through a theme layout; a template error becomes a diagnostic naming the theme file.</summary>
public sealed class LayoutRenderer(Theme theme, SiteModel site, SiteNavigation? navigation)
{
    private readonly ThemeTemplateLoader _loader = new(theme);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Scriban reflects over the delegate's own method, which the delegate keeps; SiteGen's assemblies are not trimmed (TrimMode partial).")]
    public string? Render(string layout, PageModel page, DiagnosticBag diagnostics, Action<ScriptObject>? extend = null)
    {
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = page,
            ["nav"] = navigation,
        };
        globals.Import("url", new Func<string, string>(path => page.Root + path));
        globals.Import("asset", new Func<string, string>(path =>
            page.Root + (theme.AssetUrls.TryGetValue(path, out var published) ? published : "assets/" + path)));
        extend?.Invoke(globals);

        var context = TemplateContexts.Create(_loader);
        foreach (var (path, template) in theme.Templates)
        {
            context.CachedTemplates[path] = template;
        }

        context.PushGlobal(globals);
        try
        {
            return RenderBuffer.Render(theme.Layout(layout), context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(e.Span.FileName ?? layout, e.Span.Start.Line + 1, e.Span.Start.Column + 1,
                DiagnosticCodes.TemplateError, e.OriginalMessage);
            return null;
        }
        catch (InvalidOperationException e)
        {
            diagnostics.Error(layout, 0, 0, DiagnosticCodes.TemplateError, e.Message);
            return null;
        }
    }
}
