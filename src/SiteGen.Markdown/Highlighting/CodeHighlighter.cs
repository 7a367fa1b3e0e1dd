using System.Net;
using System.Text;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// Highlights code at build time with TextMate grammars (the ones VS Code uses, through TextMateSharp): each token
/// becomes a <c>span</c> whose class names what it is (<see cref="ScopeClasses"/>), so the theme's CSS colours it.
/// Grammars load on first use and are shared. One lock guards loading and tokenising: a grammar compiles its rules
/// lazily, and an HTML grammar looks up the script and style grammars it embeds in the registry while another
/// language may be loading into it, so neither is safe from two threads at once. Pages go on rendering in parallel;
/// only their code waits its turn.
/// </summary>
public sealed class CodeHighlighter
{
    /// <summary>Lines longer than this are written plain, as editors do: TextMate regexes grow slow on them.</summary>
    public const int MaxLineLength = 1000;

    /// <summary>Fence names the notes use that no grammar lists among its names, aliases or file extensions.</summary>
    private static readonly Dictionary<string, string> ExtraAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["django"] = "html",
        ["jinja"] = "html",
        ["shell"] = "shellscript",
        ["console"] = "shellscript",
        ["shell-session"] = "shellscript",
    };

    /// <summary>
    /// Names that go to another language's grammar than their own: VS Code's JavaScript grammar is derived from
    /// TypeScriptReact's and reads JSX already, so a JSX block need not load (and compile) a second grammar.
    /// </summary>
    private static readonly Dictionary<string, string> SharedGrammars = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jsx"] = "javascript",
    };

    private static readonly Lazy<CodeHighlighter> SharedInstance = new(() => new CodeHighlighter());

    private readonly RegistryOptions _options = new(ThemeName.LightPlus);
    private readonly Lazy<Registry> _registry;
    private readonly Dictionary<string, string> _scopes;
    private readonly Dictionary<string, IGrammar?> _grammars = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private CodeHighlighter()
    {
        _registry = new Lazy<Registry>(() => new Registry(_options));
        _scopes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in _options.GetAvailableLanguages())
        {
            if (_options.GetScopeByLanguageId(language.Id) is not { Length: > 0 } scope)
            {
                continue;
            }

            foreach (var name in (language.Aliases ?? []).Prepend(language.Id).Concat((language.Extensions ?? []).Select(e => e.TrimStart('.'))))
            {
                _scopes.TryAdd(name, scope);
            }
        }

        foreach (var (alias, language) in ExtraAliases)
        {
            if (_scopes.TryGetValue(language, out var scope))
            {
                _scopes.TryAdd(alias, scope);
            }
        }

        foreach (var (alias, language) in SharedGrammars)
        {
            if (_scopes.TryGetValue(language, out var scope))
            {
                _scopes[alias] = scope;
            }
        }
    }

    /// <summary>One highlighter for the process: grammars are costly to load and never change.</summary>
    public static CodeHighlighter Shared => SharedInstance.Value;

    /// <summary>Whether a fence's language (its info string's first word) has a grammar.</summary>
    public bool Knows(string language) => _scopes.ContainsKey(language);

    /// <summary>
    /// The HTML of <paramref name="lines"/> highlighted as <paramref name="language"/>: escaped text in spans, one
    /// line per input line joined by <c>\n</c>; null when the language has no grammar.
    /// </summary>
    public string? Highlight(string language, IReadOnlyList<string> lines)
    {
        if (!_scopes.TryGetValue(language, out var scope))
        {
            return null;
        }

        var html = new StringBuilder();
        lock (_gate)
        {
            if (Grammar(scope) is not { } grammar)
            {
                return null;
            }

            IStateStack? state = null;
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    html.Append('\n');
                }

                state = WriteLine(grammar, lines[i], state, html);
            }
        }

        return html.ToString();
    }

    /// <summary>The grammar of a scope, loaded on first use; called under the lock.</summary>
    private IGrammar? Grammar(string scope)
    {
        if (!_grammars.TryGetValue(scope, out var grammar))
        {
            grammar = _registry.Value.LoadGrammar(scope);
            _grammars[scope] = grammar;
        }

        return grammar;
    }

    private static IStateStack? WriteLine(IGrammar grammar, string line, IStateStack? state, StringBuilder html)
    {
        if (line.Length > MaxLineLength)
        {
            html.Append(WebUtility.HtmlEncode(line));
            return state;
        }

        var result = grammar.TokenizeLine(line, state, TimeSpan.FromSeconds(5));
        string? open = null;
        foreach (var token in result.Tokens)
        {
            var start = Math.Min(token.StartIndex, line.Length);
            var end = Math.Min(token.EndIndex, line.Length);
            if (end <= start)
            {
                continue;
            }

            var css = ScopeClasses.For(token.Scopes);
            if (css != open)
            {
                if (open is not null)
                {
                    html.Append("</span>");
                }

                if (css is not null)
                {
                    html.Append("<span class=\"").Append(css).Append("\">");
                }

                open = css;
            }

            html.Append(WebUtility.HtmlEncode(line[start..end]));
        }

        var last = result.Tokens.Length == 0 ? 0 : Math.Min(result.Tokens[^1].EndIndex, line.Length);
        if (open is not null)
        {
            html.Append("</span>");
        }

        if (last < line.Length)
        {
            html.Append(WebUtility.HtmlEncode(line[last..]));
        }

        return result.RuleStack;
    }
}
