using System.Text.RegularExpressions;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// The languages code is highlighted in, each one expression compiled by the regex source generator (so nothing is
/// built at run time), and the fence names that reach them. Every construct that can run on (a string, a comment, a
/// tag) also matches unclosed, to the end of its line or the text: an expression that always succeeds never
/// backtracks, so highlighting stays linear in the code's length even on broken samples. A last <c>\w+</c> steps over
/// words that are nothing special, so a keyword is only ever found at the start of a word.
/// </summary>
public static partial class CodeLanguages
{
    private const RegexOptions Options =
        RegexOptions.Multiline | RegexOptions.ExplicitCapture | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant;

    /// <summary>A regex running longer than this on one block is given up; the block is shown plain.</summary>
    private const int TimeoutMilliseconds = 2000;

    private const string Python = """
        (?<comment>\#[^\n]*)
        | (?<string>(?:(?<!\w)(?i:[rbuf]{1,2}))?(?:"{3}(?:[^\\"]|\\[\s\S]|"(?!""))*(?:"{3}|\z)|'{3}(?:[^\\']|\\[\s\S]|'(?!''))*(?:'{3}|\z)))
        | (?<string>(?:(?<!\w)(?i:[rbuf]{1,2}))?(?:"(?:[^"\\\n]|(?<escape>\\.))*"?|'(?:[^'\\\n]|(?<escape>\\.))*'?))
        | (?<keyword>\b(?:and|as|assert|async|await|break|class|continue|def|del|elif|else|except|finally|for|from|global|if|import|in|is|lambda|nonlocal|not|or|pass|raise|return|try|while|with|yield)\b)
        | (?<literal>\b(?:True|False|None|self|cls)\b)
        | (?<function>@[A-Za-z_][\w.]*)
        | (?<=\bdef\s+)(?<function>[A-Za-z_]\w*)
        | (?<=\bclass\s+)(?<type>[A-Za-z_]\w*)
        | (?<function>\b[A-Za-z_]\w*(?=\())
        | (?<number>\b(?:0[xXoObB][\da-fA-F_]+|\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?\d+)?j?)|(?<!\w)\.\d+)
        | \w+
        """;

    private const string Json = """
        (?<property>"(?:[^"\\\n]|(?<escape>\\.))*"(?=\s*:))
        | (?<string>"(?:[^"\\\n]|(?<escape>\\.))*"?)
        | (?<number>-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)
        | (?<literal>\b(?:true|false|null)\b)
        | (?<comment>//[^\n]*|/\*(?:[^*]|\*(?!/))*(?:\*/|\z))
        | \w+
        """;

    /// <summary>Words run together with dots, slashes and dashes in commands: <c>--source</c> holds no keyword.</summary>
    private const string ShellWord = @"(?<![\w./-])";

    private const string ShellEnd = @"(?![\w./-])";

    private const string ShellVariable = @"\$(?:\{[^}\n]*\}?|[A-Za-z_]\w*|[0-9@\#?$!*-])";

    private const string Shell = """
        (?<comment>(?<![^\s;|&(])\#[^\n]*)
        | (?<string><<-?\x20*(?<quote>['"]?)(?<end>[A-Za-z_]\w*)\k<quote>[^\n]*\n(?:[^\n]*\n)*?[\t\x20]*\k<end>$)
        | (?<string>\$?'[^']*'?)
        | (?<string>"(?:[^"\\$`]|\\[\s\S]|(?<variable>
        """ + ShellVariable + """
        )|\$|`[^`]*`?)*"?)
        | (?<variable>
        """ + ShellVariable + """
        )
        |
        """ + ShellWord + """
        (?<keyword>(?:if|then|else|elif|fi|for|while|until|do|done|case|esac|in|function|select|return|exit|break|continue|local|export|readonly|declare|unset|alias|time)
        """ + ShellEnd + """
        )
        |
        """ + ShellWord + """
        (?<function>(?:echo|cd|pwd|printf|read|set|eval|exec|source|test|trap|wait|kill|shift|type|ulimit|umask|history|jobs|let)
        """ + ShellEnd + """
        )
        | (?<operator>&&|\|\||;;|[|&;]|[<>]{1,2}&?)
        | [\w./-]+
        """;

