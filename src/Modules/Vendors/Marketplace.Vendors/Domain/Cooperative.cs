using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;

namespace Marketplace.Vendors.Domain;

/// <summary>A cooperative (hợp tác xã) and its storefront. Only an approved one sells.</summary>
internal sealed class Cooperative
{
    private Cooperative()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string Slug { get; private set; } = string.Empty;

    /// <summary>Name without diacritics, lower case: what searches compare against.</summary>
    public string SearchName { get; private set; } = string.Empty;

    public string Province { get; private set; } = string.Empty;

    public string Commune { get; private set; } = string.Empty;

    public string Address { get; private set; } = string.Empty;

    public string Tagline { get; private set; } = string.Empty;

    public string Story { get; private set; } = string.Empty;

    public string? StoryEnglish { get; private set; }

    public CooperativeStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public static Cooperative Register(Guid id, CooperativeProfile profile, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new Cooperative
        {
            Id = id,
            Name = profile.Name,
            Slug = VietnameseText.Slugify(profile.Name),
            SearchName = VietnameseText.Fold(profile.Name),
            Province = profile.Province,
            Commune = profile.Commune,
            Address = profile.Address,
            Tagline = profile.Tagline,
            Story = profile.Story,
            StoryEnglish = profile.StoryEnglish,
            Status = CooperativeStatus.Pending,
            CreatedAt = now,
        };
    }

    /// <summary>Approves a pending cooperative and returns the event other modules learn it from.</summary>
    public IIntegrationEvent Approve(DateTimeOffset now)
    {
        if (Status != CooperativeStatus.Pending)
        {
            throw new InvalidOperationException($"Cooperative {Id} is {Status}, not pending.");
        }

        Status = CooperativeStatus.Approved;
        ApprovedAt = now;
        return new VendorApprovedIntegrationEvent(Guid.NewGuid(), now, Id, Name, Slug, Province);
    }
}
