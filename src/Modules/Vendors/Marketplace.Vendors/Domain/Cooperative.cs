using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Features.DecideCooperative;
using Marketplace.Vendors.Features.EditStorefront;

namespace Marketplace.Vendors.Domain;

/// <summary>
/// A cooperative (hợp tác xã): first an application, then, once an admin approves it, a
/// storefront that sells. Only an approved one is public.
/// </summary>
internal sealed class Cooperative
{
    private readonly List<ApplicationDocument> _documents = [];

    private Cooperative()
    {
    }

    public CooperativeId Id { get; private set; }

    public string LegalName { get; private set; } = string.Empty;

    public string RegistrationNumber { get; private set; } = string.Empty;

    public string TaxCode { get; private set; } = string.Empty;

    /// <summary>The tax code while the application counts (not rejected): unique, so a tax code applies once at a time.</summary>
    public string? ActiveTaxCode { get; private set; }

    public string ContactPerson { get; private set; } = string.Empty;

    public string Phone { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    /// <summary>The e-mail of the account that applied: the storefront's owner, and whom decisions are mailed to.</summary>
    public string OwnerEmail { get; private set; } = string.Empty;

    /// <summary>"vi" or "en": the language of the applicant's mails.</summary>
    public string Culture { get; private set; } = "vi";

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

    /// <summary>The file-store key of the resized logo, or null before one is uploaded.</summary>
    public string? LogoKey { get; private set; }

    public string? BannerKey { get; private set; }

    /// <summary>The flat fee, in đồng, to deliver this cooperative's part of an order.</summary>
    public long ShippingFeeVnd { get; private set; } = DefaultShippingFeeVnd;

    /// <summary>The part's value from which delivery is free; null: never free.</summary>
    public long? FreeShippingFromVnd { get; private set; }

    /// <summary>Where its own people deliver, at <see cref="ShippingFeeVnd"/>.</summary>
    public OwnDelivery OwnDelivery { get; private set; }

    /// <summary>The carriers it sends parcels by; each parcel goes the cheapest way it has to its province.</summary>
    public CarrierChoice Carriers { get; private set; }

    public CooperativeStatus Status { get; private set; }

    /// <summary>The reason an admin gave for the last rejection, change request or suspension.</summary>
    public string? DecisionReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>Changes on every save, so two admins deciding at once cannot both win.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<ApplicationDocument> Documents => _documents;

    public static Cooperative Apply(CooperativeId id, string ownerEmail, CooperativeApplication application, string slug, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(application);
        return new Cooperative
        {
            Id = id,
            LegalName = application.LegalName,
            RegistrationNumber = application.RegistrationNumber,
            TaxCode = application.TaxCode,
            ActiveTaxCode = application.TaxCode,
            ContactPerson = application.ContactPerson,
            Phone = application.Phone,
            Email = application.Email,
            OwnerEmail = ownerEmail,
            Culture = application.Culture,
            Name = application.LegalName,
            Slug = slug,
            SearchName = VietnameseText.Fold(application.LegalName),
            Province = application.Province,
            Commune = application.Commune,
            Address = application.Address,
            Tagline = string.Empty,
            Story = application.Story,
            Status = CooperativeStatus.Pending,
            CreatedAt = now,
            Version = Guid.NewGuid(),
        };
    }

    public void Attach(ApplicationDocument document) => _documents.Add(document);

    /// <summary>Demo data only: the storefront texts the reports give, in both languages.</summary>
    public void PresentStorefront(string tagline, string? storyEnglish)
    {
        Tagline = tagline;
        StoryEnglish = storyEnglish;
    }

    /// <summary>What a new storefront charges for delivery until its people set their own terms.</summary>
    public const long DefaultShippingFeeVnd = 30_000;

    public Result<bool> SetShippingTerms(long feeVnd, long? freeFromVnd, OwnDelivery ownDelivery, CarrierChoice carriers)
    {
        if (!HasStorefront)
        {
            return StorefrontNotOpen();
        }

        if (ownDelivery != OwnDelivery.Everywhere && carriers == CarrierChoice.None)
        {
            // Some way must reach every province, or a shopper there could fill a cart for nothing.
            return Error.Rule("cooperative.delivers_nowhere", Bilingual.Pick(
                "Chọn ít nhất một hãng vận chuyển, hoặc tự giao hàng đến mọi tỉnh.",
                "Choose at least one carrier, or deliver yourselves to every province."));
        }

        ShippingFeeVnd = feeVnd;
        FreeShippingFromVnd = freeFromVnd;
        OwnDelivery = ownDelivery;
        Carriers = carriers;
        Version = Guid.NewGuid();
        return true;
    }

    /// <summary>A storefront is edited once it has been approved, also while it is suspended (to fix what was wrong).</summary>
    public bool HasStorefront => Status is CooperativeStatus.Approved or CooperativeStatus.Suspended;

    /// <summary>The cooperative's own people edit the storefront; other modules learn its new name, slug and province.</summary>
    public Result<IIntegrationEvent> EditStorefront(StorefrontProfile profile, string slug, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!HasStorefront)
        {
            return StorefrontNotOpen();
        }

        Name = profile.Name;
        Slug = slug;
        SearchName = VietnameseText.Fold(profile.Name);
        Tagline = profile.Tagline;
        Story = profile.Story;
        StoryEnglish = profile.StoryEnglish;
        ContactPerson = profile.ContactPerson;
        Phone = profile.Phone;
        Email = profile.Email;
        Province = profile.Province;
        Commune = profile.Commune;
        Address = profile.Address;
        Version = Guid.NewGuid();
        return new VendorProfileChangedIntegrationEvent(Guid.NewGuid(), now, Id, Name, Slug, Province);
    }