    private const string Yaml = """
        (?<comment>(?<!\S)\#[^\n]*)
        | (?<=^[\t\x20]*(?:-[\t\x20]+)*)(?<property>(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\s\#'"?:,\[\]{}|>&*!%@`-]|-[^\s:\#])(?:[^\n:\#]|:(?=[^\s]))*?(?=[\t\x20]*:(?:\s|$)))
        | (?<string>"(?:[^"\\]|(?<escape>\\[\s\S]))*"?)
        | (?<string>'(?:[^']|'')*'?)
        | (?<=(?:^|:|-|\[|,)[\t\x20]*)(?<literal>(?:true|false|yes|no|null|on|off|True|False|TRUE|FALSE|Yes|No|Null|NULL|~)(?=[\t\x20]*(?:\#|,|\]|$)))
        | (?<=(?:^|:|-|\[|,)[\t\x20]*)(?<number>[-+]?(?:\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?|0x[\da-fA-F]+|\.inf|\.nan)(?=[\t\x20]*(?:\#|,|\]|$)))
        | (?<variable>[&*][A-Za-z_][\w-]*)
        | (?<type>!!?[\w/.-]+)
        | (?<operator>^(?:---|\.\.\.)(?=\s|$)|(?<=:[\t\x20]*)[|>][-+]?\d*(?=[\t\x20]*$))
        | [\w-]+
        """;

    private const string Sql = """
        (?<comment>--[^\n]*|/\*(?:[^*]|\*(?!/))*(?:\*/|\z))
        | (?<string>'(?:[^'\\]|''|(?<escape>\\.))*'?|"(?:[^"]|"")*"?|`[^`\n]*`?)
        | (?<number>\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)
        | (?<literal>(?i:\b(?:null|true|false)\b))
        | (?<type>(?i:\b(?:int|integer|bigint|smallint|tinyint|serial|bigserial|varchar|nvarchar|char|nchar|text|date|datetime|timestamp|timestamptz|time|interval|decimal|numeric|float|double|real|boolean|bool|blob|bytea|json|jsonb|uuid)\b))
        | (?<keyword>(?i:\b(?:select|from|where|insert|into|values|update|set|delete|create|table|drop|alter|add|column|index|primary|key|foreign|references|join|inner|left|right|outer|full|cross|on|using|as|and|or|not|is|in|exists|between|like|ilike|order|by|group|having|limit|offset|distinct|union|all|any|case|when|then|else|end|default|unique|check|constraint|view|database|schema|use|grant|revoke|begin|commit|rollback|transaction|if|asc|desc|returning|with|recursive|cascade|auto_increment|identity|truncate|show|describe|explain|procedure|function|trigger|declare|exec|execute|top|fetch|next|rows|only|over|partition|window|lateral|natural|except|intersect|replace|temporary|temp|sequence|owner|to|for|each|row|do|nothing|conflict)\b))
        | (?<function>\b[A-Za-z_]\w*(?=\())
        | (?<operator>[-+*/%=<>!|]+)
        | \w+
        """;

    private const string JavaScriptKey = @"(?:[A-Za-z_$][\w$]*|""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)*')";

