using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>What a cooperative's own people can change about its storefront.</summary>
public sealed record StorefrontSettings(
    Guid CooperativeId,
    string Status,
    string Name,
    string Slug,
    string Tagline,
    string Story,
    string? StoryEnglish,
    string ContactPerson,
    string Phone,
    string Email,
    string Province,
    string Commune,
    string Address,
    string? LogoUrl,
    string? BannerUrl,
    string MemberRole,
    ShippingTerms Shipping);

/// <summary>The storefront's settings, for a member of the cooperative; "not found" for anyone else.</summary>
public sealed record GetStorefrontSettingsQuery(Guid CooperativeId, string ActorEmail) : IQuery<Result<StorefrontSettings>>;

/// <summary>
/// A member of an approved (or suspended) cooperative edits its storefront. An empty slug is
/// made from the name, diacritics folded ("HTX Suối Giàng" becomes "htx-suoi-giang").
/// </summary>
public sealed record EditStorefrontCommand(
    Guid CooperativeId,
    string ActorEmail,
    string Name,
    string? Slug,
    string Tagline,
    string Story,
    string? StoryEnglish,
    string ContactPerson,
    string Phone,
    string Email,
    string Province,
    string Commune,
    string Address) : ICommand<Result<StorefrontSettings>>;

public enum StorefrontImageKind
{
    Logo,
    Banner,
}

/// <summary>A new logo or banner (JPEG or PNG), resized before it is kept.</summary>
public sealed record SetStorefrontImageCommand(Guid CooperativeId, string ActorEmail, StorefrontImageKind Kind, UploadedFile Image)
    : ICommand<Result<StorefrontSettings>>;

/// <summary>A storefront's logo or banner by its key, while the storefront is public.</summary>
public sealed record GetStorefrontImageQuery(string Key) : IQuery<Result<DocumentContent>>;
