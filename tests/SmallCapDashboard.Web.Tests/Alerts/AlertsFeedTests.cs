using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmallCapDashboard.Data;
using SmallCapDashboard.Data.Alerts;
using SmallCapDashboard.Web.Tests.Harness;

namespace SmallCapDashboard.Web.Tests.Alerts;

/// <summary>/alerts.atom through the whole app, parsed back with the syndication reader.</summary>
[Collection(DashboardCollection.Name)]
public class AlertsFeedTests(DashboardFactory factory)
{
    [Fact]
    public async Task Get_Feed_ValidAtomWithOneEntryPerEventAndAbsoluteFrozenLinks()
    {
        // A rule on SYNA that has seen everything up to 2024-01-01: the check fires the later 10/50 death crosses
        // (reference/SYNA/crossovers.csv: 2024-01-04, 2024-04-08 and 2024-07-16).
        var store = factory.Services.GetRequiredService<AlertRuleStore>();
        var rule = await store.AddAsync(new AlertRuleDraft("SYNA", "death:10/50") { Name = "feed test" });
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<MarketDbContext>>().CreateDbContextAsync())
        {
            await db.AlertRules.Where(r => r.Id == rule.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.LastSeenDate, new DateOnly(2024, 1, 1)));
        }

        await factory.Services.GetRequiredService<AlertChecker>().CheckAsync();

        var response = await factory.CreateClient().GetAsync("/alerts.atom");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;
        Assert.Equal("SmallCap Dashboard alerts", feed.Title.Text);
        var entries = feed.Items.Where(i => i.Title.Text.StartsWith("SYNA death:10/50", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["SYNA death:10/50: death on 2024-07-16", "SYNA death:10/50: death on 2024-04-08", "SYNA death:10/50: death on 2024-01-04"],
            entries.Select(e => e.Title.Text));
        var link = entries[0].Links.Single().Uri;
        Assert.True(link.IsAbsoluteUri);
        Assert.Equal("/indicators", link.AbsolutePath);
        Assert.Equal("?symbol=SYNA&ma=10,50&from=2024-01-16&to=2024-07-16&asof=2024-07-16", link.Query);
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task Get_AlertsPage_Answers200()
    {
        var html = await factory.CreateClient().GetStringAsync("/alerts");
        Assert.Contains("Sign in to create, pause or delete rules.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/alerts.atom\"", html, StringComparison.Ordinal);
    }
}