    private const string JavaScript = """
        (?<comment>//[^\n]*|/\*(?:[^*]|\*(?!/))*(?:\*/|\z))
        | (?<=[{,]\s*)(?<property>
        """ + JavaScriptKey + """
        (?=\s*:))
        | (?<string>"(?:[^"\\\n]|(?<escape>\\.))*"?|'(?:[^'\\\n]|(?<escape>\\.))*'?)
        | (?<string>`(?:[^`\\$]|(?<escape>\\[\s\S])|\$(?!\{)|(?<plain>\$\{[^}]*\}?))*`?)
        | (?<=(?:^|[=(,:;!&|?{}\[+*%<>~^-]|\breturn|\btypeof)\s*)(?<regexp>/(?![*/])(?:[^/\\\n\[]|\\.|\[(?:[^\]\\\n]|\\.)*\]?)+/[dgimsuy]*)
        | (?<![.$])(?<keyword>\b(?:break|case|catch|class|const|continue|debugger|default|delete|do|else|export|extends|finally|for|function|if|import|in|instanceof|let|new|return|super|switch|throw|try|typeof|var|void|while|with|yield|async|await|of|from|as|static|interface|enum|implements|public|private|protected|readonly|abstract|declare|namespace|keyof)\b(?![$]))
        | (?<![.$])(?<literal>\b(?:true|false|null|undefined|this|NaN|Infinity)\b(?![$]))
        | (?<number>\b(?:0[xXoObB][\da-fA-F_]+n?|\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?\d+)?n?)\b|(?<![\w$])\.\d+\b)
        | (?<=</|(?:^|[\s(={}?:,>&|\[]|\breturn)<)(?<tag>[A-Za-z][\w.-]*)
        | (?<=\s)(?<attr>[A-Za-z_][\w-]*)(?==[{"'])
        | (?<=\b(?:class|extends|new|implements|interface|instanceof)\s+)(?<type>[A-Za-z_$][\w$]*)
        | (?<![\w$])(?<function>[A-Za-z_$][\w$]*)(?=\s*\()
        | (?<keyword>=>)
        | (?<operator>===?|!==?|[-+*/%]=?|&&|\|\||\?\?|[<>]=)
        | [\w$]+
        """;

    private const string Attributes = """
        (?:\s+(?<attr>[^\s"'>/=]+)(?:\s*=\s*(?<string>"[^"]*"?|'[^']*'?|[^\s"'=<>`]+))?)*\s*/?>?
        """;

    private const string Markup = """
        (?<comment><!--(?:[^-]|-(?!->))*(?:-->|\z))
        | (?<keyword><!(?i:doctype)[^>]*>?)
        | (?<keyword><\?(?:[^?]|\?(?!>))*(?:\?>|\z))
        | (?<string><!\[CDATA\[(?:[^\]]|\](?!\]>))*(?:\]\]>|\z))
        | <(?<tag>(?i:script))(?![\w:.-])
        """ + Attributes + """
        (?<in_javascript>(?:[^<]|<(?!/(?i:script)\s*>))*)
        | <(?<tag>(?i:style))(?![\w:.-])
        """ + Attributes + """
        (?<in_css>(?:[^<]|<(?!/(?i:style)\s*>))*)
        | </?(?<tag>[A-Za-z][\w:.-]*)
        """ + Attributes + """
        | (?<escape>&(?:[A-Za-z][A-Za-z0-9]*|\#\d+|\#[xX][\da-fA-F]+);)
        """;

    private const string Template = """
        (?<comment>\{\#(?:[^\#]|\#(?!\}))*(?:\#\}|\z))
        | (?<operator>\{%-?)\s*(?<keyword>\w+)?(?:[^%"'\n]|%(?!\})|(?<string>"[^"\n]*"?|'[^'\n]*'?))*(?<operator>-?%\})?
        | (?<variable>\{\{(?:[^}\n]|\}(?!\}))*(?:\}\})?)
        |
        """ + Markup;

