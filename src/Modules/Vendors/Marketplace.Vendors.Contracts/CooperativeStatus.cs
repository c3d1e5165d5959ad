namespace Marketplace.Vendors.Contracts;

/// <summary>Where a cooperative stands with the alliance.</summary>
public enum CooperativeStatus
{
    /// <summary>Applied, waiting for an admin.</summary>
    Pending = 0,

    /// <summary>Selling: its storefront and products are public.</summary>
    Approved = 1,

    /// <summary>Turned down; the tax code may apply again.</summary>
    Rejected = 2,

    /// <summary>Was approved, now stopped by an admin: hidden from the public, cannot be bought from.</summary>
    Suspended = 3,

    /// <summary>An admin asked the applicant to correct the application.</summary>
    ChangesRequested = 4,
}
