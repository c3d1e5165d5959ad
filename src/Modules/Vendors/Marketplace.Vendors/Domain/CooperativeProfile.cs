namespace Marketplace.Vendors.Domain;

/// <summary>What a cooperative says about itself on its storefront.</summary>
internal sealed record CooperativeProfile(
    string Name,
    string Province,
    string Commune,
    string Address,
    string Tagline,
    string Story,
    string? StoryEnglish);
