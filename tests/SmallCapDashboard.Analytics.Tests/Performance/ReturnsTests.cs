using SmallCapDashboard.Analytics.Performance;

namespace SmallCapDashboard.Analytics.Tests.Performance;

public class ReturnsTests
{
    [Fact]
    public void Cumulative_FromBase_IsFractionOfBaseClose()
    {
        var r = Returns.Cumulative([99.0, 100.0, 103.0, 97.0], 1);
        Assert.True(double.IsNaN(r[0]));
        Assert.Equal(0.0, r[1]);
        Assert.Equal(103.0 / 100.0 - 1, r[2], 15);
        Assert.Equal(97.0 / 100.0 - 1, r[3], 15);
    }

    [Fact]
    public void Cumulative_NaNClose_StaysNaN()
    {
        var r = Returns.Cumulative([100.0, double.NaN, 110.0], 0);
        Assert.True(double.IsNaN(r[1]));
        Assert.Equal(110.0 / 100.0 - 1, r[2], 15);
    }

    [Fact]
    public void Cumulative_SinglePoint_IsZero()
    {
        Assert.Equal([0.0], Returns.Cumulative([42.0], 0));
    }

    [Fact]
    public void Cumulative_BaseOutOfRange_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Returns.Cumulative([1.0], 1));
        Assert.Equal("baseIndex", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Returns.Cumulative([], 0));
    }

    [Fact]
    public void Cumulative_NaNBase_ThrowsNamingCloses()
    {
        var ex = Assert.Throws<ArgumentException>(() => Returns.Cumulative([double.NaN, 1.0], 0));
        Assert.Equal("closes", ex.ParamName);
    }
}
