namespace SmallCapDashboard.Analytics.Leverage;

/// <summary>Expected compounding drag from volatility, in log and simple-return terms (fractions).</summary>
/// <param name="LogDrag">(β² − β)/2 · σ² · t, subtracted from β·ln(1 + R_index).</param>
/// <param name="DragFactor">e^(−LogDrag) − 1: the simple-return equivalent of the drag term alone.</param>
/// <param name="ExpectedFundReturn">(1 + R_index)^β · e^(−LogDrag) − 1.</param>
/// <param name="ExpectedCompoundingDrag">ExpectedFundReturn − β·R_index, comparable to <see cref="LeverageMath.CompoundingDrag"/>.</param>
public sealed record ExpectedDrag(double LogDrag, double DragFactor, double ExpectedFundReturn, double ExpectedCompoundingDrag);