    /// <summary>Puts a new logo or banner in place and returns the key of the one it replaces, to delete.</summary>
    public Result<string?> ReplaceImage(StorefrontImageKind kind, string key)
    {
        if (!HasStorefront)
        {
            return StorefrontNotOpen();
        }

        var previous = kind == StorefrontImageKind.Logo ? LogoKey : BannerKey;
        if (kind == StorefrontImageKind.Logo)
        {
            LogoKey = key;
        }
        else
        {
            BannerKey = key;
        }

        Version = Guid.NewGuid();
        return previous;
    }

    private static Error StorefrontNotOpen() =>
        Error.Rule("storefront.not_open", Bilingual.Pick(
            "Gian hàng chỉ được sửa sau khi hồ sơ được duyệt.",
            "The storefront can be edited once the application is approved."));

    /// <summary>
    /// Applies an admin's decision where the current state allows it. Approving and reinstating
    /// tell the other modules the cooperative sells; suspending tells them it no longer does.
    /// </summary>
    public Result<DecisionOutcome> Decide(CooperativeDecision decision, string? reason, DateTimeOffset now)
    {
        var before = Status;
        var (allowed, after) = decision switch
        {
            CooperativeDecision.Approve => (Status == CooperativeStatus.Pending, CooperativeStatus.Approved),
            CooperativeDecision.Reject => (Status is CooperativeStatus.Pending or CooperativeStatus.ChangesRequested, CooperativeStatus.Rejected),
            CooperativeDecision.RequestChanges => (Status == CooperativeStatus.Pending, CooperativeStatus.ChangesRequested),
            CooperativeDecision.Suspend => (Status == CooperativeStatus.Approved, CooperativeStatus.Suspended),
            CooperativeDecision.Reinstate => (Status == CooperativeStatus.Suspended, CooperativeStatus.Approved),
            _ => (false, Status),
        };

        if (!allowed)
        {
            return Error.Rule("cooperative.decision_not_allowed", $"A {Status} cooperative cannot be given the decision {decision}.");
        }

        Status = after;
        Version = Guid.NewGuid();
        DecisionReason = decision is CooperativeDecision.Approve or CooperativeDecision.Reinstate ? null : reason;
        if (after == CooperativeStatus.Rejected)
        {
            ActiveTaxCode = null;
        }

        IIntegrationEvent? raised = null;
        if (after == CooperativeStatus.Approved)
        {
            ApprovedAt ??= now;
            raised = new VendorApprovedIntegrationEvent(Guid.NewGuid(), now, Id, Name, Slug, Province, OwnerEmail);
        }
        else if (after == CooperativeStatus.Suspended)
        {
            raised = new VendorSuspendedIntegrationEvent(Guid.NewGuid(), now, Id, reason ?? string.Empty);
        }

        return new DecisionOutcome(before, after, raised);
    }
}

internal sealed record DecisionOutcome(CooperativeStatus Before, CooperativeStatus After, IIntegrationEvent? Raised);
