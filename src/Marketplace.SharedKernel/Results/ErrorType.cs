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
}
