using System.ComponentModel.DataAnnotations;

namespace SmallCapDashboard.Web.Hosting;

/// <summary>Sign-in settings (section <c>Auth</c>), validated on start.</summary>
public sealed class AuthOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Auth";

    /// <summary>When true every page, export and short link needs a signed-in user; by default viewing is open to anyone.</summary>
    public bool RequireSignIn { get; set; }

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    [Range(1, 100)]
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a sign-in lasts without activity (sliding).</summary>
    [Range(5, 30 * 24 * 60)]
    public int SessionMinutes { get; set; } = 8 * 60;
}
