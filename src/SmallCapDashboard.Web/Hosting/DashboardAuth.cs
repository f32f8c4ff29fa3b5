using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SmallCapDashboard.Data.Hosting;

namespace SmallCapDashboard.Web.Hosting;

/// <summary>
/// Sign-in for writes from the web: ASP.NET Core Identity on the market database (<see cref="MarketUsers"/>), a cookie,
/// lockout after <see cref="AuthOptions.MaxFailedAttempts"/> failures, and — only with <c>Auth:RequireSignIn=true</c> —
/// a fallback policy that makes every endpoint need a signed-in user except the sign-in page, static files and
/// <c>/healthz</c>. Pages: <c>/account/sign-in</c> (static server-rendered form with antiforgery) and
/// <c>POST /account/sign-out</c>.
/// </summary>
public static class DashboardAuth
{
    /// <summary>The sign-in page.</summary>
    public const string SignInPath = "/account/sign-in";

    /// <summary>The sign-out endpoint (POST, antiforgery).</summary>
    public const string SignOutPath = "/account/sign-out";

    /// <summary>Registers Identity, the cookie, lockout and authorization.</summary>
    public static IServiceCollection AddDashboardAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddMarketUsers().AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AuthOptions>>((identity, auth) =>
        {
            identity.Lockout.MaxFailedAccessAttempts = auth.Value.MaxFailedAttempts;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(auth.Value.LockoutMinutes);
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = SignInPath;
            o.LogoutPath = SignOutPath;
            o.AccessDeniedPath = SignInPath;
            o.Cookie.Name = "SmallCap.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
        });
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AuthOptions>>((cookie, auth) => cookie.ExpireTimeSpan = TimeSpan.FromMinutes(auth.Value.SessionMinutes));
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<AuthOptions>>((authorization, auth) =>
        {
            if (auth.Value.RequireSignIn)
            {
                authorization.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            }
        });
        services.AddCascadingAuthenticationState();
        return services;
    }

    /// <summary>Maps <c>POST /account/sign-out</c> (form post with an antiforgery token; back to a local page).</summary>
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app)
    {
        app.MapPost(SignOutPath, async ([FromForm] string? returnUrl, SignInManager<IdentityUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect(LocalUrl(returnUrl));
        }).AllowAnonymous();
        return app;
    }

    /// <summary><paramref name="url"/> when it is a local path (never another host), else <c>/</c>.</summary>
    public static string LocalUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return "/";
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOf('/', StringComparison.Ordinal);
        if (colon >= 0 && (slash < 0 || colon < slash))
        {
            return "/"; // a scheme (https:, javascript:): never leave the app
        }

        if (url[0] != '/')
        {
            url = "/" + url;
        }

        return Data.Store.SavedViewStore.IsStorablePath(url) && !url.StartsWith(SignOutPath, StringComparison.OrdinalIgnoreCase) ? url : "/";
    }
}
