using Marketplace.SharedKernel;

namespace Marketplace.Vendors.Domain;

/// <summary>
/// One of the alliance's support people: an account an admin has put on the support team. They act
/// for a cooperative only while it lets the team help (<see cref="SupportGrant"/>).
/// </summary>
internal sealed class SupportPerson
{
    private SupportPerson()
    {
    }

    public SupportPerson(UserId userId, string email, string name, DateTimeOffset addedAt)
    {
        UserId = userId;
        Email = email.Trim().ToLowerInvariant();
        Name = name.Trim();
        AddedAt = addedAt;
    }

    public UserId UserId { get; private set; }

    public string Email { get; private set; } = string.Empty;

    /// <summary>The name the cooperative sees beside each thing done for it.</summary>
    public string Name { get; private set; } = string.Empty;

    public DateTimeOffset AddedAt { get; private set; }
}

/// <summary>
/// A cooperative's leave for the alliance's support team to act for it, until a time its owner
/// chose; the owner may end it sooner. Granting again while one runs moves its end instead of
/// adding another, so a cooperative has at most one running grant.
/// </summary>
internal sealed class SupportGrant
{
    public const int MaxDays = 30;

    private SupportGrant()
    {
    }

    public SupportGrant(Guid id, CooperativeId cooperativeId, UserId grantedBy, DateTimeOffset grantedAt, DateTimeOffset endsAt)
    {
        Id = id;
        CooperativeId = cooperativeId;
        GrantedBy = grantedBy;
        GrantedAt = grantedAt;
        EndsAt = endsAt;
    }

    public Guid Id { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public UserId GrantedBy { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public bool IsRunning(DateTimeOffset now) => EndsAt > now;

    public void Extend(UserId by, DateTimeOffset now, DateTimeOffset endsAt)
    {
        GrantedBy = by;
        GrantedAt = now;
        EndsAt = endsAt;
    }

    public void End(DateTimeOffset now)
    {
        if (EndsAt > now)
        {
            EndsAt = now;
        }
    }
}
