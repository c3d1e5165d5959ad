namespace Marketplace.Vendors.Contracts;

/// <summary>What an alliance admin can decide about a cooperative.</summary>
public enum CooperativeDecision
{
    Approve,
    Reject,
    RequestChanges,
    Suspend,
    Reinstate,
}
