using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SmallCapDashboard.Data.Sync.Prices;

/// <summary>A split announced in a chart response: on <see cref="Date"/>, <see cref="Numerator"/> new shares for <see cref="Denominator"/> old.</summary>
public sealed record ChartSplit(DateOnly Date, double Numerator, double Denominator)
{
    public string Ratio => string.Create(CultureInfo.InvariantCulture, $"{Numerator:0.###}:{Denominator:0.###}");
}

/// <summary>
/// A Yahoo chart API v8 response turned into the Yahoo CSV download's shape
/// (<c>Date,Open,High,Low,Close,Adj Close,Volume</c>), so that the one Yahoo importer derives the price basis and
/// the total-return factor from it exactly as from a downloaded file. <c>null</c> entries are written as <c>null</c>:
/// the importer skips rows without prices with a warning and refuses a row with only some prices missing.
/// </summary>
public sealed record YahooChart(string Symbol, string? Currency, string Csv, int Rows, IReadOnlyList<DateOnly> Dates, IReadOnlyList<ChartSplit> Splits, int Dividends)
{
    private const string Header = "Date,Open,High,Low,Close,Adj Close,Volume";

    /// <summary>The converted CSV without the bars after <paramref name="through"/> (a session not closed yet).</summary>
    public YahooChart Through(DateOnly through, out int dropped)
    {
        var keep = Dates.Count(d => d <= through);
        dropped = Dates.Count - keep;
        if (dropped == 0)
        {
            return this;
        }

        var lines = Csv.Split('\n');
        var kept = new StringBuilder(Csv.Length);
        kept.Append(lines[0]).Append('\n');
        for (var i = 0; i < Dates.Count; i++)
        {
            if (Dates[i] <= through)
            {
                kept.Append(lines[i + 1]).Append('\n');
            }
        }

        return this with { Csv = kept.ToString(), Rows = keep, Dates = [.. Dates.Where(d => d <= through)] };
    }

