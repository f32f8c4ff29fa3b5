namespace SmallCapDashboard.Analytics.Core;

/// <summary>Argument checks shared by the analytics (messages name the argument).</summary>
internal static class Guard
{
    public static void SameLength(int a, int b, string nameA, string nameB)
    {
        if (a != b)
        {
            throw new ArgumentException(
                $"{nameA} ({a} values) and {nameB} ({b} values) must have the same length.", nameB);
        }
    }

    public static void IndexInRange(int index, int length, string name)
    {
        if ((uint)index >= (uint)length)
        {
            throw new ArgumentOutOfRangeException(
                name, index, $"{name} must be within [0, {length - 1}] for a series of {length} values.");
        }
    }

    public static void AtLeast(int value, int min, string name)
    {
        if (value < min)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {min}.");
        }
    }
}
