
namespace Marketplace.Vendors.Contracts;

/// <summary>What a person may do for a cooperative: an owner also manages its people.</summary>
public enum StaffRole
{
    Owner,
    Staff,
}
