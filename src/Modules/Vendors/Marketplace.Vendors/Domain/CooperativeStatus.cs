namespace Marketplace.Vendors.Domain;

internal enum CooperativeStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
    Suspended = 3,
}
