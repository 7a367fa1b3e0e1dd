using System.Net;
using System.Net.Http.Headers;
using SiteGen.Server.Tests.TestSupport;

namespace SiteGen.Server.Tests.Serving;

/// <summary>The loopback preview answers only to its own names (DNS rebinding), and serves byte ranges.</summary>
public sealed class HostAndRangeTests : IAsyncLifetime
{
    private ServedSite _site = null!;

    public async Task InitializeAsync() => _site = await ServedSite.Start();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    private async Task<HttpResponseMessage> Get(string host, string path = "index.html", RangeHeaderValue? range = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        request.Headers.Range = range;
        return await _site.Http.SendAsync(request);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Answers_to_loopback_names_with_its_port(string name)
    {
        var response = await Get($"{name}:{_site.Server.Url.Port}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("attacker.example:{0}")]
    [InlineData("attacker.example")]
    [InlineData("localhost.attacker.example:{0}")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:1")]
    [InlineData("192.168.1.10:{0}")]
    public async Task Refuses_any_other_host_with_421(string host)
    {
        var response = await Get(string.Format(System.Globalization.CultureInfo.InvariantCulture, host, _site.Server.Url.Port));

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Serves_a_byte_range_with_206()
    {
        var whole = await (await _site.Http.GetAsync("index.html")).Content.ReadAsByteArrayAsync();

        var response = await Get(_site.Server.Url.Authority, range: new RangeHeaderValue(10, 29));

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(whole[10..30], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(10, response.Content.Headers.ContentRange!.From);
        Assert.Equal(whole.Length, response.Content.Headers.ContentRange.Length);
        Assert.Contains("bytes", response.Headers.AcceptRanges);
    }

    [Fact]
    public async Task A_range_past_the_end_is_416()
    {
        var response = await Get(_site.Server.Url.Authority, range: new RangeHeaderValue(10_000_000, null));

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
    }

    [Fact]
    public async Task A_whole_file_says_it_accepts_ranges()
    {
        var response = await _site.Http.GetAsync("index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("bytes", response.Headers.AcceptRanges);
    }
}
