using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace SmallCapDashboard.Web.Hosting;

/// <summary>
/// Honours <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> / <c>X-Forwarded-Host</c> from a reverse proxy, only when
/// the section <c>ForwardedHeaders</c> names which ones (<c>ForwardedHeaders:ForwardedHeaders=XForwardedFor,XForwardedProto</c>).
/// <see cref="ForwardedHeadersOptions"/> is bound from that section: <c>ForwardLimit</c>, <c>KnownProxies</c> (IP
/// addresses) and <c>KnownNetworks</c> (CIDR), each a comma-separated list or an array; without them only a proxy on
/// loopback is trusted (ASP.NET's default). Then the client address (rate limits, logs) and the scheme (HSTS) are the
/// forwarded ones; otherwise the socket's.
/// </summary>
public static class ForwardedHeadersSetup
{
    /// <summary>Configuration section.</summary>
    public const string Section = "ForwardedHeaders";

    /// <summary>True when the configuration names forwarded headers to honour.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Section}:{nameof(ForwardedHeadersOptions.ForwardedHeaders)}"]);

    /// <summary>Binds <see cref="ForwardedHeadersOptions"/> from the section (validated on start: a bad value names its key).</summary>
    public static IServiceCollection AddForwardedHeadersFromConfiguration(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            var section = configuration.GetSection(Section);
            var headers = section[nameof(o.ForwardedHeaders)] ?? "None";
            o.ForwardedHeaders = Enum.TryParse<ForwardedHeaders>(headers, ignoreCase: true, out var parsed)
                ? parsed
                : throw Bad(nameof(o.ForwardedHeaders), headers, "a list of XForwardedFor, XForwardedProto, XForwardedHost, XForwardedPrefix, All");
            if (int.TryParse(section[nameof(o.ForwardLimit)], out var limit))
            {
                o.ForwardLimit = limit;
            }

            var proxies = List(section, nameof(o.KnownProxies));
            var networks = List(section, "KnownNetworks");
            if (proxies.Count > 0 || networks.Count > 0)
            {
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
                foreach (var p in proxies)
                {
                    o.KnownProxies.Add(IPAddress.TryParse(p, out var address) ? address : throw Bad(nameof(o.KnownProxies), p, "an IP address"));
                }

                foreach (var n in networks)
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(n, out var network) ? network : throw Bad("KnownNetworks", n, "a CIDR network such as 10.0.0.0/8"));
                }
            }
        });
        return services;
    }

    /// <summary>Adds the middleware when forwarded headers are configured (it must run first).</summary>
    public static IApplicationBuilder UseConfiguredForwardedHeaders(this IApplicationBuilder app, IConfiguration configuration) =>
        IsConfigured(configuration) ? app.UseForwardedHeaders() : app;

    private static InvalidOperationException Bad(string key, string value, string expected) =>
        new($"{Section}:{key}: '{value}' is not {expected}.");

    private static List<string> List(IConfiguration section, string key)
    {
        var items = new List<string>();
        var child = section.GetSection(key);
        if (child.Value is { } single)
        {
            items.AddRange(single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        items.AddRange(child.GetChildren().Select(c => c.Value).OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0));
        return items;
    }
}
