using Marketplace.SharedKernel;
namespace Marketplace.Vendors.Domain;

internal enum MemberRole
{
    Owner = 0,
    Staff = 1,

    /// <summary>
    /// Not a member: one of the alliance's support people, while the cooperative lets the support
    /// team act for it (<see cref="SupportGrant"/>). Works as staff does; never manages people.
    /// </summary>
    Support = 2,
}

/// <summary>
/// A person who acts for a cooperative, by their account (<see cref="UserId"/>). The owner invites
/// by e-mail: someone who has no account yet is an invitation (no <see cref="UserId"/>) until an
/// account is registered with that address, which then takes it up. After that the e-mail is only
/// what the staff list shows, and the person may change it.
/// </summary>
internal sealed class CooperativeMember
{
    private CooperativeMember()
    {
    }

    public CooperativeMember(CooperativeId cooperativeId, string email, UserId? userId, MemberRole role, DateTimeOffset addedAt)
    {
        CooperativeId = cooperativeId;
        Email = NormalizeEmail(email);
        UserId = userId;
        Role = role;
        AddedAt = addedAt;
    }

    public CooperativeId CooperativeId { get; private set; }

    public string Email { get; private set; } = string.Empty;

    /// <summary>The person's account; null while the invitation waits for an account with <see cref="Email"/>.</summary>
    public UserId? UserId { get; private set; }

    public MemberRole Role { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>Only an owner changes roles; the rule that one owner must remain is the handler's.</summary>
    public void ChangeRole(MemberRole role) => Role = role;

    /// <summary>The account registered with the invited address takes the invitation up.</summary>
    public void TakeUp(UserId account) => UserId ??= account;

    public static string NormalizeEmail(string email) => email.Trim().ToUpperInvariant();
}
