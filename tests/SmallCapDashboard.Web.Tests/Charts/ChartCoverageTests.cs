using SmallCapDashboard.Analytics.Core;
using SmallCapDashboard.Analytics.Performance;
using SmallCapDashboard.Web.Charts;
using SmallCapDashboard.Web.Url;

namespace SmallCapDashboard.Web.Tests.Charts;

/// <summary>A chart with no point inside its window says why: the window asked for and where the data is stored.</summary>
public sealed class ChartCoverageTests
{
    private static readonly ViewWindow Asked = new(null, new DateOnly(2025, 2, 3), new DateOnly(2025, 2, 28), null, PriceBasis.Price);

    [Fact]
    public void ShowsNothing_OnlyTheBaseCloseBeforeTheWindow_TrueWithTheReason()
    {
        // A window past the last bar (2024-12-31) keeps only the base close, dated before the window.
        var figure = new ChartFigure("Returns", "", [new ChartPane("%")], [new ChartTrace("IWM", [new DateOnly(2024, 12, 31)], [0.0])])
        {
            Coverage = ChartCoverage.Of("prices", new DateOnly(2025, 2, 3), new DateOnly(2024, 12, 31), Asked, ["IWM", "SPY"],
                [new StoredRange("IWM", new DateOnly(2014, 1, 2), new DateOnly(2024, 12, 31)), null]),
        };

        Assert.False(figure.IsEmpty);
        Assert.True(figure.ShowsNothing);
        Assert.Equal(
            "No prices for IWM, SPY between 2025-02-03 and 2025-02-28. Stored prices: IWM 2014-01-02 to 2024-12-31; none for SPY. Pick a window inside those dates.",
            figure.EmptyReason);
    }

    [Fact]
    public void ShowsNothing_APointInsideTheWindow_False()
    {
        var figure = new ChartFigure("Returns", "", [new ChartPane("%")], [new ChartTrace("IWM", [new DateOnly(2025, 2, 3), new DateOnly(2025, 2, 4)], [0.0, 0.01])])
        {
            Coverage = ChartCoverage.Of("prices", new DateOnly(2025, 2, 3), new DateOnly(2025, 2, 28), Asked, ["IWM"], []),
        };

        Assert.False(figure.ShowsNothing);
    }

    [Fact]
    public void Reason_NothingStored_SaysNoneIsStored()
    {
        var coverage = ChartCoverage.Of("AUM", new DateOnly(2026, 1, 2), new DateOnly(2026, 3, 27), ViewWindow.Default, ["IWM", "SPY"], [null, null]);
        Assert.Equal("No AUM for IWM, SPY between 2026-01-02 and 2026-03-27: no AUM is stored for them.", coverage.Reason);
    }

    [Fact]
    public void Of_ResolvedWindowPastTheData_NamesTheDatesTheUrlAskedFor()
    {
        // Weekdays 2024-12-27 (Fri), 12-30, 12-31; from=2025-02-03 resolves to the base close 12-31 and ends there.
        DateOnly[] dates = [new(2024, 12, 27), new(2024, 12, 30), new(2024, 12, 31)];
        var window = ResolvedWindow.Resolve(dates, null, Asked.From, Asked.To, null)!;
        var coverage = ChartCoverage.Of("prices", window, Asked, ["IWM"], [StoredRange.Of("IWM", dates)]);
        Assert.Equal((new DateOnly(2025, 2, 3), new DateOnly(2025, 2, 28)), (coverage.From, coverage.To));
        Assert.Equal("IWM 2024-12-27 to 2024-12-31", coverage.Stored[0].ToString());
    }

    [Fact]
    public void StoredRange_OfValues_SkipsUnreportedDays()
    {
        DateOnly[] dates = [new(2026, 3, 27), new(2026, 3, 30), new(2026, 3, 31), new(2026, 4, 1)];
        Assert.Equal(new StoredRange("IWM", new DateOnly(2026, 3, 30), new DateOnly(2026, 3, 31)), StoredRange.Of("IWM", dates, [null, 6.8e10, 6.97e10, null]));
        Assert.Null(StoredRange.Of("IWM", dates, [null, null, double.NaN, null]));
    }
}
