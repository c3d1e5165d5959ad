namespace Marketplace.SharedKernel;

/// <summary>
/// Names already written outside the code, which a rename in the code must not change: the
/// API's v1 JSON (read by buyers' purchasing systems), integration events queued in outboxes,
/// and JSON columns. The code calls the seller CooperativeId everywhere (ADR 0006); the wire and
/// the stored rows keep "vendorId" until a new API version or a versioned event replaces them.
/// </summary>
public static class StoredNames
{
    /// <summary>The cooperative's id in API v1 JSON (camel case, as the API writes every name).</summary>
    public const string ApiVendorId = "vendorId";

    /// <summary>The cooperative's id in outboxes' event payloads and in JSON columns.</summary>
    public const string VendorId = "VendorId";
}
