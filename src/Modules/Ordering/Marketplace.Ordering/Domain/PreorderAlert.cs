using Marketplace.SharedKernel;

namespace Marketplace.Ordering.Domain;

/// <summary>
/// A buyer asked to be mailed when a coming window opens for reservations: one per buyer and
/// window, mailed once (<see cref="SentAt"/>).
/// </summary>
internal sealed class PreorderAlert
{
    private PreorderAlert()
    {
    }

    public PreorderAlert(Guid windowId, UserId userId, string email, string culture, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        WindowId = windowId;
        UserId = userId;
        Email = email;
        Culture = culture;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid WindowId { get; private set; }

    public UserId UserId { get; private set; }

    /// <summary>Where the mail goes: the buyer's e-mail when they asked.</summary>
    public string Email { get; private set; } = string.Empty;

    /// <summary>The language the buyer asked in: the mail is written in it.</summary>
    public string Culture { get; private set; } = "vi";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public void Sent(DateTimeOffset now) => SentAt = now;
}
