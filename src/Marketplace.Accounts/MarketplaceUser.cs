using Microsoft.AspNetCore.Identity;

namespace Marketplace.Accounts;

public sealed class MarketplaceUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>"vi" or "en": the language of the mails we send this person.</summary>
    public string PreferredCulture { get; set; } = "vi";

    public DateTimeOffset CreatedAt { get; set; }
}
