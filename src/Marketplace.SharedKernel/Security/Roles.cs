namespace Marketplace.SharedKernel.Security;

/// <summary>The marketplace's roles. Every registered person is a Shopper; the others are granted.</summary>
public static class Roles
{
    public const string Shopper = nameof(Shopper);
    public const string VendorOwner = nameof(VendorOwner);
    public const string VendorStaff = nameof(VendorStaff);
    public const string BulkBuyer = nameof(BulkBuyer);
    public const string AllianceAdmin = nameof(AllianceAdmin);

    public static readonly IReadOnlyList<string> All = [Shopper, VendorOwner, VendorStaff, BulkBuyer, AllianceAdmin];
}
