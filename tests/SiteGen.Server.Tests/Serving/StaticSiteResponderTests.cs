using System.Net;
using System.Net.Http.Headers;
using SiteGen.Server.Tests.TestSupport;

namespace SiteGen.Server.Tests.Serving;

public sealed class StaticSiteResponderTests : IAsyncLifetime
{
    private ServedSite _site = null!;
    private string _secret = null!;

    public async Task InitializeAsync()
    {
        _site = await ServedSite.Start();
        _secret = Path.Combine(Path.GetDirectoryName(_site.Server.Output)!, $"sitegen-secret-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(_secret, "TOP SECRET");
    }

    public async Task DisposeAsync()
    {
        File.Delete(_secret);
        await _site.DisposeAsync();
    }

    [Theory]
    [InlineData("", "text/html")]
    [InlineData("index.html", "text/html")]
    [InlineData("docs/aci/200-web/W01Html.html", "text/html")]
    [InlineData("quiz-index.js", "text/javascript")]
    [InlineData("_sitegen/live.js", "text/javascript")]
    [InlineData("_sitegen/live.css", "text/css")]
    public async Task Serves_files_with_their_content_type(string path, string type)
    {
        var response = await _site.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Serves_theme_stylesheets_as_css()
    {
        var css = Directory.EnumerateFiles(Path.Combine(_site.Server.Output, "assets", "css"), "site.*.css").Single();

        var response = await _site.Http.GetAsync("assets/css/" + Path.GetFileName(css));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_missing_page_gets_the_sites_404_page_with_status_404()
    {
        var response = await _site.Http.GetAsync("docs/no-such-page.html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Head_sends_the_headers_without_the_body()
    {
        var get = await _site.Http.GetAsync("index.html");
        var head = await _site.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "index.html"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [Fact]
    public async Task A_matching_etag_gets_304()
    {
        var first = await _site.Http.GetAsync("index.html");
        var request = new HttpRequestMessage(HttpMethod.Get, "index.html");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await _site.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_stale_etag_gets_the_file()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "index.html");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));

        Assert.Equal(HttpStatusCode.OK, (await _site.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task If_modified_since_the_last_write_gets_304()
    {
        var first = await _site.Http.GetAsync("index.html");
        var request = new HttpRequestMessage(HttpMethod.Get, "index.html");
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        Assert.Equal(HttpStatusCode.NotModified, (await _site.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Other_methods_are_refused()
    {
        var response = await _site.Http.PostAsync("index.html", new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/../{0}")]
    [InlineData("/docs/../../{0}")]
    [InlineData("/%2e%2e/{0}")]
    [InlineData("/%252e%252e/{0}")]
    [InlineData("/..%2f{0}")]
    [InlineData("/..\\{0}")]
    [InlineData("/%5c..%5c{0}")]
    [InlineData("//{0}")]
    [InlineData("/%2F..%2F{0}")]
    public async Task Traversal_in_any_spelling_gets_404(string pattern)
    {
        var target = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, Path.GetFileName(_secret));

        var (status, body) = await RawHttp.Get(_site.Server.Url, target);

        Assert.Equal(404, status);
        Assert.DoesNotContain("TOP SECRET", body);
    }

    [Fact]
    public async Task An_absolute_path_gets_404()
    {
        var (status, body) = await RawHttp.Get(_site.Server.Url, _secret);

        Assert.Equal(404, status);
        Assert.DoesNotContain("TOP SECRET", body);
    }

    [Fact]
    public async Task A_symlink_leading_out_of_the_site_gets_404()
    {
        File.CreateSymbolicLink(Path.Combine(_site.Server.Output, "leak.txt"), _secret);

        var (status, body) = await RawHttp.Get(_site.Server.Url, "/leak.txt");

        Assert.Equal(404, status);
        Assert.DoesNotContain("TOP SECRET", body);
    }
}
