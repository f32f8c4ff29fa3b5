using SmallCapDashboard.Data.Hosting;
using SmallCapDashboard.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMarketData();
builder.AddDashboard();
var app = builder.Build();
if (!await app.PrepareDatabaseAsync())
{
    return 1;
}

app.UseDashboard();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
