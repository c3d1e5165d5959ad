namespace Marketplace.SharedKernel.Results;

/// <summary>The kind of an expected failure; the web edge maps each to one HTTP status.</summary>
public enum ErrorType
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
    Unauthorized,
    RuleBroken,
    /// <summary>A service we depend on (Stripe) did not answer in time, even after retries: try again later.</summary>
    Unavailable,

    /// <summary>The caller did a thing more often than a person would (a limit per hour): wait, then try again.</summary>
    TooMany,
}