    /// <summary>Parses a chart response body. Refuses (one line) an error object, a missing result, misaligned arrays or malformed JSON.</summary>
    public static YahooChart Parse(string symbol, string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var chart = Property(doc.RootElement, "chart") ?? throw Bad(symbol, "no 'chart' object");
            if (Property(chart, "error") is { ValueKind: JsonValueKind.Object } error)
            {
                throw new SyncException($"yahoo {symbol}: {Describe(error)}");
            }

            if (Property(chart, "result") is not { ValueKind: JsonValueKind.Array } results || results.GetArrayLength() == 0)
            {
                throw Bad(symbol, "no chart.result");
            }

            var result = results[0];
            var meta = Property(result, "meta");
            var currency = meta is { } m && Property(m, "currency") is { ValueKind: JsonValueKind.String } c ? c.GetString() : null;
            var zone = meta is { } m2 && Property(m2, "exchangeTimezoneName") is { ValueKind: JsonValueKind.String } z
                ? FindZone(z.GetString()) : MarketCalendar.NewYork;

            var csv = new StringBuilder(Header.Length + 1);
            csv.Append(Header).Append('\n');
            var dates = new List<DateOnly>();
            if (Property(result, "timestamp") is { ValueKind: JsonValueKind.Array } timestamps)
            {
                var quote = First(Property(Property(result, "indicators") ?? throw Bad(symbol, "no indicators"), "quote"))
                    ?? throw Bad(symbol, "no indicators.quote[0]");
                var adj = First(Property(Property(result, "indicators")!.Value, "adjclose"));
                var n = timestamps.GetArrayLength();
                var open = Values(quote, "open", n, symbol);
                var high = Values(quote, "high", n, symbol);
                var low = Values(quote, "low", n, symbol);
                var close = Values(quote, "close", n, symbol);
                var volume = Values(quote, "volume", n, symbol);
                var adjClose = adj is { } a ? Values(a, "adjclose", n, symbol) : close;
                var i = 0;
                foreach (var ts in timestamps.EnumerateArray())
                {
                    var date = DateOf(ts.GetInt64(), zone);
                    dates.Add(date);
                    csv.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                        .Append(',').Append(open[i]).Append(',').Append(high[i]).Append(',').Append(low[i])
                        .Append(',').Append(close[i]).Append(',').Append(adjClose[i]).Append(',').Append(volume[i]).Append('\n');
                    i++;
                }
            }

            var events = Property(result, "events");
            var splits = new List<ChartSplit>();
            var dividends = 0;
            if (events is { } ev)
            {
                if (Property(ev, "splits") is { ValueKind: JsonValueKind.Object } s)
                {
                    foreach (var split in s.EnumerateObject())
                    {
                        var v = split.Value;
                        var when = Property(v, "date") is { ValueKind: JsonValueKind.Number } d ? d.GetInt64() : long.Parse(split.Name, CultureInfo.InvariantCulture);
                        splits.Add(new ChartSplit(DateOf(when, zone), Number(v, "numerator", symbol), Number(v, "denominator", symbol)));
                    }
                }

                if (Property(ev, "dividends") is { ValueKind: JsonValueKind.Object } dv)
                {
                    dividends = dv.EnumerateObject().Count();
                }
            }

            splits.Sort((x, y) => x.Date.CompareTo(y.Date));
            return new YahooChart(symbol, currency, csv.ToString(), dates.Count, dates, splits, dividends);
        }
        catch (JsonException e)
        {
            throw new SyncException($"yahoo {symbol}: the chart response is not complete JSON (truncated or malformed at byte {e.BytePositionInLine ?? 0} of line {(e.LineNumber ?? 0) + 1}); nothing imported", e);
        }
        catch (InvalidOperationException e)
        {
            throw Bad(symbol, e.Message);
        }
        catch (FormatException e)
        {
            throw Bad(symbol, e.Message);
        }
    }

    /// <summary>The one-line reason of an error body (<c>{"chart":{"result":null,"error":{...}}}</c>), or null when the body is not one.</summary>
    public static string? ErrorOf(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return Property(doc.RootElement, "chart") is { } chart && Property(chart, "error") is { ValueKind: JsonValueKind.Object } error
                ? Describe(error)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(JsonElement error)
    {
        var code = Property(error, "code") is { ValueKind: JsonValueKind.String } c ? c.GetString() : "error";
        var description = Property(error, "description") is { ValueKind: JsonValueKind.String } d ? d.GetString() : "";
        return $"{code}: {description}".TrimEnd(' ', ':');
    }

    private static DateOnly DateOf(long seconds, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(seconds), zone).DateTime);

    private static TimeZoneInfo FindZone(string? id)
    {
        try
        {
            return id is null ? MarketCalendar.NewYork : TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return MarketCalendar.NewYork;
        }
    }

    /// <summary>Array <paramref name="name"/> of <paramref name="parent"/> as CSV cells (<c>null</c> kept), checked to have <paramref name="n"/> entries.</summary>
    private static string[] Values(JsonElement parent, string name, int n, string symbol)
    {
        if (Property(parent, name) is not { ValueKind: JsonValueKind.Array } array)
        {
            throw Bad(symbol, $"no '{name}' array");
        }

        if (array.GetArrayLength() != n)
        {
            throw Bad(symbol, $"'{name}' has {array.GetArrayLength()} entries for {n} timestamps");
        }

        var cells = new string[n];
        var i = 0;
        foreach (var v in array.EnumerateArray())
        {
            cells[i++] = v.ValueKind switch
            {
                JsonValueKind.Null => "null",
                JsonValueKind.Number => v.GetDouble().ToString("R", CultureInfo.InvariantCulture),
                _ => throw Bad(symbol, $"'{name}' entry {i} is {v.ValueKind}, not a number"),
            };
        }

        return cells;
    }

    private static double Number(JsonElement parent, string name, string symbol) =>
        Property(parent, name) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : throw Bad(symbol, $"split without '{name}'");

    private static JsonElement? First(JsonElement? array) =>
        array is { ValueKind: JsonValueKind.Array } a && a.GetArrayLength() > 0 ? a[0] : null;

    private static JsonElement? Property(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var v) ? v : null;

    private static SyncException Bad(string symbol, string problem) =>
        new($"yahoo {symbol}: unexpected chart response ({problem}); nothing imported");
}
