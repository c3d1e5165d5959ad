namespace Marketplace.SharedKernel.Web;

/// <summary>
/// The rate-limit policies the host defines ("RateLimiting" settings), named by the endpoints and
/// pages that use them. Uploads need no name: every multipart request is counted as one.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in and password-reset attempts, per client address.</summary>
    public const string SignIn = "sign-in";

    /// <summary>New accounts, per client address.</summary>
    public const string Registration = "registration";

    /// <summary>Orders placed, per person.</summary>
    public const string Checkout = "checkout";
}
