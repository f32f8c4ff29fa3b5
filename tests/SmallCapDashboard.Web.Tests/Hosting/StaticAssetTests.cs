using System.IO.Compression;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Hosting;

/// <summary>
/// The packages' static files go out precompressed also when the app runs from a build (dotnet run, the bench): with
/// ASP.NET Core's runtime reload of static assets on (its default for a build), MudBlazor's stylesheet went out as
/// 627 KB of uncompressed "gzip" instead of its 67 KB precompressed file.
/// </summary>
[Collection(DashboardCollection.Name)]
public class StaticAssetTests(DashboardFactory factory)
{
    [Theory]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", ".mud-button")]
    [InlineData("/_content/Plotly.Blazor/plotly-basic-3.7.0.min.js", "plotly")]
    public async Task Get_PackageAssetAcceptingGzip_SendsThePrecompressedFile(string url, string content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await factory.CreateClient().SendAsync(request);

        response.EnsureSuccessStatusCode();
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        var body = await response.Content.ReadAsByteArrayAsync();
        using var unzipped = new MemoryStream();
        await using (var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress))
        {
            await gzip.CopyToAsync(unzipped);
        }

        var text = System.Text.Encoding.UTF8.GetString(unzipped.ToArray());
        Assert.Contains(content, text, StringComparison.Ordinal);
        // Compressed for real: under half the file (stored "gzip" is a little larger than the file).
        Assert.True(body.Length * 2 < unzipped.Length, $"{url}: {body.Length} bytes sent for {unzipped.Length}");
    }
}
