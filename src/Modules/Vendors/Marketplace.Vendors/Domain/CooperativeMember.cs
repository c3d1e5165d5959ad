using Marketplace.SharedKernel;
namespace Marketplace.Vendors.Domain;

internal enum MemberRole
{
    Owner = 0,
    Staff = 1,
}

/// <summary>
/// A person who acts for a cooperative, known by e-mail so that the owner can invite someone
/// who has no account yet: the invitation applies as soon as that address signs in.
/// </summary>
internal sealed class CooperativeMember
{
    private CooperativeMember()
    {
    }

    public CooperativeMember(CooperativeId cooperativeId, string email, MemberRole role, DateTimeOffset addedAt)
    {
        CooperativeId = cooperativeId;
        Email = NormalizeEmail(email);
        Role = role;
        AddedAt = addedAt;
    }

    public CooperativeId CooperativeId { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public MemberRole Role { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>Only an owner changes roles; the rule that one owner must remain is the handler's.</summary>
    public void ChangeRole(MemberRole role) => Role = role;

    public static string NormalizeEmail(string email) => email.Trim().ToUpperInvariant();
}
