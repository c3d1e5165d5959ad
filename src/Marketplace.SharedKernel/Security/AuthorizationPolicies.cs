namespace Marketplace.SharedKernel.Security;

/// <summary>The host's authorization policies, by name, for modules mapping their endpoints.</summary>
public static class AuthorizationPolicies
{
    /// <summary>Any signed-in person, by bearer token (the API takes no cookies).</summary>
    public const string Api = "api";

    /// <summary>An alliance admin, by bearer token.</summary>
    public const string AdminApi = "admin-api";

    /// <summary>An alliance admin on the pages (cookie).</summary>
    public const string AdminPages = "admin-pages";
}
