using Microsoft.Extensions.Options;

namespace SmallCapDashboard.Data.Hosting;

/// <summary>Checks <see cref="MarketDataOptions"/> on start and names the setting that is wrong.</summary>
public sealed class MarketDataOptionsValidator : IValidateOptions<MarketDataOptions>
{
    public ValidateOptionsResult Validate(string? name, MarketDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail(
                $"Database:Provider '{options.Provider}' is not supported; use Sqlite or Postgres.");
        }

        if (options.Provider == MarketDataProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Database:Provider is Postgres but ConnectionStrings:Market (env ConnectionStrings__Market) is not set.");
        }

        try
        {
            _ = options.ResolveConnectionString();
            if (options.Provider == MarketDataProvider.Postgres)
            {
                _ = new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString);
            }
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"ConnectionStrings:Market is not a valid {options.Provider} connection string: {ex.Message}");
        }

        return ValidateOptionsResult.Success;
    }
}
