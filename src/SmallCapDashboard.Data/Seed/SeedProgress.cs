namespace SmallCapDashboard.Data.Seed;

/// <summary>Progress of <see cref="Seeder.SeedAsync"/>: the stage, the symbol being worked on, and steps done of total.</summary>
public sealed record SeedProgress(string Stage, string? Symbol, int Done, int Total);