    private const string Css = """
        (?<comment>/\*(?:[^*]|\*(?!/))*(?:\*/|\z))
        | (?<string>"(?:[^"\\\n]|(?<escape>\\.))*"?|'(?:[^'\\\n]|(?<escape>\\.))*'?)
        | (?<keyword>@[\w-]+|!important\b)
        | (?<=[{;]\s*)(?<property>-{0,2}[A-Za-z][\w-]*)(?=\s*:)
        | (?<![\w-])(?<attr>[.\#][A-Za-z_-][\w-]*)(?=[^;{}]*\{)
        | (?<![\w.\#:(-])(?<tag>[A-Za-z][\w-]*)(?=[^;{}]*\{)
        | (?<number>\#[\da-fA-F]{3,8}\b|(?<![\w-])-?(?:\d+\.?\d*|\.\d+)(?:%|[A-Za-z]+)?)
        | (?<function>[\w-]+(?=\())
        | [\w-]+
        """;

    private const string Diff = """
        ^(?<inserted>\+[^\n]*)
        | ^(?<deleted>-[^\n]*)
        | ^(?<keyword>@@[^\n]*)
        """;

    [GeneratedRegex(Python, Options, TimeoutMilliseconds)]
    private static partial Regex PythonPattern();

    [GeneratedRegex(Json, Options, TimeoutMilliseconds)]
    private static partial Regex JsonPattern();

    [GeneratedRegex(Shell, Options, TimeoutMilliseconds)]
    private static partial Regex ShellPattern();

    [GeneratedRegex(Yaml, Options, TimeoutMilliseconds)]
    private static partial Regex YamlPattern();

    [GeneratedRegex(Sql, Options, TimeoutMilliseconds)]
    private static partial Regex SqlPattern();

    [GeneratedRegex(JavaScript, Options, TimeoutMilliseconds)]
    private static partial Regex JavaScriptPattern();

    [GeneratedRegex(Markup, Options, TimeoutMilliseconds)]
    private static partial Regex MarkupPattern();

    [GeneratedRegex(Template, Options, TimeoutMilliseconds)]
    private static partial Regex TemplatePattern();

    [GeneratedRegex(Css, Options, TimeoutMilliseconds)]
    private static partial Regex CssPattern();

    [GeneratedRegex(Diff, Options, TimeoutMilliseconds)]
    private static partial Regex DiffPattern();

    /// <summary>
    /// Each language with the fence names (compared ignoring case) that ask for it; the first is the name an
    /// <c>in_…</c> group hands text to.
    /// </summary>
    private static readonly (CodeLanguage Language, string[] Names)[] All =
    [
        (new(PythonPattern()), ["python", "py", "python3", "py3", "gyp"]),
        (new(JsonPattern()), ["json", "jsonc", "json5", "geojson", "webmanifest"]),
        (new(ShellPattern()), ["shell", "bash", "sh", "zsh", "ksh", "console", "shell-session", "shellscript", "terminal"]),
        (new(YamlPattern()), ["yaml", "yml"]),
        (new(SqlPattern()), ["sql", "mysql", "psql", "postgres", "postgresql", "plsql", "tsql", "sqlite"]),
        (new(JavaScriptPattern()), ["javascript", "js", "jsx", "mjs", "cjs", "node", "typescript", "ts", "tsx", "mts"]),
        (new(MarkupPattern()), ["html", "htm", "xhtml", "xml", "svg", "xsl", "xslt", "xsd", "plist", "rss", "atom", "vue"]),
        (new(TemplatePattern()), ["django", "jinja", "jinja2", "j2", "htmldjango", "liquid", "twig", "njk", "nunjucks"]),
        (new(CssPattern()), ["css", "scss", "less"]),
        (new(DiffPattern()), ["diff", "patch"]),
    ];

    private static readonly Dictionary<string, CodeLanguage> ByName = All
        .SelectMany(entry => entry.Names.Select(name => (name, entry.Language)))
        .ToDictionary(pair => pair.name, pair => pair.Language, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every fence name that is highlighted, in a stable order.</summary>
    public static IEnumerable<string> Names => All.SelectMany(entry => entry.Names);

    /// <summary>The language a fence name asks for (ignoring case); null if none.</summary>
    public static CodeLanguage? Find(string name) => ByName.GetValueOrDefault(name);
}
