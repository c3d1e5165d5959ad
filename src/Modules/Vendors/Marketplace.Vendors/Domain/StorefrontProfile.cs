namespace Marketplace.Vendors.Domain;

/// <summary>A storefront's public texts and contact, already checked and trimmed.</summary>
internal sealed record StorefrontProfile(
    string Name,
    string Tagline,
    string Story,
    string? StoryEnglish,
    string ContactPerson,
    string Phone,
    string Email,
    string Province,
    string Commune,
    string Address);
